/**
 * Notice when a file that decides how an open document is checked appears,
 * changes or goes away, so open documents are checked again without waiting
 * for a keystroke: configuration and ignore files in the document's folder
 * and every folder above it (where the engine looks for them), and the
 * personal dictionaries the configuration names. Folders are watched, not
 * recursively, and only the names of interest count. Watching in the server
 * rather than asking the client to means it works the same in every editor,
 * including those that do not offer `workspace/didChangeWatchedFiles`
 * (Neovim on Linux, by default).
 */
import {type FSWatcher, watch} from 'node:fs'
import path from 'node:path'
import {configFileName, ignoreFileName} from '../engine.js'

const configExtensions = ['', '.json', '.cjs', '.mjs', '.js', '.yaml', '.yml']
const configNames = [...configExtensions.map((extension) => configFileName + extension), 'package.json', ignoreFileName]

export class ConfigWatcher {
  /** Per watched folder, the file names in it that matter. */
  readonly #names = new Map<string, Set<string>>()
  readonly #watchers: FSWatcher[] = []
  readonly #onChange: (file: string) => void

  constructor(onChange: (file: string) => void) {
    this.#onChange = onChange
  }

  /** Watch the configuration and ignore files that may apply to `file`. */
  watchConfigurationOf(file: string): void {
    let folder = path.dirname(file)
    for (;;) {
      for (const name of configNames) this.watchFile(path.join(folder, name))
      const parent = path.dirname(folder)
      if (parent === folder) break
      folder = parent
    }
  }

  watchFile(file: string): void {
    const folder = path.dirname(file)
    let names = this.#names.get(folder)
    if (!names) {
      names = new Set()
      this.#names.set(folder, names)
      this.#watch(folder, names)
    }
    names.add(path.basename(file))
  }

  #watch(folder: string, names: ReadonlySet<string>): void {
    try {
      const watcher = watch(folder, {persistent: false}, (_event, name) => {
        if (name && names.has(String(name))) this.#onChange(path.join(folder, String(name)))
      })
      // A folder that vanishes, or a system out of watches, only costs the automatic reload.
      watcher.on('error', () => watcher.close())
      this.#watchers.push(watcher)
    } catch {
      // A folder that does not exist (yet): nothing in it can apply.
    }
  }

  dispose(): void {
    for (const watcher of this.#watchers) watcher.close()
    this.#watchers.length = 0
    this.#names.clear()
  }
}
