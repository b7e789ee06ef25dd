/**
 * The worker thread that checks documents, so that a long document or a slow
 * rule never holds up the server's conversation with the editor: edits,
 * code actions and shutdown are answered while a check runs.
 */
import {parentPort} from 'node:worker_threads'
import type {NewslintMessage} from '../report/messages.js'
import type {DocumentFile} from './document-files.js'
import {lintDocument} from './lint-document.js'

export interface LintRequest {
  file: DocumentFile
  text: string
}

export type LintResponse = {messages: NewslintMessage[]} | {error: string}

parentPort?.on('message', async ({file, text}: LintRequest) => {
  let response: LintResponse
  try {
    response = {messages: await lintDocument(file, text)}
  } catch (error) {
    response = {error: (error as Error).stack ?? String(error)}
  }
  parentPort!.postMessage(response)
})
