/**
 * Planting protocol for `unrelated-trailing-line`: the headline of a different
 * article appended as the last line, sometimes with a label in front
 * ("Footage ", "Watch: ", "VIDEO: "), straight under the body or after a blank
 * line. A catch is a message of the rule on the pasted line.
 */
import type {PlantingProtocol} from '../protocol.js'
import {appendLines, foreignHeadline, pick} from './plant-lines.js'

const labels = ['', '', 'Footage ', 'Watch: ', 'VIDEO: ']

export const protocols: PlantingProtocol[] = [
  {
    rule: 'unrelated-trailing-line',
    defect: 'foreign headline pasted at the end',
    plant(article, random, corpus) {
      const headline = foreignHeadline(article, random, corpus)
      if (!headline) return undefined
      const line = pick(random, labels) + headline
      const {text, lineNumbers} = appendLines(article, [line], random)
      return {text, lines: lineNumbers, label: `line ${lineNumbers[0]}: ${line}`}
    }
  }
]
