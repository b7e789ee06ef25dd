/**
 * English word frequencies (SymSpell's list, from Google Books Ngram; see
 * data/README.md). Loaded on first use only: most documents never need it.
 */
import {dataPath} from './data-files.js'
import {SortedLines} from './sorted-lines.js'
import {readWordTable, type WordTable} from './word-table.js'

export const unigramFile = 'frequency/unigrams.txt'
/** Its index, saved by the build (see word-table.ts). */
export const unigramTableFile = 'generated/unigrams.table'

let unigrams: WordTable | undefined

function loadUnigrams(): WordTable {
  return readWordTable(dataPath(unigramFile), dataPath(unigramTableFile))
}

/** How often `word` (lowercase) occurs in the reference corpus; 0 when unknown. */
export function unigramCount(word: string): number {
  unigrams ??= loadUnigrams()
  return unigrams.count(word)
}

/** The words of the frequency list (all lowercase), as a look-up. */
export function unigramWords(): {has(word: string): boolean} {
  unigrams ??= loadUnigrams()
  return unigrams
}

/** The frequency list's words as offsets into its bytes, with their counts, in the order of the file (see `WordTable.lines`). */
export function unigramLines(): ReturnType<WordTable['lines']> {
  unigrams ??= loadUnigrams()
  return unigrams.lines()
}

/**
 * Word pairs (data/frequency/bigrams.txt, "first second count", sorted by
 * pair), searched in the file's text: only documents with a suspect token
 * ever ask, and they should not pay for a Map of 80,000 pairs.
 */
const bigrams = new SortedLines('frequency/bigrams.txt', (line) => line.slice(0, line.lastIndexOf(' ')))

/** How often `first second` (lowercase) occurs in the reference corpus; 0 when not listed. */
export function bigramCount(first: string, second: string): number {
  const line = bigrams.find(`${first} ${second}`)
  return line === undefined ? 0 : Number(line.slice(line.lastIndexOf(' ') + 1))
}
