/**
 * Checks documents in one worker thread (lint-worker.ts), one at a time in
 * the order asked, through the CLI's worker pool. A worker that fails is
 * replaced on the next check.
 */
import type {NewslintMessage} from '../report/messages.js'
import {WorkerPool} from '../worker-pool.js'
import type {DocumentFile} from './document-files.js'
import type {LintRequest, LintResponse} from './lint-worker.js'

function workerEntry(): URL {
  const extension = import.meta.url.slice(import.meta.url.lastIndexOf('.'))
  const entry = new URL(`./lint-worker${extension}`, import.meta.url)
  if (extension !== '.ts') return entry
  // Run from source (tests, `tsx src/server.ts`): Node 20 does not carry tsx's loader into workers, so register it there first.
  const bootstrap = `const tsx = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}); tsx.register(); await import(${JSON.stringify(entry.href)})`
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`)
}

export class BackgroundLinter {
  readonly #pool = new WorkerPool<LintRequest, LintResponse>(workerEntry(), 1)

  async lint(file: DocumentFile, text: string): Promise<NewslintMessage[]> {
    const response = await this.#pool.run({file, text})
    if ('error' in response) throw new Error(response.error)
    return response.messages
  }

  dispose(): Promise<void> {
    return this.#pool.close()
  }
}
