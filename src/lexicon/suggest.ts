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
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2))
  let [beforePrevious, previous, current] = rows as [Int32Array, Int32Array, Int32Array]
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    const letter = a.charCodeAt(i - 1)
    current[0] = i
    let rowMinimum = i
    for (let j = 1; j <= b.length; j++) {
      let distance = Math.min(previous[j]!, current[j - 1]!) + 1
      const replaced = previous[j - 1]! + (letter === b.charCodeAt(j - 1) ? 0 : 1)
      if (replaced < distance) distance = replaced
      if (i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        distance = Math.min(distance, beforePrevious[j - 2]! + 1)
      }
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

/** The number of bits set in `value` (a 32-bit population count). */
function bitCount(value: number): number {
  value -= (value >>> 1) & 0x55555555
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333)
  return Math.imul((value + (value >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
}

/** The letter masks of the frequency list's words, by index, and their indexes by length (ascending). */
let frequentMasks: Int32Array | undefined
let indexesByLength: Int32Array[] | undefined

function indexLengths(words: readonly string[]): Int32Array[] {
  const lists: number[][] = []
  words.forEach((word, index) => (lists[word.length] ??= []).push(index))
  return Array.from(lists, (list) => Int32Array.from(list ?? []))
}

/** Words of the frequency list within two edits of `word`, most frequent first. */
function frequentWordsWithinTwoEdits(word: string): string[] {
  const words = unigramsByFrequency()
  frequentMasks ??= Int32Array.from(words, letterMask)
  indexesByLength ??= indexLengths(words)
  const mask = letterMask(word)
  const found: number[] = []
  // Two edits change the length by at most two and at most four letters' presence: most words fail that test and skip the distance table.
  for (let length = Math.max(0, word.length - 2); length <= word.length + 2 && length < indexesByLength.length; length++) {
    for (const index of indexesByLength[length]!) {
      if (bitCount(mask ^ frequentMasks[index]!) <= 4 && withinTwoEdits(word, words[index]!)) found.push(index)
    }
  }
  return found.sort((a, b) => a - b).map((index) => words[index]!)
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
  forEachEdit(lower, keepIfKnown)
  if (known.size === 0 && lower.length <= maxLengthForTwoEdits) {
    frequentWordsWithinTwoEdits(lower).forEach(keepIfKnown)
  }
  return [...known]
    .map((candidate) => ({candidate, count: unigramCount(candidate)}))
    .sort((a, b) => b.count - a.count || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({candidate}) => matchCase(candidate, word))
}
