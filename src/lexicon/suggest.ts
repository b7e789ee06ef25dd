/**
 * Cheap spelling suggestions: known words one edit away (two, for short
 * words with none at one), most frequent first. Unlike nspell's suggest(),
 * which can spend most of a second on an unknown name, this is a few
 * thousand set look-ups, so the CLI can afford it for every message.
 *
 * Two edits are looked for among the words of the frequency list only:
 * generating them would make some 200,000 strings for an 8-letter word
 * (a quarter of a second of look-ups), while comparing the list's 82,765
 * words takes a few milliseconds, and suggestions are ranked by that list.
 */
import {unigramCount, unigramsByFrequency} from './frequency.js'

const alphabet = "abcdefghijklmnopqrstuvwxyz'-"

/** Calls `visit` with each string one edit from `word`: a letter deleted, two swapped, one replaced or inserted. */
function forEachEdit(word: string, visit: (candidate: string) => void): void {
  for (let index = 0; index <= word.length; index++) {
    const head = word.slice(0, index)
    const tail = word.slice(index)
    if (tail) visit(head + tail.slice(1))
    if (tail.length > 1) visit(head + tail[1] + tail[0] + tail.slice(2))
    for (const letter of alphabet) {
      if (tail) visit(head + letter + tail.slice(1))
      visit(head + letter + tail)
    }
  }
}

/** Rows of the distance table below, reused: one suggestion compares tens of thousands of words. */
let rows = [new Int32Array(16), new Int32Array(16), new Int32Array(16)]

/**
 * Whether `a` becomes `b` by at most two edits (deleting, inserting or
 * replacing a letter, swapping two adjacent ones): the optimal string
 * alignment distance, given up as soon as a row of the table exceeds 2.
 */
function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2))
  let [beforePrevious, previous, current] = rows as [Int32Array, Int32Array, Int32Array]
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMinimum = i
    for (let j = 1; j <= b.length; j++) {
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, beforePrevious[j - 2]! + 1)
      current[j] = distance
      if (distance < rowMinimum) rowMinimum = distance
    }
    if (rowMinimum > 2) return false
    const recycled = beforePrevious
    beforePrevious = previous
    previous = current
    current = recycled
  }
  return previous[b.length]! <= 2
}

/** Which of a–z occur in `word`, as bits: an edit changes at most two of them. */
function letterMask(word: string): number {
  let mask = 0
  for (let index = 0; index < word.length; index++) {
    const letter = word.charCodeAt(index) - 0x61
    if (letter >= 0 && letter < 26) mask |= 1 << letter
  }
  return mask
}

function bitCount(value: number): number {
  let count = 0
  for (let rest = value; rest !== 0; rest &= rest - 1) count++
  return count
}

let frequentMasks: Int32Array | undefined

/** Words of the frequency list within two edits of `word`, most frequent first. */
function frequentWordsWithinTwoEdits(word: string): string[] {
  const words = unigramsByFrequency()
  frequentMasks ??= Int32Array.from(words, letterMask)
  const mask = letterMask(word)
  // Two edits change at most four letters' presence: most words fail that test and skip the distance table.
  return words.filter((candidate, index) => bitCount(mask ^ frequentMasks![index]!) <= 4 && withinTwoEdits(word, candidate))
}

function matchCase(suggestion: string, original: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return suggestion.toUpperCase()
  if (original.charAt(0) !== original.charAt(0).toLowerCase()) {
    return suggestion.charAt(0).toUpperCase() + suggestion.slice(1)
  }
  return suggestion
}

const maxLengthForTwoEdits = 8

/** Up to `limit` known words close to `word`, best first. */
export function suggestSpellings(word: string, isKnown: (candidate: string) => boolean, limit = 3): string[] {
  const lower = word.toLowerCase()
  const known = new Set<string>()
  const keepIfKnown = (candidate: string) => {
    if (candidate !== lower && !known.has(candidate) && isKnown(candidate)) known.add(candidate)
  }
  const near = new Set<string>()
  forEachEdit(lower, (candidate) => near.add(candidate))
  near.forEach(keepIfKnown)
  if (known.size === 0 && lower.length <= maxLengthForTwoEdits) {
    frequentWordsWithinTwoEdits(lower).forEach(keepIfKnown)
  }
  return [...known]
    .map((candidate) => ({candidate, count: unigramCount(candidate)}))
    .sort((a, b) => b.count - a.count || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({candidate}) => matchCase(candidate, word))
}
