/**
 * newslint messages as LSP diagnostics. Messages are 1-based with UTF-16
 * columns; LSP positions are 0-based and, by default, UTF-16 too, so the
 * conversion is a shift. What a code action needs later (the fixes, the
 * flagged text) rides along in `data`, which clients hand back unchanged.
 */
import {type Diagnostic, DiagnosticSeverity} from 'vscode-languageserver'
import type {MessageSeverity, NewslintMessage} from '../report/messages.js'

export const diagnosticSource = 'newslint'

export interface DiagnosticData {
  /** Replacements for the flagged text, best first. */
  expected?: string[]
  /** The flagged text, when the rule knows it. */
  actual?: string
}

const severities: Record<MessageSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information
}

/**
 * Messages count columns after a byte order mark, as editors show them; a
 * client that keeps the mark in the document's text counts it on line 1.
 */
function position(line: number, column: number, textHasBom: boolean) {
  const shift = textHasBom && line === 1 ? 1 : 0
  return {line: Math.max(line - 1, 0), character: Math.max(column - 1, 0) + shift}
}

export function toDiagnostic(message: NewslintMessage, textHasBom = false): Diagnostic {
  const diagnostic: Diagnostic = {
    range: {
      start: position(message.line, message.column, textHasBom),
      end: position(message.endLine, message.endColumn, textHasBom)
    },
    severity: severities[message.severity],
    source: message.source ?? diagnosticSource,
    message: message.reason
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  const data: DiagnosticData = {}
  if (message.expected) data.expected = message.expected
  if (message.actual !== undefined) data.actual = message.actual
  if (data.expected || data.actual !== undefined) diagnostic.data = data
  return diagnostic
}

/** The data of one of our diagnostics as a client returned it, checked (clients and malformed requests vary). */
export function diagnosticData(diagnostic: Diagnostic): DiagnosticData {
  const data = diagnostic.data as Record<string, unknown> | null | undefined
  if (typeof data !== 'object' || data === null) return {}
  const result: DiagnosticData = {}
  if (Array.isArray(data.expected) && data.expected.every((item) => typeof item === 'string')) {
    result.expected = data.expected
  }
  if (typeof data.actual === 'string') result.actual = data.actual
  return result
}
