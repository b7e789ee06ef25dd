/**
 * A small pool of worker threads that run one task at a time each, in the
 * order tasks arrive. Each worker's heap is capped so that several of them
 * stay within newslint's memory budget (docs/performance.md).
 */
import {Worker} from 'node:worker_threads'

/**
 * A cap on each worker's heap, so that V8 collects before growing it far.
 * Tighter caps cost more than they saved: with two workers on 200 articles,
 * capping the young generation too (48 MB old, 8 MB young) cut peak memory
 * from ~240 MB to ~185 MB but added a third to the run time.
 */
const resourceLimits = {maxOldGenerationSizeMb: 96}

interface Task<Request, Response> {
  request: Request
  resolve: (response: Response) => void
  reject: (error: Error) => void
}

export class WorkerPool<Request, Response> {
  readonly #entry: URL
  readonly #size: number
  readonly #idle: Worker[] = []
  readonly #busy = new Map<Worker, Task<Request, Response>>()
  readonly #queue: Task<Request, Response>[] = []

  constructor(entry: URL, size: number) {
    this.#entry = entry
    this.#size = size
  }

  run(request: Request): Promise<Response> {
    return new Promise((resolve, reject) => {
      this.#queue.push({request, resolve, reject})
      this.#next()
    })
  }

  async close(): Promise<void> {
    const workers = [...this.#idle, ...this.#busy.keys()]
    this.#idle.length = 0
    await Promise.all(workers.map((worker) => worker.terminate()))
  }

  #next(): void {
    if (this.#queue.length === 0) return
    const worker = this.#idle.pop() ?? (this.#busy.size < this.#size ? this.#start() : undefined)
    if (!worker) return
    const task = this.#queue.shift()!
    this.#busy.set(worker, task)
    worker.postMessage(task.request)
  }

  #start(): Worker {
    const worker = new Worker(this.#entry, {resourceLimits})
    worker.on('message', (response: Response) => {
      const task = this.#busy.get(worker)!
      this.#busy.delete(worker)
      this.#idle.push(worker)
      task.resolve(response)
      this.#next()
    })
    worker.on('error', (error) => {
      const task = this.#busy.get(worker)
      this.#busy.delete(worker)
      task?.reject(error)
      this.#next()
    })
    return worker
  }
}
