/**
 * Where newslint's data files live and how they are read. Every lexicon,
 * dictionary and frequency list is a text file under `data/`, one entry a
 * line, `#` starting a comment; `data/README.md` notes each one's origin and
 * licence.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {packageRoot} from '../package-root.js'

const dataRoot = fileURLToPath(new URL('data/', packageRoot))

export function dataPath(name: string): string {
  return dataRoot + name
}

/** The meaningful lines of a data file: trimmed, without blanks and `#` comments. */
export function readEntries(path: string): string[] {
  const entries: string[] = []
  for (const raw of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const line = raw.trim()
    if (line && !line.startsWith('#')) entries.push(line)
  }
  return entries
}

/** Entries of a shipped data file, read once per process. */
const shipped = new Map<string, readonly string[]>()
export function shippedEntries(name: string): readonly string[] {
  let entries = shipped.get(name)
  if (!entries) {
    entries = readEntries(dataPath(name))
    shipped.set(name, entries)
  }
  return entries
}
