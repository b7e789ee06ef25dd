/**
 * English word frequencies (SymSpell's list, from Google Books Ngram; see
 * data/README.md). Loaded on first use only: most documents never need it.
 */
import {readFileSync} from 'node:fs'
import {dataPath} from './data-files.js'
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

/**
 * Word pairs (data/frequency/bigrams.txt, "first second count", sorted by
 * pair) are looked up by binary search in the file's text: reading 2 MB
 * costs a few milliseconds where building a Map of 80,000 pairs would cost
 * tens, and only documents with a suspect token ever ask.
 */
let bigramText: string | undefined

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** How often `first second` (lowercase) occurs in the reference corpus; 0 when not listed. */
export function bigramCount(first: string, second: string): number {
  bigramText ??= readFileSync(dataPath('frequency/bigrams.txt'), 'utf8')
  const text = bigramText
  const key = `${first} ${second}`
  let low = 0
  let high = text.length
  while (low < high) {
    const start = lineStart(text, (low + high) >> 1)
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const line = text.slice(start, end)
    const space = line.lastIndexOf(' ')
    const lineKey = line.slice(0, space)
    if (lineKey === key) return Number(line.slice(space + 1))
    if (lineKey < key) low = end + 1
    else high = start
  }
  return 0
}
