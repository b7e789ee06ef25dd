/**
 * Edits that turn a rule off with newslint's comments
 * (`<!-- newslint-disable RULE -->` … `<!-- newslint-enable RULE -->`, see
 * src/message-control.ts), for the formats that have comments.
 *
 * Markers take effect from where they stand, so "this line" puts a disable
 * marker before the line and an enable marker at its end. Where the marker
 * goes before the line matters in Markdown: a line that starts with `<!--`
 * becomes an HTML block and, inside a paragraph, would split it. So when the
 * line continues a paragraph the marker is appended to the previous line;
 * only when the line starts a block does the marker get a line of its own.
 */
import type {TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Format} from '../formats.js'

export function formatHasComments(format: Format): boolean {
  return format === 'markdown' || format === 'html'
}

function marker(action: 'disable' | 'enable', ruleId: string): string {
  return `<!-- newslint-${action} ${ruleId} -->`
}

function lineEnding(document: TextDocument): string {
  return document.getText().includes('\r\n') ? '\r\n' : '\n'
}

function lineText(document: TextDocument, line: number): string {
  const text = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}})
  return text.replace(/\r?\n$|\r$/, '')
}

function endOf(document: TextDocument, line: number) {
  return {line, character: lineText(document, line).length}
}

/** A previous line a comment cannot be appended to without changing what it is. */
const closesOrUnderlines = /^\s{0,3}(?:`{3,}|~{3,}|[-=_*](?:\s*[-=_*]){2,}\s*$|[=-]+\s*$)|^\s*$/

function disableBefore(document: TextDocument, format: Format, line: number, ruleId: string): TextEdit {
  const text = lineText(document, line)
  if (format === 'markdown' && line > 0 && !closesOrUnderlines.test(lineText(document, line - 1))) {
    return {range: {start: endOf(document, line - 1), end: endOf(document, line - 1)}, newText: ` ${marker('disable', ruleId)}`}
  }
  if (format === 'markdown') {
    return {range: {start: {line, character: 0}, end: {line, character: 0}}, newText: `${marker('disable', ruleId)}${lineEnding(document)}`}
  }
  const indent = /^\s*/.exec(text)![0].length
  const start = {line, character: indent}
  return {range: {start, end: start}, newText: `${marker('disable', ruleId)} `}
}

export function disableForLineEdits(document: TextDocument, format: Format, line: number, ruleId: string): TextEdit[] {
  const end = endOf(document, line)
  return [disableBefore(document, format, line, ruleId), {range: {start: end, end}, newText: ` ${marker('enable', ruleId)}`}]
}

export function disableForFileEdits(document: TextDocument, ruleId: string): TextEdit[] {
  const start = {line: 0, character: 0}
  return [{range: {start, end: start}, newText: `${marker('disable', ruleId)}${lineEnding(document)}`}]
}
