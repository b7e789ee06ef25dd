/**
 * Letter-case and numeral tests shared by the rules and the text views, so
 * that "capitalised" means the same to every check: its first letter is an
 * upper-case letter of any script.
 */
const initialCapital = /^\p{Lu}/u
const numeral = /\p{N}/u
const titleCase = /^\p{Lu}\p{Ll}+$/u

/** Whether `word` starts with a capital letter ("Petro", "Ángel", "NATO"); ASCII is tested without the regular expression. */
export function startsWithCapital(word: string): boolean {
  const code = word.charCodeAt(0)
  return code >= 0x80 ? initialCapital.test(word) : code >= 0x41 && code <= 0x5a
}

/** Whether `word` is a capital followed by lower-case letters only ("Dont", not "DONT" or "McCain"). */
export function isTitleCaseWord(word: string): boolean {
  return titleCase.test(word)
}

/** Whether `text` holds a numeral in any script. */
export function hasNumeral(text: string): boolean {
  return numeral.test(text)
}
