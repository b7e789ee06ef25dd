/**
 * Which file an editor document stands for, and which format to read it as.
 *
 * The engine finds configuration and ignore files from a file's path, so
 * every document needs one. A saved document has its own; an untitled one
 * (`untitled:Untitled-1`) or one from another scheme gets a stand-in path in
 * the workspace folder, or the server's working folder when the editor sent
 * none, so it is checked with the configuration the user would expect.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {WorkspaceFolder} from 'vscode-languageserver'
import {type Format, formatForPath} from '../formats.js'

export interface DocumentFile {
  /** Absolute path the engine checks the text under. */
  path: string
  /** Folder the engine resolves relative paths against: the workspace folder holding the file, else its own. */
  cwd: string
  format: Format
}

/** LSP language ids (VS Code's, and the file types Neovim, Helix and Emacs send) for our formats. */
const formatByLanguageId: Record<string, Format> = {
  plaintext: 'text',
  text: 'text',
  markdown: 'markdown',
  html: 'html'
}

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

/** The last segment of a non-file URI (`untitled:Untitled-1` → `Untitled-1`), safe as a file name. */
function standInName(uri: string): string {
  let name = ''
  try {
    name = decodeURIComponent(new URL(uri).pathname)
  } catch {
    name = uri
  }
  const base = name.split(/[\\/]/).filter(Boolean).pop() ?? ''
  return base.replace(/[^\w.-]+/g, '-') || 'untitled'
}

/** The editor's workspace folders, as absolute paths, longest first so the closest one wins. */
export class WorkspaceFolders {
  #folders: string[] = []

  set(folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null): void {
    const uris = folders?.length ? folders.map((folder) => folder.uri) : rootUri ? [rootUri] : []
    this.#folders = []
    for (const uri of uris) this.add(uri)
  }

  add(uri: string): void {
    const folder = filePathOf(uri)
    if (folder && !this.#folders.includes(folder)) {
      this.#folders.push(folder)
      this.#folders.sort((a, b) => b.length - a.length)
    }
  }

  remove(uri: string): void {
    const folder = filePathOf(uri)
    this.#folders = this.#folders.filter((known) => known !== folder)
  }

  /** The folder holding `file`, if any. */
  containing(file: string): string | undefined {
    return this.#folders.find((folder) => file === folder || file.startsWith(folder + path.sep))
  }

  /** Where documents that are not on disk are placed: the outermost folder, else the working folder. */
  get fallback(): string {
    return this.#folders.at(-1) ?? process.cwd()
  }
}

export function documentFile(uri: string, languageId: string, folders: WorkspaceFolders): DocumentFile {
  const filePath = filePathOf(uri) ?? path.join(folders.fallback, standInName(uri))
  return {
    path: filePath,
    cwd: folders.containing(filePath) ?? path.dirname(filePath),
    format: formatByLanguageId[languageId] ?? formatForPath(filePath)
  }
}
