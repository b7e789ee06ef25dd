/**
 * The server's side of the lint worker (lint-worker.ts): hands it documents
 * to check and matches its answers to the requests. A worker that dies fails
 * the checks it had and is replaced on the next one.
 */
import {Worker} from 'node:worker_threads'
import type {NewslintMessage} from '../report/messages.js'
import type {DocumentFile} from './document-files.js'
import type {LintRequest, LintResponse} from './lint-worker.js'

interface Pending {
  worker: Worker
  resolve: (messages: NewslintMessage[]) => void
  reject: (error: Error) => void
}

function startWorker(): Worker {
  const extension = import.meta.url.slice(import.meta.url.lastIndexOf('.'))
  const entry = new URL(`./lint-worker${extension}`, import.meta.url)
  if (extension !== '.ts') return new Worker(entry)
  // Run from source (tests, `tsx src/server.ts`): Node 20 does not carry tsx's loader into workers, so register it there first.
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'))
  return new Worker(`import(${api}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}) })`, {
    eval: true
  })
}

export class BackgroundLinter {
  #worker: Worker | undefined
  readonly #pending = new Map<number, Pending>()
  #requests = 0

  lint(file: DocumentFile, text: string): Promise<NewslintMessage[]> {
    const id = ++this.#requests
    const worker = this.#ensureWorker()
    return new Promise((resolve, reject) => {
      this.#pending.set(id, {worker, resolve, reject})
      worker.postMessage({id, file, text} satisfies LintRequest)
    })
  }

  async dispose(): Promise<void> {
    const worker = this.#worker
    this.#worker = undefined
    await worker?.terminate()
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker
    const worker = startWorker()
    worker.on('message', (response: LintResponse) => {
      const pending = this.#pending.get(response.id)
      this.#pending.delete(response.id)
      if ('messages' in response) pending?.resolve(response.messages)
      else pending?.reject(new Error(response.error))
    })
    const fail = (error: Error) => {
      if (this.#worker === worker) this.#worker = undefined
      for (const [id, pending] of this.#pending) {
        if (pending.worker !== worker) continue
        this.#pending.delete(id)
        pending.reject(error)
      }
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`The lint worker stopped (exit code ${code})`)))
    this.#worker = worker
    return worker
  }
}
