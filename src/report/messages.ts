/**
 * newslint's public message shape — the `--format json` contract, the
 * library's return value and what the language server maps to diagnostics.
 * Lines and columns are 1-based; columns count UTF-16 code units.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export type MessageSeverity = 'error' | 'warning' | 'info'

export interface NewslintMessage {
  ruleId: string | null
  source: string
  reason: string
  severity: MessageSeverity
  line: number
  column: number
  endLine: number
  endColumn: number
  url: string | null
  /** Replacements that fix the problem, best first; absent when there is no fix. */
  expected?: string[]
  /** The text the message is about, when known. */
  actual?: string
}

export interface FileReport {
  path: string
  messages: NewslintMessage[]
}

export function severityOf(message: VFileMessage): MessageSeverity {
  if (message.fatal === true) return 'error'
  if (message.fatal === false) return 'warning'
  return 'info'
}

export function toNewslintMessage(message: VFileMessage): NewslintMessage {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place ? place.end : place
  const result: NewslintMessage = {
    ruleId: message.ruleId ?? null,
    // A message with no source is about the file itself (unreadable, misconfigured): newslint's own report all the same.
    source: message.source ?? 'newslint',
    reason: message.reason,
    severity: severityOf(message),
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    url: message.url ?? null
  }
  if (message.expected) result.expected = [...message.expected]
  if (typeof message.actual === 'string') result.actual = message.actual
  return result
}

function compare(a: NewslintMessage, b: NewslintMessage): number {
  return a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId))
}

export function fileReport(file: VFile): FileReport {
  return {path: file.path || '<stdin>', messages: file.messages.map(toNewslintMessage).sort(compare)}
}
