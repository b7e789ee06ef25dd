/**
 * A worker thread of the CLI's pool (worker-pool.ts): checks one file at a
 * time exactly as engine.ts does in its own thread — a fresh processor per
 * file, the file's resolved settings — and sends back its messages.
 */
import {parentPort} from 'node:worker_threads'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {NewslintSettings} from './config.js'
import type {Format} from './formats.js'
import {toTransferred, type TransferredMessage} from './message-transfer.js'
import {newslintParse} from './parse.js'
import newslint from './preset.js'

export interface CheckRequest {
  path: string
  cwd: string
  /** The file as the engine read it. */
  value: string | Uint8Array
  /** A format set on the file (stdin), else chosen by `forcedFormat` or the extension. */
  format?: Format
  forcedFormat?: Format
  settings: NewslintSettings
}

export type CheckResponse = {messages: TransferredMessage[]} | {error: string}

async function check(request: CheckRequest): Promise<TransferredMessage[]> {
  const file = new VFile({path: request.path, cwd: request.cwd, value: request.value})
  if (request.format) file.data.format = request.format
  const processor = unified()
    .use(newslintParse, request.forcedFormat ? {format: request.forcedFormat} : {})
    .use(newslint, request.settings)
  await processor.run(processor.parse(file), file)
  return file.messages.map(toTransferred)
}

parentPort?.on('message', async (request: CheckRequest) => {
  let response: CheckResponse
  try {
    response = {messages: await check(request)}
  } catch (error) {
    response = {error: (error as Error).stack ?? String(error)}
  }
  parentPort!.postMessage(response)
})
