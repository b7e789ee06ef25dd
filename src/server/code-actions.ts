/**
 * Quick fixes for newslint diagnostics: apply a replacement the rule
 * proposed (joined words, repeated words), or for a misspelling the
 * suggestions computed now, only for the word asked about; add the word to
 * the personal dictionary (a command: the server writes the file itself, see
 * personal-dictionary.ts); turn the rule off for the line or the file in
 * formats with comments.
 */
import {type CodeAction, CodeActionKind, type Diagnostic} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {isKnownWord, type WordSet} from '../lexicon/known-word.js'
import {apostropheOf, ownApostrophe, suggestSpellings, withApostrophe} from '../lexicon/suggest.js'
import {wordSets} from '../rules/spelling.js'
import {diagnosticData, diagnosticSource} from './diagnostics.js'
import {disableForFileEdits, disableForLineEdits, formatHasComments} from './disable-comments.js'
import type {DocumentFile} from './document-files.js'
import {loadFileConfiguration} from './file-configuration.js'

export const addToDictionaryCommand = 'newslint.addToDictionary'

const spellingRule = 'spelling'

/** The word lists the spelling rule knows words by, for this document's configuration. */
async function spellingWordSets(file: DocumentFile): Promise<WordSet[]> {
  const {settings} = await loadFileConfiguration(file)
  return wordSets(settings)
}

function quickFix(title: string, diagnostic: Diagnostic, fields: Partial<CodeAction>): CodeAction {
  return {title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], ...fields}
}

export async function codeActionsFor(
  document: TextDocument,
  file: DocumentFile,
  diagnostics: readonly Diagnostic[]
): Promise<CodeAction[]> {
  const actions: CodeAction[] = []
  let knownWords: Promise<WordSet[]> | undefined
  for (const diagnostic of diagnostics) {
    const ruleId = diagnostic.code
    if (diagnostic.source !== diagnosticSource || typeof ruleId !== 'string' || !diagnostic.range) continue
    const {range} = diagnostic
    const flagged = document.getText(range)
    const data = diagnosticData(diagnostic)
    // Diagnostics from before the latest edit may no longer point at the word they were about.
    if (data.actual !== undefined && data.actual !== flagged) continue

    let fixes = data.expected
    if (!fixes && ruleId === spellingRule) {
      knownWords ??= spellingWordSets(file)
      // A configuration or dictionary that cannot be read is reported by the check itself; no suggestions then.
      const sets = await knownWords.catch(() => undefined)
      const apostrophe = ownApostrophe(flagged) ?? apostropheOf(document.getText())
      fixes = sets ? withApostrophe(suggestSpellings(flagged, (candidate) => isKnownWord(candidate, sets)), apostrophe) : []
    }
    for (const [index, fix] of (fixes ?? []).entries()) {
      const title = fix === '' ? `Delete “${flagged}”` : `Replace “${flagged}” with “${fix}”`
      const edit = {changes: {[document.uri]: [{range, newText: fix}]}}
      actions.push(quickFix(title, diagnostic, {edit, isPreferred: index === 0}))
    }

    if (ruleId === spellingRule && flagged.trim()) {
      const title = `Add “${flagged}” to the dictionary`
      actions.push(quickFix(title, diagnostic, {command: {title, command: addToDictionaryCommand, arguments: [document.uri, flagged]}}))
    }

    if (formatHasComments(file.format)) {
      const line = range.start.line
      actions.push(
        quickFix(`Disable “${ruleId}” for this line`, diagnostic, {
          edit: {changes: {[document.uri]: disableForLineEdits(document, file.format, line, ruleId)}}
        }),
        quickFix(`Disable “${ruleId}” for this file`, diagnostic, {
          edit: {changes: {[document.uri]: disableForFileEdits(document, ruleId)}}
        })
      )
    }
  }
  const seen = new Set<string>()
  return actions.filter((action) => !seen.has(action.title) && Boolean(seen.add(action.title)))
}
