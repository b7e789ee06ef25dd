/**
 * Personal dictionaries: plain text files of extra words, one a line, named
 * in `.retextrc.json`. Cached by path and modification time, so a long-lived
 * process (the language server) sees words added while it runs.
 */
import {statSync} from 'node:fs'
import {readEntries} from './data-files.js'

const cache = new Map<string, {modified: number; words: ReadonlySet<string>}>()

export function personalWords(path: string): ReadonlySet<string> {
  let modified: number
  try {
    modified = statSync(path).mtimeMs
  } catch {
    throw new Error(`Cannot read personal dictionary \`${path}\`: no such file`)
  }
  const cached = cache.get(path)
  if (cached && cached.modified === modified) return cached.words
  const words = new Set(readEntries(path))
  cache.set(path, {modified, words})
  return words
}

/** Words a configuration adds: its personal dictionary files and its inline `words`. */
export interface PersonalWordOptions {
  dictionary?: string[]
  words?: string[]
}

export function personalWordSets(options: PersonalWordOptions | undefined): ReadonlySet<string>[] {
  const sets = (options?.dictionary ?? []).map(personalWords)
  if (options?.words?.length) sets.push(new Set(options.words))
  return sets
}
