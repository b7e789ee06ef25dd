/**
 * "Add to dictionary": append a word to the personal dictionary the
 * document's configuration names (the first, if it names several). With
 * none, create `.newslint-dictionary.txt` beside the configuration file (or
 * in the workspace folder when there is no configuration) and name it in the
 * configuration, creating `.retextrc.json` if needed. Files are replaced
 * atomically (src/atomic-write.ts: symlinks followed, mode kept) so the
 * linter, another editor or a crash never sees half a file, and a
 * dictionary keeps its line ends; the dictionary is written before the
 * configuration that names it. Additions run one after another, so two
 * quick clicks cannot both read the old file and lose a word.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {replaceFileAtomically, writeTargetOf} from '../atomic-write.js'
import {configFileName, packageField} from '../engine.js'
import type {DocumentFile} from './document-files.js'
import {loadFileConfiguration} from './file-configuration.js'

const newDictionaryName = '.newslint-dictionary.txt'

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** One word, as a dictionary line: a line break would make it two entries, a `#` a comment, and spelling checks words one at a time. */
function checkWord(word: string): string {
  const entry = word.trim()
  if (!entry || /\s/.test(entry) || entry.startsWith('#')) throw new Error(`Cannot add \`${word}\` to a dictionary: not one word`)
  return entry
}

/** The line end `text` is written with: a desk's shared list or configuration may be CRLF, and stays so. */
function lineEndOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n'
}

/** How often to read a shared dictionary again when another writer changed it while we wrote. */
const maxAttempts = 3

async function appendWord(dictionary: string, word: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const text = (await readIfExists(await writeTargetOf(dictionary))) ?? ''
    const lines = text.split(/\r?\n/).map((line) => line.trim())
    if (lines.includes(word)) return
    const lineEnd = lineEndOf(text)
    const separator = text === '' || text.endsWith('\n') ? '' : lineEnd
    // A colleague's editor adding a word meanwhile: read their version and add ours to it.
    const unchanged = async (target: string) => ((await readIfExists(target)) ?? '') === text
    if (await replaceFileAtomically(dictionary, `${text}${separator}${word}${lineEnd}`, unchanged)) return
    if (attempt === maxAttempts) throw new Error(`Cannot add \`${word}\`: \`${dictionary}\` kept changing while it was written`)
  }
}

function indentationOf(json: string): string | number {
  return /^[ \t]+(?=")/m.exec(json)?.[0] ?? 2
}

/** Name `dictionary` (relative to the configuration file) in a JSON configuration or package.json. */
async function nameDictionaryIn(configPath: string, dictionary: string): Promise<void> {
  const text = (await readIfExists(configPath)) ?? '{}'
  const root = JSON.parse(text) as Record<string, unknown>
  const isPackage = path.basename(configPath) === 'package.json'
  const config = isPackage ? ((root[packageField] ??= {}) as Record<string, unknown>) : root
  config.dictionary = path.relative(path.dirname(configPath), dictionary).split(path.sep).join('/')
  const json = JSON.stringify(root, null, indentationOf(text)) + '\n'
  await replaceFileAtomically(configPath, json.replaceAll('\n', lineEndOf(text)))
}

function isJsonConfiguration(configPath: string): boolean {
  const name = path.basename(configPath)
  return name === 'package.json' || name === configFileName || name === `${configFileName}.json`
}

let additions: Promise<unknown> = Promise.resolve()

export function addToPersonalDictionary(word: string, file: DocumentFile, workspaceFolder: string | undefined): Promise<void> {
  const addition = additions.then(() => addWord(word, file, workspaceFolder))
  additions = addition.catch(() => {})
  return addition
}

async function addWord(word: string, file: DocumentFile, workspaceFolder: string | undefined): Promise<void> {
  word = checkWord(word)
  const {configPath, settings} = await loadFileConfiguration(file)
  const named = settings.dictionary?.[0]
  if (named) return appendWord(named, word)
  if (configPath && !isJsonConfiguration(configPath)) {
    throw new Error(
      `Cannot add \`${word}\`: name a dictionary file in \`${configPath}\` (newslint only edits JSON configuration)`
    )
  }
  const folder = configPath ? path.dirname(configPath) : (workspaceFolder ?? path.dirname(file.path))
  const dictionary = path.join(folder, newDictionaryName)
  await appendWord(dictionary, word)
  await nameDictionaryIn(configPath ?? path.join(folder, `${configFileName}.json`), dictionary)
}
