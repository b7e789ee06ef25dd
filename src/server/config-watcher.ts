/**
 * Notice when a configuration or ignore file that may apply to an open
 * document appears, changes or goes away, so open documents are checked
 * again without waiting for a keystroke. The engine looks for them in the
 * document's folder and every folder above it, so those folders are watched
 * (not recursively: a handful of watches). Watching in the server rather
 * than asking the client to means it works the same in every editor,
 * including those that do not offer `workspace/didChangeWatchedFiles`
 * (Neovim on Linux, by default).
 */
import {type FSWatcher, watch} from 'node:fs'
import path from 'node:path'
import {configFileName, ignoreFileName} from '../engine.js'

const configExtensions = ['', '.json', '.cjs', '.mjs', '.js', '.yaml', '.yml']
const watchedNames = new Set([...configExtensions.map((extension) => configFileName + extension), 'package.json', ignoreFileName])

export class ConfigWatcher {
  readonly #watchers = new Map<string, FSWatcher | undefined>()
  readonly #onChange: (file: string) => void

  constructor(onChange: (file: string) => void) {
    this.#onChange = onChange
  }

  /** Watch the folders whose configuration applies to `file`. */
  watchFor(file: string): void {
    let folder = path.dirname(file)
    for (;;) {
      if (!this.#watchers.has(folder)) this.#watchers.set(folder, this.#watch(folder))
      const parent = path.dirname(folder)
      if (parent === folder) break
      folder = parent
    }
  }

  #watch(folder: string): FSWatcher | undefined {
    try {
      const watcher = watch(folder, {persistent: false}, (_event, name) => {
        if (name && watchedNames.has(String(name))) this.#onChange(path.join(folder, String(name)))
      })
      // A folder that vanishes, or a system out of watches, only costs the automatic reload.
      watcher.on('error', () => watcher.close())
      return watcher
    } catch {
      return undefined
    }
  }

  dispose(): void {
    for (const watcher of this.#watchers.values()) watcher?.close()
    this.#watchers.clear()
  }
}
