/**
 * `--fix` and `--fix-dry-run`: apply the replacements a rule is sure of —
 * messages whose `expected` holds exactly one candidate — and nothing else.
 *
 * Safety comes first, as this rewrites copy in place: a replacement is
 * applied only where the text at the message's span is still the text the
 * rule saw (`actual`); overlapping replacements keep the first; the new file
 * is written next to the old one and renamed over it (src/atomic-write.ts:
 * symlinks followed, mode kept, read-only files refused); and a file whose
 * content differs from what newslint read, or whose size or mtime moves
 * while the new text is written, is left alone.
 */
import {promises as fs} from 'node:fs'
import path from 'node:path'
import {createTwoFilesPatch, FILE_HEADERS_ONLY} from 'diff'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {replaceFileAtomically, writeTargetOf} from './atomic-write.js'
import {sourceTextOf, spanOf} from './message-span.js'

export interface Replacement {
  message: VFileMessage
  /** Offsets into the text as read (BOM included). */
  start: number
  end: number
  before: string
  after: string
}

export interface FixPlan {
  /** The file's path as reported. */
  path: string
  absolutePath: string
  original: string
  fixed: string
  replacements: Replacement[]
}

export type FixOutcome = 'written' | 'changed-since-read'

/** The unambiguous replacements for one file, or undefined when there are none. */
export function planFixes(file: VFile): FixPlan | undefined {
  const source = sourceTextOf(file)
  if (!source || !file.path) return undefined
  const candidates: Replacement[] = []
  for (const message of file.messages) {
    if (!message.ruleId || message.expected?.length !== 1) continue
    const span = spanOf(message, source)
    if (!span) continue
    const before = source.text.slice(span.start, span.end)
    const after = message.expected[0]!
    // A rule that said what it saw and a span that shows something else: the position is off; do not guess.
    if (typeof message.actual === 'string' && message.actual !== before) continue
    if (before === after) continue
    candidates.push({message, start: span.start + source.bomLength, end: span.end + source.bomLength, before, after})
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end)
  const replacements: Replacement[] = []
  for (const candidate of candidates) {
    const previous = replacements.at(-1)
    if (previous && candidate.start < previous.end) continue
    replacements.push(candidate)
  }
  if (replacements.length === 0) return undefined
  let fixed = source.raw
  for (const replacement of [...replacements].reverse()) {
    fixed = fixed.slice(0, replacement.start) + replacement.after + fixed.slice(replacement.end)
  }
  return {path: file.path, absolutePath: path.resolve(file.cwd, file.path), original: source.raw, fixed, replacements}
}

/** The plan as a unified diff, `a/` and `b/` prefixed as git prints one. */
export function fixDiff(plan: FixPlan): string {
  const name = plan.path.split(path.sep).join('/')
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, plan.original, plan.fixed, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY
  })
}

/** One line (without its line end) per replacement: `path:line:column rule: “before” → “after”`. */
export function describeFixes(plan: FixPlan): string[] {
  return plan.replacements.map(
    ({message, before, after}) => `${plan.path}:${message.line}:${message.column} ${message.ruleId}: “${before}” → “${after}”`
  )
}

/** Write the fixed text over the file, unless the file changed since newslint read it. */
export async function applyFixes(plan: FixPlan): Promise<FixOutcome> {
  const target = await writeTargetOf(plan.absolutePath)
  const before = await fs.stat(target)
  if ((await fs.readFile(target, 'utf8')) !== plan.original) return 'changed-since-read'
  // An editor that saved while we wrote (or a link turned elsewhere): its save wins; we lose only our fix.
  const unchanged = async (writtenTarget: string) => {
    const now = await fs.stat(writtenTarget)
    return now.mtimeMs === before.mtimeMs && now.size === before.size && now.ino === before.ino
  }
  return (await replaceFileAtomically(plan.absolutePath, plan.fixed, unchanged)) ? 'written' : 'changed-since-read'
}
