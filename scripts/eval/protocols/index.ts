/** The planting protocols the eval harness runs, one module per rule. */
import type {PlantingProtocol} from '../protocol.js'
import {protocols as joinedWords} from './joined-words.js'
import {protocols as repeatedHeadline} from './repeated-headline.js'
import {protocols as unrelatedTrailingLine} from './unrelated-trailing-line.js'

export const protocols: PlantingProtocol[] = [...joinedWords, ...repeatedHeadline, ...unrelatedTrailingLine]
