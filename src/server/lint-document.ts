/**
 * Check one open document exactly as the CLI checks the file at its path:
 * same engine, configuration discovery, ignore file and preset. Two things
 * differ, both for an editor: spelling suggestions are left for the code
 * action that shows them (they are the costly part on every keystroke), and
 * a file `.newslintignore` excludes yields no messages rather than an error.
 *
 * The engine builds a fresh configuration on every run, so an edited
 * `.retextrc.json` applies from the next check on.
 */
import {VFile} from 'vfile'
import {lintFiles} from '../engine.js'
import {fileReport, type NewslintMessage} from '../report/messages.js'
import type {DocumentFile} from './document-files.js'

export async function lintDocument(file: DocumentFile, text: string): Promise<NewslintMessage[]> {
  const [checked] = await lintFiles({
    files: [new VFile({path: file.path, value: text, data: {textInMemory: true}})],
    cwd: file.cwd,
    format: file.format,
    spelling: {suggestions: false},
    silentlyIgnore: true
  })
  return checked ? fileReport(checked).messages : []
}
