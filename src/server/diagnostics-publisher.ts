/**
 * When to check a document and whether the result may still be shown.
 *
 * Checks are debounced per document: each change restarts the document's
 * timer. A document is checked by one check at a time; a change that comes
 * during a check asks for another once it ends, with the text as it is then,
 * so stale versions never queue up behind a slow check. A result is
 * published only if, when it arrives, the document is still open at the
 * version that was checked and nothing has asked for a newer check (such as
 * a configuration change, which re-checks the same version). Anything else
 * is superseded and dropped, so fast typing never leaves stale squiggles.
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
  readonly #running = new Set<string>()
  /** Documents that changed (or whose configuration did) while being checked. */
  readonly #stale = new Set<string>()
  /** Bumped on close, so a check of a document closed and reopened meanwhile is not taken for the new one. */
  readonly #openings = new Map<string, number>()

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
    this.#stale.delete(uri)
    this.#openings.set(uri, (this.#openings.get(uri) ?? 0) + 1)
    void this.#connection.sendDiagnostics({uri, diagnostics: []})
  }

  dispose(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer)
    this.#timers.clear()
  }

  async #checkAndPublish(uri: string): Promise<void> {
    if (this.#running.has(uri)) {
      this.#stale.add(uri)
      return
    }
    this.#running.add(uri)
    const opening = this.#openings.get(uri)
    try {
      const result = await this.#options.check(uri)
      const superseded =
        this.#stale.has(uri) || this.#openings.get(uri) !== opening || this.#options.versionOf(uri) !== result?.version
      if (result && !superseded) {
        void this.#connection.sendDiagnostics({uri, version: result.version, diagnostics: result.diagnostics})
      }
    } catch (error) {
      this.#connection.console.error(`newslint: checking ${uri} failed: ${(error as Error).stack ?? error}`)
    } finally {
      this.#running.delete(uri)
      if (this.#stale.delete(uri)) void this.#checkAndPublish(uri)
    }
  }
}
