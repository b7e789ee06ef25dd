/**
 * A planting protocol: how the eval harness plants one kind of defect into a
 * clean article, and how it recognises that the right rule caught it.
 */
import type {NewslintMessage} from '../../src/index.js'
import type {Article} from './corpus.js'

export interface PlantedDefect {
  /** The defective document (headline, blank line, body). */
  text: string
  /** 1-based source line(s) where the planted defect sits; a catch is a message of the rule there. */
  lines: number[]
  /** The fix the rule should offer, when it offers one. */
  expectedFix?: string
  /** A label for listing misses. */
  label: string
}

export interface PlantingProtocol {
  rule: string
  /** e.g. "planted joins"; shown in the table. */
  defect: string
  /** Plant into `article`; `undefined` when the article offers no place for it. */
  plant(article: Article, random: () => number, corpus: readonly Article[]): PlantedDefect | undefined
  /** Whether `message` (already of `rule`) catches `defect`; default: on one of its lines. */
  isCatch?(message: NewslintMessage, defect: PlantedDefect): boolean
}
