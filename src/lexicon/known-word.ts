/**
 * Whether a word is known, with the case and spelling conventions of news
 * copy: a capitalised or all-caps form of a known word is known; curly and
 * straight apostrophes are the same; a possessive or contraction is known when its stem is;
 * an accented word is known when its unaccented form is (café, naïve).
 */
import {startsWithCapital} from '../text/letters.js'

/**
 * The longest token read as a word, or as two run together. The lists'
 * longest word has 24 letters ("electroencephalography's"). A longer token is
 * pasted data (a hash, keyboard mash, a URL fragment), and the checks that try
 * every split or edit of a word, at a cost growing with the square of its
 * length, leave it alone: a 20,000-letter token took six seconds.
 */
export const maxWordLength = 50

export interface WordSet {
  has(word: string): boolean
}

const combiningMarks = /\p{M}/gu

/** Capitalised and nothing more ("Government", not "GovernMent"): the form a known word takes at the start of a sentence. */
function isInitialCapitalOnly(word: string): boolean {
  const rest = word.slice(1)
  return startsWithCapital(word) && rest === rest.toLowerCase()
}

function isAllCaps(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase()
}

function knownAsWritten(word: string, sets: readonly WordSet[]): boolean {
  const has = (form: string) => sets.some((set) => set.has(form))
  if (has(word)) return true
  const lower = word.toLowerCase()
  if (isInitialCapitalOnly(word)) return has(lower)
  if (isAllCaps(word)) return has(lower) || has(lower.charAt(0).toUpperCase() + lower.slice(1))
  return false
}

export function normaliseWord(word: string): string {
  return word.normalize('NFC').replace(/[\u2018\u2019\u02BC\u00B4`]/g, "'")
}

/** Whether `word` is made of a–z only: every rule below leaves such a word as it is, so its only test is membership. */
export function isPlainLowercase(word: string): boolean {
  if (word.length === 0) return false
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code < 0x61 || code > 0x7a) return false
  }
  return true
}

export function isKnownWord(word: string, sets: readonly WordSet[]): boolean {
  // Most look-ups (and all of the thousands a spelling suggestion makes) are plain lowercase words.
  if (isPlainLowercase(word)) return sets.some((set) => set.has(word))
  const normal = normaliseWord(word)
  if (knownAsWritten(normal, sets)) return true
  // Possessives and contractions are known when their stem is: Petro's, James', there'll, they've.
  const clitic = /^(.+?)(?:'s|'ll|'re|'ve|'d|'m|n't|')$/i.exec(normal)
  if (clitic && knownAsWritten(clitic[1]!, sets)) return true
  const unaccented = normal.normalize('NFD').replace(combiningMarks, '')
  return unaccented !== normal && isKnownWord(unaccented, sets)
}
