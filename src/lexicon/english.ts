/**
 * The English word forms newslint knows: dictionary-en and dictionary-en-gb
 * expanded once at build time (scripts/build-dictionary.ts), plus the shipped
 * newsroom dictionary and the SymSpell frequency list's words. Read once per
 * process and shared by every file and rule.
 */
import {existsSync, readFileSync} from 'node:fs'
import {dataPath, shippedEntries} from './data-files.js'
import {unigramWords} from './frequency.js'
import type {WordSet} from './known-word.js'

export const expandedDictionaryFile = 'generated/en-words.txt'

let words: Set<string> | undefined

/** Every known word form, case as in the dictionaries. */
export function englishWords(): ReadonlySet<string> {
  if (!words) {
    const path = dataPath(expandedDictionaryFile)
    if (!existsSync(path)) {
      throw new Error(`newslint's word list is missing (${path}): run \`npm run build\``)
    }
    words = new Set(readFileSync(path, 'utf8').split('\n'))
    words.delete('')
    for (const entry of shippedEntries('newsroom-dictionary.txt')) words.add(entry)
  }
  return words
}

/** Lowercase words of the frequency list: real words that Hunspell lists lack (British forms, "de"). */
export function frequentWords(): WordSet {
  return unigramWords()
}
