/**
 * The English word forms newslint knows: dictionary-en expanded once at build
 * time (see scripts/build-dictionary.ts), plus the shipped newsroom
 * dictionary. Read once per process and shared by every file and rule.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import dictionary from 'dictionary-en'
import nspell from 'nspell'
import {dataPath, shippedEntries} from './data-files.js'

export const expandedDictionaryFile = 'generated/en-words.txt'

/** All word forms of dictionary-en, except those Hunspell allows only inside compounds (`1th`). */
export function expandDictionary(): string[] {
  const affix = new TextDecoder().decode(dictionary.aff)
  const onlyInCompound = /^ONLYINCOMPOUND\s+(\S+)/m.exec(affix)?.[1]
  const checker = nspell({aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic)}) as unknown as {
    data: Record<string, string[]>
  }
  return Object.entries(checker.data)
    .filter(([, flags]) => !onlyInCompound || !flags.includes(onlyInCompound))
    .map(([form]) => form)
    .sort()
}

/** Write the expanded list; the build does this, and so does a checkout that skipped the build. */
export function writeExpandedDictionary(): string[] {
  const forms = expandDictionary()
  const path = dataPath(expandedDictionaryFile)
  mkdirSync(dirname(path), {recursive: true})
  writeFileSync(path, forms.join('\n') + '\n')
  return forms
}

let words: Set<string> | undefined

/** Every known word form, case as in the dictionaries. */
export function englishWords(): ReadonlySet<string> {
  if (!words) {
    const path = dataPath(expandedDictionaryFile)
    const forms = existsSync(path) ? readFileSync(path, 'utf8').split('\n') : writeExpandedDictionary()
    words = new Set(forms)
    words.delete('')
    for (const entry of shippedEntries('newsroom-dictionary.txt')) words.add(entry)
  }
  return words
}
