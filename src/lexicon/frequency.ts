/**
 * English word frequencies (SymSpell's list, from Google Books Ngram; see
 * data/README.md). Loaded on first use only: most documents never need it.
 */
import {readFileSync} from 'node:fs'
import {dataPath} from './data-files.js'

let unigrams: Map<string, number> | undefined

function loadUnigrams(): Map<string, number> {
  const counts = new Map<string, number>()
  const text = readFileSync(dataPath('frequency/unigrams.txt'), 'utf8')
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const space = text.indexOf(' ', start)
    if (space > start && space < end) counts.set(text.slice(start, space), Number(text.slice(space + 1, end)))
    start = end + 1
  }
  return counts
}

/** How often `word` (lowercase) occurs in the reference corpus; 0 when unknown. */
export function unigramCount(word: string): number {
  unigrams ??= loadUnigrams()
  return unigrams.get(word) ?? 0
}

/** The words of the frequency list (all lowercase), as a look-up. */
export function unigramWords(): {has(word: string): boolean} {
  unigrams ??= loadUnigrams()
  return unigrams
}
