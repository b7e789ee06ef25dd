/**
 * unified-engine reports a file it could not read or configure as a fatal
 * message wrapped in causes with stack traces. Editors and CI logs need one
 * line: what went wrong, in which file, and where in a malformed JSON config.
 */
import {readFileSync} from 'node:fs'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {createLocator} from './text/location.js'

const wrappers = new Set(['Cannot process file'])

function causesOf(message: VFileMessage): string[] {
  const lines: string[] = []
  let cause: unknown = message.cause
  while (cause instanceof Error) {
    // YAML's first line ends with a colon that introduces a code frame, which a one-line report leaves out.
    lines.push(cause.message.split('\n')[0]!.replace(/:$/, ''))
    cause = cause.cause
  }
  return lines
}

/** Turn "at position 30 … in /path/.retextrc.json" into a line and column. */
function placeJsonError(text: string): string {
  const match = / at position (\d+)(?: while parsing .*?)? in (\S+)\s*$/.exec(text)
  if (!match) return text
  let source: string
  try {
    source = readFileSync(match[2]!, 'utf8')
  } catch {
    return text
  }
  const {line, column} = createLocator(source).toPoint(Number(match[1]))
  return `${text.slice(0, match.index)} (${match[2]}:${line}:${column})`
}

export function clarifyEngineMessage(message: VFileMessage): void {
  if (message.ruleId || !message.cause) return
  const causes = message.reason === 'No such file or folder' ? [] : causesOf(message)
  const parts = [message.reason, ...causes].filter((part) => !wrappers.has(part))
  const reason = placeJsonError(parts.join(': '))
  // JSON.parse names the invisible character; say what it is and what to do (Windows Notepad writes one).
  message.reason = reason.includes("Unexpected token '\uFEFF'") ? `${reason} (the file starts with a byte order mark: save it as UTF-8 without one)` : reason
  message.message = message.reason
  message.cause = undefined
  message.stack = ''
}

export function clarifyEngineMessages(files: readonly VFile[]): void {
  for (const file of files) for (const message of file.messages) clarifyEngineMessage(message)
}
