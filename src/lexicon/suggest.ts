/**
 * Cheap spelling suggestions: known words one edit away (two, for short
 * words with none at one), most frequent first. Unlike nspell's suggest(),
 * which can spend most of a second on an unknown name, this is a few
 * thousand set look-ups, so the CLI can afford it for every message.
 */
import {unigramCount} from './frequency.js'

const alphabet = "abcdefghijklmnopqrstuvwxyz'-"

function edits(word: string): Set<string> {
  const results = new Set<string>()
  for (let index = 0; index <= word.length; index++) {
    const head = word.slice(0, index)
    const tail = word.slice(index)
    if (tail) results.add(head + tail.slice(1))
    if (tail.length > 1) results.add(head + tail[1] + tail[0] + tail.slice(2))
    for (const letter of alphabet) {
      if (tail) results.add(head + letter + tail.slice(1))
      results.add(head + letter + tail)
    }
  }
  results.delete(word)
  return results
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
  const rank = (candidates: Iterable<string>) =>
    [...candidates]
      .filter((candidate) => isKnown(candidate))
      .map((candidate) => ({candidate, count: unigramCount(candidate)}))
      .sort((a, b) => b.count - a.count || a.candidate.localeCompare(b.candidate))
      .slice(0, limit)
      .map(({candidate}) => matchCase(candidate, word))
  const near = edits(lower)
  const best = rank(near)
  if (best.length > 0 || lower.length > maxLengthForTwoEdits) return best
  const further = new Set<string>()
  for (const candidate of near) for (const second of edits(candidate)) further.add(second)
  return rank(further)
}
