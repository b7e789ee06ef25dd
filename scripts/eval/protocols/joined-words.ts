/**
 * Planting protocol for `joined-words` (issue 2): in each article, one space
 * between two adjacent lowercase words of two letters or more is removed,
 * chosen with the harness's seeded generator. A join that makes a real word
 * ("in to" → "into", or a listed closed compound) is not an error and is not
 * planted. Words are whole runs of letters: no part of a possessive,
 * hyphenated word, number, URL or handle. A catch is a joined-words message
 * that starts where the join does; the right fix is the two original words.
 */
import {isWholeWord} from '../../../src/lexicon/word-split.js'
import {documentOf} from '../corpus.js'
import type {PlantedDefect, PlantingProtocol} from '../protocol.js'

const adjacentLowercaseWords = /(?<![\p{L}\p{M}\p{N}'’\-.@#/_\\])(\p{Ll}{2,}) (?=(\p{Ll}{2,})(?![\p{L}\p{M}\p{N}'’\-_@]))/gu

/** Where each planted join starts (1-based line and UTF-16 column), for `isCatch`. */
const joinStarts = new WeakMap<PlantedDefect, {line: number; column: number}>()

function positionOf(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return {line: before.split('\n').length, column: offset - lineStart + 1}
}

export const protocols: PlantingProtocol[] = [
  {
    rule: 'joined-words',
    defect: 'planted joins',
    plant(article, random) {
      const text = documentOf(article)
      const places = [...text.matchAll(adjacentLowercaseWords)].filter((match) => !isWholeWord(match[1]! + match[2]!))
      if (places.length === 0) return undefined
      const place = places[Math.floor(random() * places.length)]!
      const [left, right] = [place[1]!, place[2]!]
      const space = place.index + left.length
      const defect: PlantedDefect = {
        text: text.slice(0, space) + text.slice(space + 1),
        lines: [positionOf(text, place.index).line],
        expectedFix: `${left} ${right}`,
        label: `${left}${right} (${left} ${right})`
      }
      joinStarts.set(defect, positionOf(text, place.index))
      return defect
    },
    isCatch(message, defect) {
      const start = joinStarts.get(defect)
      return start !== undefined && message.line === start.line && message.column === start.column
    }
  }
]
