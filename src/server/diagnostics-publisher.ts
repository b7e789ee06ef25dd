/**
 * When to check a document and whether the result may still be shown.
 *
 * Checks are debounced per document: each change restarts the document's
 * timer. A check's result is published only if, when it finishes, the
 * document is still open at the version that was checked and no later check
 * of it has started (a configuration change re-checks the same version).
 * Anything else is a superseded result and is dropped, so fast typing never
 * leaves stale squiggles behind newer ones.
 */
import type {Connection, Diagnostic} from 'vscode-languageserver'

export interface PublisherOptions {
  /** The document's current version, or undefined once it is closed. */
  versionOf(uri: string): number | undefined
  /** Check the document as it is now; resolves with its diagnostics and the version checked. */
  check(uri: string): Promise<{version: number; diagnostics: Diagnostic[]} | undefined>
}

export class DiagnosticsPublisher {
  readonly #connection: Connection
  readonly #options: PublisherOptions
  readonly #timers = new Map<string, NodeJS.Timeout>()
  /** The most recent check started per document; only its result may be published. */
  readonly #latest = new Map<string, number>()
  #checks = 0

  constructor(connection: Connection, options: PublisherOptions) {
    this.#connection = connection
    this.#options = options
  }

  /** Check `uri` after `delayMs` of quiet, replacing any check already waiting. */
  schedule(uri: string, delayMs: number): void {
    clearTimeout(this.#timers.get(uri))
    this.#timers.set(
      uri,
      setTimeout(() => {
        this.#timers.delete(uri)
        void this.#checkAndPublish(uri)
      }, delayMs)
    )
  }

  /** Forget `uri` (it was closed) and clear what the editor shows for it. */
  clear(uri: string): void {
    clearTimeout(this.#timers.get(uri))
    this.#timers.delete(uri)
    this.#latest.delete(uri)
    void this.#connection.sendDiagnostics({uri, diagnostics: []})
  }

  dispose(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer)
    this.#timers.clear()
  }

  async #checkAndPublish(uri: string): Promise<void> {
    const check = ++this.#checks
    this.#latest.set(uri, check)
    let result
    try {
      result = await this.#options.check(uri)
    } catch (error) {
      this.#connection.console.error(`newslint: checking ${uri} failed: ${(error as Error).stack ?? error}`)
      return
    }
    const superseded = this.#latest.get(uri) !== check || this.#options.versionOf(uri) !== result?.version
    if (!result || superseded) return
    void this.#connection.sendDiagnostics({uri, version: result.version, diagnostics: result.diagnostics})
  }
}
