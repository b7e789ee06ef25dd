/**
 * The English word forms newslint knows: dictionary-en and dictionary-en-gb
 * expanded once at build time (scripts/build-dictionary.ts), plus the shipped
 * newsroom dictionary. Read once per process and shared by every file and
 * rule.
 */
import {existsSync, statSync} from 'node:fs'
import {dataPath, shippedEntries} from './data-files.js'
import type {WordSet} from './known-word.js'
import {readWordTable, WordTable} from './word-table.js'

export const expandedDictionaryFile = 'generated/en-words.txt'
/** Its index, saved by the build (see word-table.ts). */
export const expandedDictionaryTable = 'generated/en-words.table'

export const newsroomDictionaryFile = 'newsroom-dictionary.txt'
/** Its entries as a plain word list, with a saved index: both written by the build. */
export const newsroomWordsFile = 'generated/newsroom-words.txt'
export const newsroomWordsTable = 'generated/newsroom-words.table'

let words: (WordSet & Iterable<string>) | undefined

function newsroomWords(): WordTable {
  const listPath = dataPath(newsroomWordsFile)
  // The build's copy, unless the dictionary was edited since: a newsroom may add words without rebuilding.
  if (existsSync(listPath) && statSync(listPath).mtimeMs >= statSync(dataPath(newsroomDictionaryFile)).mtimeMs) {
    return readWordTable(listPath, dataPath(newsroomWordsTable))
  }
  return WordTable.fromText(new TextEncoder().encode(shippedEntries(newsroomDictionaryFile).join('\n')))
}

function loadEnglishWords(): WordSet & Iterable<string> {
  const path = dataPath(expandedDictionaryFile)
  const tablePath = dataPath(expandedDictionaryTable)
  if (!existsSync(path) && !existsSync(tablePath)) {
    throw new Error(`newslint's word list is missing (${path}): run \`npm run build\``)
  }
  const dictionary = readWordTable(path, tablePath)
  // A table rather than a Set: hashing the strings spelling suggestions build costs a Set more than this.
  const newsroom = newsroomWords()
  return {
    has: (word) => dictionary.has(word) || newsroom.has(word),
    *[Symbol.iterator]() {
      yield* dictionary
      yield* newsroom
    }
  }
}

/** Every known word form, case as in the dictionaries (iterating may give a word twice). */
export function englishWords(): WordSet & Iterable<string> {
  words ??= loadEnglishWords()
  return words
}
