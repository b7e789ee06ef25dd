/**
 * Cheap spelling suggestions: known words one edit away (two, for short
 * words with none at one), most frequent first. Unlike nspell's suggest(),
 * which can spend most of a second on an unknown name, this is a few
 * thousand set look-ups, so the CLI can afford it for every message.
 */
import {unigramCount} from './frequency.js'

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
    // Tested as they are made, never collected: two edits of an 8-letter word are some 200,000 strings.
    for (const candidate of near) forEachEdit(candidate, keepIfKnown)
  }
  return [...known]
    .map((candidate) => ({candidate, count: unigramCount(candidate)}))
    .sort((a, b) => b.count - a.count || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({candidate}) => matchCase(candidate, word))
}
