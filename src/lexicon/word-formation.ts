/**
 * Words news copy coins from known words — a prefix on a known word
 * ("unvaccinated", "rebranded"), a derivational ending ("epically",
 * "rainless"), or two known words closed up ("whistleblower", "snowpack").
 * Hunspell lists few of them, and each would otherwise be a false alarm.
 * Inflections are not accepted here (see data/suffixes.txt), so "occured"
 * is still a misspelling.
 */
import {shippedEntries} from './data-files.js'
import {maxWordLength} from './known-word.js'

interface Ending {
  ending: string
  stemEnding: string
}

let prefixes: readonly string[] | undefined
let endings: readonly Ending[] | undefined

/** The prefixes of data/affixes.txt (entries written `anti-`), without their hyphen. */
export function prefixList(): readonly string[] {
  prefixes ??= shippedEntries('affixes.txt')
    .filter((entry) => entry.endsWith('-'))
    .map((entry) => entry.slice(0, -1))
  return prefixes
}

function endingList(): readonly Ending[] {
  endings ??= shippedEntries('suffixes.txt').map((entry) => {
    const [ending, stemEnding = ''] = entry.split(/\s+/)
    return {ending: ending!, stemEnding}
  })
  return endings
}

const minimumPart = 3

/**
 * Whether `word` (lowercase) is formed from known words. `isKnown` decides
 * prefixed stems and derivations; `isCompoundPart` decides the halves of a
 * closed compound and should be strict (dictionary words only).
 */
export function isFormedFromKnownWords(
  word: string,
  isKnown: (word: string) => boolean,
  isCompoundPart: (word: string) => boolean
): boolean {
  if (word.length > maxWordLength) return false
  for (const prefix of prefixList()) {
    const rest = word.slice(prefix.length)
    if (word.startsWith(prefix) && rest.length >= minimumPart && isKnown(rest)) return true
  }
  for (const {ending, stemEnding} of endingList()) {
    const stem = word.slice(0, word.length - ending.length)
    if (word.endsWith(ending) && stem.length >= minimumPart && isKnown(stem + stemEnding)) return true
  }
  for (let split = minimumPart; split <= word.length - minimumPart; split++) {
    if (isCompoundPart(word.slice(0, split)) && isCompoundPart(word.slice(split))) return true
  }
  return false
}
