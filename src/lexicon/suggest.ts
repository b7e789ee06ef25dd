/**
 * Cheap spelling suggestions: known words one edit away (two, for short
 * words with none at one), most frequent first. Unlike nspell's suggest(),
 * which can spend most of a second on an unknown name, this is a few
 * thousand set look-ups, so the CLI can afford it for every message.
 *
 * Two edits are looked for among the words of the frequency list only:
 * generating them would make some 200,000 strings for an 8-letter word
 * (a quarter of a second of look-ups), while the list's 82,765 words can be
 * compared in its bytes, by length and most frequent first, and the scan of
 * a length ends once it has found the best few.
 */
import {englishWords} from './english.js'
import {unigramCount, unigramLines} from './frequency.js'
import {maxWordLength} from './known-word.js'

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
 * Whether `a` becomes the ASCII word at `text[start, start + length)` by at
 * most two edits (deleting, inserting or replacing a letter, swapping two
 * adjacent ones): the optimal string alignment distance, given up as soon as
 * a row of the table exceeds 2.
 */
function withinTwoEdits(a: string, text: Uint8Array, start: number, length: number): boolean {
  if (rows[0]!.length <= length) rows = rows.map(() => new Int32Array(length * 2))
  let [beforePrevious, previous, current] = rows as [Int32Array, Int32Array, Int32Array]
  for (let j = 0; j <= length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    const letter = a.charCodeAt(i - 1)
    current[0] = i
    let rowMinimum = i
    for (let j = 1; j <= length; j++) {
      let distance = Math.min(previous[j]!, current[j - 1]!) + 1
      const replaced = previous[j - 1]! + (letter === text[start + j - 1] ? 0 : 1)
      if (replaced < distance) distance = replaced
      if (i > 1 && j > 1 && letter === text[start + j - 2] && a.charCodeAt(i - 2) === text[start + j - 1]) {
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
  return previous[length]! <= 2
}

const lowercaseA = 0x61

/** Which of a–z occur in `text[start, end)`, as bits: an edit changes at most two of them. */
function letterMask(text: Uint8Array, start = 0, end = text.length): number {
  let mask = 0
  for (let index = start; index < end; index++) {
    const letter = text[index]! - lowercaseA
    if (letter >= 0 && letter < 26) mask |= 1 << letter
  }
  return mask
}

function isAscii(text: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (text[index]! >= 0x80) return false
  return true
}

/** The number of bits set in `value` (a 32-bit population count). */
function bitCount(value: number): number {
  value -= (value >>> 1) & 0x55555555
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333)
  return Math.imul((value + (value >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
}

/**
 * The frequency list laid out for the two-edit scan: each word's place in
 * the list's bytes, its letter set and count, and the words of each length
 * in order of count. Made from the bytes on first use, with no string per word.
 */
interface FrequentWordIndex {
  text: Uint8Array
  starts: Int32Array
  masks: Int32Array
  counts: Float64Array
  /** Indexes of the words of each length, most frequent first; ASCII words only, as the scan compares bytes with char codes (the list has no others). */
  byLength: Int32Array[]
}

let frequentWords: FrequentWordIndex | undefined

function indexFrequentWords(): FrequentWordIndex {
  const {text, starts, ends, counts} = unigramLines()
  const masks = new Int32Array(starts.length)
  const lists: number[][] = []
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index]!
    const end = ends[index]!
    masks[index] = letterMask(text, start, end)
    if (isAscii(text, start, end)) (lists[end - start] ??= []).push(index)
  }
  // The list is sorted by count but for a few lines appended at its end; the sort is stable, so equal counts keep the file's order.
  const byLength = Array.from(lists, (list = []) => Int32Array.from(list.sort((left, right) => counts[right]! - counts[left]!)))
  return {text, starts, masks, counts, byLength}
}

const decoder = new TextDecoder()
const encoder = new TextEncoder()

/**
 * The most frequent words of the list within two edits of `word` that
 * `isWanted` accepts: from each length two letters shorter to two longer,
 * the first `limit` by count, and any others as frequent as the last of
 * those (the caller ranks them all and breaks ties). Read in order of count,
 * a length with close, common words is left early.
 */
function frequentWordsWithinTwoEdits(word: string, isWanted: (candidate: string) => boolean, limit: number): string[] {
  const {text, starts, masks, counts, byLength} = (frequentWords ??= indexFrequentWords())
  const mask = letterMask(encoder.encode(word))
  const found: string[] = []
  for (let length = Math.max(0, word.length - 2); length <= word.length + 2 && length < byLength.length; length++) {
    let foundOfLength = 0
    let lastCount = -1
    const ofLength = byLength[length]!
    for (let position = 0; position < ofLength.length; position++) {
      const index = ofLength[position]!
      if (foundOfLength >= limit && counts[index] !== lastCount) break
      // Two edits change at most four letters' presence: most words fail that test and skip the distance table.
      if (bitCount(mask ^ masks[index]!) > 4 || !withinTwoEdits(word, text, starts[index]!, length)) continue
      const candidate = decoder.decode(text.subarray(starts[index]!, starts[index]! + length))
      if (!isWanted(candidate)) continue
      found.push(candidate)
      foundOfLength++
      lastCount = counts[index]!
    }
  }
  return found
}

function matchCase(suggestion: string, original: string): string {
  // The pronoun keeps its capital in every form: I've, I'm, I'd.
  if (/^i'/.test(suggestion)) suggestion = 'I' + suggestion.slice(1)
  if (original.length > 1 && original === original.toUpperCase()) return suggestion.toUpperCase()
  if (original.charAt(0) !== original.charAt(0).toLowerCase()) {
    return suggestion.charAt(0).toUpperCase() + suggestion.slice(1)
  }
  return suggestion
}

const maxLengthForTwoEdits = 8

/**
 * A word with a bare apostrophe after a letter other than s ("children'",
 * "zorbax'"): the word list knows it as the possessive of a known word, but
 * no writer means it.
 */
function isStrayPossessive(candidate: string): boolean {
  return candidate.endsWith("'") && !candidate.endsWith("s'")
}

/** Whether `candidate` is `lower` with an apostrophe put in ("dont" → "don't", "childrens" → "children's"): nearly always what was meant. */
function addsApostrophe(candidate: string, lower: string): boolean {
  return candidate.length === lower.length + 1 && candidate.replace("'", '') === lower
}

const contraction = /(?:'ll|'re|'ve|'d|'m|n't)$/

/**
 * A contraction no word list holds ("the'll", "the're"): known only because
 * its stem is, and nothing a writer meant. The lists hold the real ones
 * ("they'll", "you're", "I've").
 */
function isUnlistedContraction(candidate: string): boolean {
  if (!contraction.test(candidate) || unigramCount(candidate) > 0) return false
  // The dictionaries write the pronoun's forms with its capital only.
  const asListed = candidate.startsWith("i'") ? 'I' + candidate.slice(1) : candidate
  return !englishWords().has(asListed)
}

/** Contraction endings as written without their apostrophe, longest first; "'d" is left out ("wed", "hed" are words and typos alike). */
const contractionEndings = [
  {bare: 'nt', written: "n't"},
  {bare: 'll', written: "'ll"},
  {bare: 're', written: "'re"},
  {bare: 've', written: "'ve"},
  {bare: 'm', written: "'m"}
]

/**
 * The listed contraction `word` is when its apostrophe is put back
 * ("Dont" → "don't", "Theyre" → "they're"), if it is one and is not itself a
 * word ("Cant", "Well" and "Were" are); lowercase, with a straight
 * apostrophe.
 */
export function contractionWithoutApostrophe(word: string, isKnown: (candidate: string) => boolean): string | undefined {
  const lower = word.toLowerCase()
  if (isKnown(lower)) return undefined
  for (const {bare, written} of contractionEndings) {
    if (!lower.endsWith(bare) || lower.length === bare.length) continue
    const candidate = lower.slice(0, -bare.length) + written
    if (!isUnlistedContraction(candidate) && isKnown(candidate)) return candidate
  }
  return undefined
}

/** Up to `limit` known words close to `word`, best first: a missing apostrophe put back, then the most frequent. */
export function suggestSpellings(word: string, isKnown: (candidate: string) => boolean, limit = 3): string[] {
  if (word.length > maxWordLength) return []
  // Curly apostrophes are edited as straight ones; the caller writes suggestions in the copy's style.
  const lower = word.toLowerCase().replaceAll('\u2019', "'")
  const isSuggestion = (candidate: string) =>
    candidate !== lower && !isStrayPossessive(candidate) && !isUnlistedContraction(candidate) && isKnown(candidate)
  const found = new Set<string>()
  forEachEdit(lower, (candidate) => {
    if (!found.has(candidate) && isSuggestion(candidate)) found.add(candidate)
  })
  // Two-edit words are ranked by count alone: none of them adds only an apostrophe, which is one edit.
  if (found.size === 0 && lower.length <= maxLengthForTwoEdits) {
    for (const candidate of frequentWordsWithinTwoEdits(lower, isSuggestion, limit)) found.add(candidate)
  }
  return [...found]
    .map((candidate) => ({candidate, apostrophe: addsApostrophe(candidate, lower), count: unigramCount(candidate)}))
    .sort((a, b) => Number(b.apostrophe) - Number(a.apostrophe) || b.count - a.count || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({candidate}) => matchCase(candidate, word))
}

/** The apostrophe `word` is written with, if it has one. */
export function ownApostrophe(word: string): string | undefined {
  if (word.includes('\u2019')) return '\u2019'
  return word.includes("'") ? "'" : undefined
}

/** The apostrophe `copy` is written with: ’ where it has more of those than of ', so that "don't" is offered as "don’t". */
export function apostropheOf(copy: string): string {
  let curly = 0
  let straight = 0
  for (let index = 0; index < copy.length; index++) {
    const code = copy.charCodeAt(index)
    if (code === 0x2019) curly++
    else if (code === 0x27) straight++
  }
  return curly > straight ? '\u2019' : "'"
}

/** `suggestions` with their apostrophes written as `apostrophe`. */
export function withApostrophe(suggestions: readonly string[], apostrophe: string): string[] {
  return suggestions.map((suggestion) => suggestion.replaceAll("'", apostrophe))
}
