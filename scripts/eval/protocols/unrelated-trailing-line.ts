/** Planting protocol for `unrelated-trailing-line` (see issue text and scripts/eval/protocol.ts). Not written yet. */
import type {PlantingProtocol} from '../protocol.js'

export const protocols: PlantingProtocol[] = []
