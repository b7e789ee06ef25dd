/**
 * Changed-copy mode (`--changed-since REF`): which files changed since a git
 * ref, and which of their lines were added or edited, so a pull request is
 * judged on what it touches and not on the archive around it.
 *
 * "Since REF" means since the point where the current branch left REF (their
 * merge base), as a pull request's diff does; work not yet committed counts,
 * and so do new files git does not track yet.
 */
import {execFile} from 'node:child_process'
import {existsSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {isMessageLimitNotice} from './message-limit.js'

const run = promisify(execFile)

/** Line numbers (1-based, in the current text) added or changed, or every line of a file that is new. */
export type ChangedLines = ReadonlySet<number> | 'all'

async function git(cwd: string, args: string[]): Promise<string> {
  const {stdout} = await run('git', args, {cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8'})
  return stdout
}

const escapes: Record<string, number> = {a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92}

/** git writes a path with unusual characters as a C string: quoted, with backslash and octal byte escapes. */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"')) return text
  const bytes: number[] = []
  const body = text.slice(1, -1)
  for (let index = 0; index < body.length; index++) {
    const character = body[index]!
    if (character !== '\\') {
      bytes.push(...Buffer.from(character, 'utf8'))
      continue
    }
    const octal = /^[0-7]{3}/.exec(body.slice(index + 1))
    if (octal) {
      bytes.push(Number.parseInt(octal[0], 8))
      index += 3
    } else {
      bytes.push(escapes[body[index + 1]!] ?? body.charCodeAt(index + 1))
      index += 1
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

/** The lines each file gained, from `git diff --unified=0` output (paths as git prints them, `b/`-prefixed). */
export function parseAddedLines(diff: string): Map<string, Set<number>> {
  const files = new Map<string, Set<number>>()
  let current: Set<number> | undefined
  // Lines still to come in the current hunk: counted, so an added line that reads "++ x" is not taken for a header.
  let hunkLinesLeft = 0
  for (const line of diff.split('\n')) {
    if (hunkLinesLeft > 0 && /^[-+ ]/.test(line)) {
      hunkLinesLeft--
      continue
    }
    if (line.startsWith('+++ ')) {
      // git ends a name that contains a space with a tab, for patch tools.
      const target = unquoteGitPath(line.slice(4).replace(/\t$/, ''))
      current = target === '/dev/null' ? undefined : new Set()
      if (current) files.set(target.replace(/^b\//, ''), current)
      continue
    }
    const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line)
    if (!hunk) continue
    const removed = hunk[1] === undefined ? 1 : Number(hunk[1])
    const start = Number(hunk[2])
    const added = hunk[3] === undefined ? 1 : Number(hunk[3])
    hunkLinesLeft = removed + added
    for (let lineNumber = start; lineNumber < start + added; lineNumber++) current?.add(lineNumber)
  }
  return files
}

/** Every file changed since `ref` (absolute paths), with its changed lines. */
export async function changedLinesSince(ref: string, cwd: string): Promise<Map<string, ChangedLines>> {
  let root: string
  try {
    root = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim()
  } catch {
    throw new Error(`--changed-since needs a git repository, and ${cwd} is not in one`)
  }
  try {
    await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  } catch {
    throw new Error(`--changed-since: \`${ref}\` is not a commit, branch or tag in this repository (in CI, fetch it first)`)
  }
  // Without a common ancestor (a shallow clone, unrelated histories), compare with the ref itself.
  const base = await git(root, ['merge-base', ref, 'HEAD']).then((out) => out.trim(), () => ref)
  const diff = await git(root, [
    '-c', 'core.quotePath=false',
    'diff', '--unified=0', '--no-color', '--no-ext-diff', '--diff-filter=d', '--src-prefix=a/', '--dst-prefix=b/',
    base, '--'
  ])
  const changed = new Map<string, ChangedLines>()
  for (const [file, lines] of parseAddedLines(diff)) changed.set(path.join(root, file), lines)
  const untracked = await git(root, ['ls-files', '--others', '--exclude-standard', '-z'])
  for (const file of untracked.split('\0').filter(Boolean)) changed.set(path.join(root, file), 'all')
  return changed
}

/**
 * The changed files that lie in one of `inputs` (files or folders) and have
 * one of `extensions`: what changed-copy mode checks.
 */
export function changedFilesIn(
  changed: ReadonlyMap<string, ChangedLines>,
  inputs: readonly string[],
  extensions: readonly string[],
  cwd: string
): string[] {
  const roots = inputs.map((input) => {
    const resolved = path.resolve(cwd, input)
    if (!existsSync(resolved)) {
      throw new Error(`--changed-since takes files or folders to look in; \`${input}\` is neither`)
    }
    // git names files by their real path; a folder reached through a symlink must match them.
    const real = realpathSync(resolved)
    return statSync(real).isDirectory() ? {folder: real.endsWith(path.sep) ? real : real + path.sep} : {file: real}
  })
  return [...changed.keys()]
    .filter((file) => extensions.includes(path.extname(file).slice(1).toLowerCase()))
    .filter((file) => roots.some((root) => (root.folder ? file.startsWith(root.folder) : file === root.file)))
    .filter((file) => existsSync(file))
    .sort()
}

/** Whether a message touches a changed line; a message about the file itself (such as a read error) always does. */
export function touchesChangedLines(message: VFileMessage, lines: ChangedLines): boolean {
  if (lines === 'all' || !message.ruleId || isMessageLimitNotice(message)) return true
  const start = message.place && 'start' in message.place ? message.place.start : message.place
  const end = message.place && 'start' in message.place ? message.place.end : message.place
  const first = start?.line ?? 1
  // A span that ends at the very start of a line (a whole line with its break) does not touch that line.
  const last = end && end.line > first && end.column === 1 ? end.line - 1 : (end?.line ?? first)
  for (let line = first; line <= last; line++) if (lines.has(line)) return true
  return false
}

/** Keep only the messages that touch a changed line (and those about the file itself). */
export function keepMessagesOnChangedLines(file: VFile, lines: ChangedLines): void {
  file.messages = file.messages.filter((message) => touchesChangedLines(message, lines))
}
