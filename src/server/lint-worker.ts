/**
 * The worker thread that checks documents, so that a long document or a slow
 * rule never holds up the server's conversation with the editor: edits,
 * code actions and shutdown are answered while a check runs.
 */
import {parentPort} from 'node:worker_threads'
import type {DocumentFile} from './document-files.js'
import {lintDocument} from './lint-document.js'

export interface LintRequest {
  id: number
  file: DocumentFile
  text: string
}

export type LintResponse = {id: number} & ({messages: Awaited<ReturnType<typeof lintDocument>>} | {error: string})

parentPort?.on('message', async ({id, file, text}: LintRequest) => {
  let response: LintResponse
  try {
    response = {id, messages: await lintDocument(file, text)}
  } catch (error) {
    response = {id, error: (error as Error).stack ?? String(error)}
  }
  parentPort!.postMessage(response)
})
