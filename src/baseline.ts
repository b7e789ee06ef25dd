/**
 * Baselines: adopt newslint on an archive without fixing every old story
 * first. `--write-baseline FILE` records today's messages; `--baseline FILE`
 * then reports only messages that are not in it.
 *
 * A message is recognised by its rule, its file and the text it is about (the
 * rule's `actual`, else the source text it spans, else its line), never by
 * its line number, so copy added or removed above it does not wake it up. The
 * same text flagged twice is recorded with a count: a third occurrence is new.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {isMessageLimitNotice} from './message-limit.js'
import {type SourceText, sourceTextOf, spanOf} from './message-span.js'

export interface BaselineEntry {
  /** Path relative to the baseline file's folder, `/`-separated. */
  file: string
  rule: string
  text: string
  count: number
}

export interface Baseline {
  newslintBaseline: 1
  messages: BaselineEntry[]
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The text a message is about, as the baseline compares it. */
function textAt(message: VFileMessage, source: SourceText | undefined): string {
  if (typeof message.actual === 'string' && normalise(message.actual)) return normalise(message.actual)
  if (!source) return ''
  const span = spanOf(message, source)
  const spanned = span ? normalise(source.text.slice(span.start, span.end)) : ''
  if (spanned) return spanned
  // A message at a point (no width) is about its line.
  const line = (message.line ?? 1) - 1
  const lineStarts = source.locator.lineStarts
  return normalise(source.text.slice(lineStarts[line] ?? source.text.length, lineStarts[line + 1] ?? source.text.length))
}

function fileKey(file: VFile, baselineFolder: string): string {
  return path.relative(baselineFolder, path.resolve(file.cwd, file.path)).split(path.sep).join('/')
}

const entryKey = (file: string, rule: string, text: string) => JSON.stringify([file, rule, text])

/**
 * Whether a message is on copy that is new (changed lines, in changed-copy
 * mode): such messages are matched against the baseline last.
 */
export type OnNewCopy = (file: VFile, message: VFileMessage) => boolean

/**
 * Each rule message of `files` under its baseline key, in document order —
 * so of three like messages against a count of two, the last is the new one —
 * except that messages on new copy come after the others.
 */
function* keyedMessages(files: readonly VFile[], baselineFolder: string, onNewCopy: OnNewCopy = () => false) {
  for (const file of files) {
    const key = fileKey(file, baselineFolder)
    const source = sourceTextOf(file)
    const ordered = [...file.messages].sort(
      (a, b) =>
        Number(onNewCopy(file, a)) - Number(onNewCopy(file, b)) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0)
    )
    for (const message of ordered) {
      // Messages about the file itself (unreadable, bad config) are never baselined.
      if (!message.ruleId) continue
      const entry = {file: key, rule: message.ruleId, text: textAt(message, source)}
      yield {message, entry, key: entryKey(entry.file, entry.rule, entry.text)}
    }
  }
}

export function createBaseline(files: readonly VFile[], baselinePath: string): Baseline {
  const entries = new Map<string, BaselineEntry>()
  for (const {key, entry} of keyedMessages(files, path.dirname(path.resolve(baselinePath)))) {
    const known = entries.get(key)
    if (known) known.count++
    else entries.set(key, {...entry, count: 1})
  }
  // Code-unit order, not the locale's: the file must come out the same on every machine.
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  const messages = [...entries.values()].sort(
    (a, b) => compare(a.file, b.file) || compare(a.rule, b.rule) || compare(a.text, b.text)
  )
  return {newslintBaseline: 1, messages}
}

/** Write the baseline of `files`; returns how many messages it records. */
export function writeBaseline(files: readonly VFile[], baselinePath: string): number {
  const baseline = createBaseline(files, baselinePath)
  writeFileSync(baselinePath, JSON.stringify(baseline, null, 2) + '\n')
  return baseline.messages.reduce((sum, entry) => sum + entry.count, 0)
}

export function readBaseline(baselinePath: string): Baseline {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(baselinePath, 'utf8'))
  } catch (error) {
    throw new Error(`Cannot read baseline ${baselinePath}: ${(error as Error).message}`)
  }
  const baseline = data as Partial<Baseline> | null
  const valid =
    baseline?.newslintBaseline === 1 &&
    Array.isArray(baseline.messages) &&
    baseline.messages.every(
      (entry) =>
        typeof entry?.file === 'string' &&
        typeof entry.rule === 'string' &&
        typeof entry.text === 'string' &&
        Number.isInteger(entry.count) &&
        entry.count > 0
    )
  if (!valid) throw new Error(`${baselinePath} is not a newslint baseline (write one with --write-baseline)`)
  return baseline as Baseline
}

/** Drop every message the baseline knows from `files`; returns how many were dropped. */
export function removeBaselinedMessages(
  files: readonly VFile[],
  baseline: Baseline,
  baselinePath: string,
  onNewCopy?: OnNewCopy
): number {
  const remaining = new Map<string, number>()
  for (const entry of baseline.messages) {
    const key = entryKey(entry.file, entry.rule, entry.text)
    remaining.set(key, (remaining.get(key) ?? 0) + entry.count)
  }
  const known = new Set<VFileMessage>()
  for (const {message, key} of keyedMessages(files, path.dirname(path.resolve(baselinePath)), onNewCopy)) {
    const count = remaining.get(key) ?? 0
    if (count === 0 || isMessageLimitNotice(message)) continue
    remaining.set(key, count - 1)
    known.add(message)
  }
  for (const file of files) file.messages = file.messages.filter((message) => !known.has(message))
  return known.size
}
