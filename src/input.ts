/**
 * Guard the pipeline against input that is not prose: binary files, invalid
 * UTF-8, files too large to be copy. Each becomes one fatal message on the
 * file instead of a crash or a report with wrong positions.
 *
 * unified-engine reads files as UTF-8 strings, which turns bad bytes into
 * U+FFFD silently; only when such a character (or a NUL) shows up do we go
 * back to the bytes to tell a real replacement character from broken input.
 */
import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {createLocator} from './text/location.js'

/** Larger than any article or book chapter; past it a file is almost surely not copy. */
export const maxInputCharacters = 16 * 1024 * 1024

const byteOrderMark = '\uFEFF'

function decodeStrictly(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes)
  } catch {
    return undefined
  }
}

function placeOf(text: string, index: number): string {
  const {line, column} = createLocator(text).toPoint(index)
  return `line ${line}, column ${column}`
}

declare module 'vfile' {
  interface DataMap {
    /** The text was handed over in memory (an editor's buffer, a CMS's string): the file on disk, if any, is not it. */
    textInMemory: boolean
    /** Set by unified-engine on the file it reads from standard input. */
    unifiedEngineStreamIn: boolean
  }
}

/** The file's bytes as read, when there were any: for text in memory there were none to go back to. */
function bytesOf(file: VFile): Uint8Array | undefined {
  if (file.value instanceof Uint8Array) return file.value
  if (file.data.textInMemory || file.data.unifiedEngineStreamIn) return undefined
  try {
    return file.path ? readFileSync(path.resolve(file.cwd, file.path)) : undefined
  } catch {
    return undefined
  }
}

/**
 * Return the file's text without a leading BOM, or fail the file with a
 * clear reason. Columns are then those an editor shows, which hides the BOM.
 */
export function checkInput(file: VFile): string {
  const text = typeof file.value === 'string' ? file.value : new TextDecoder('utf-8', {ignoreBOM: true}).decode(file.value)
  if (text.length > maxInputCharacters) {
    file.fail(`File is too large to check (${text.length} characters; the limit is ${maxInputCharacters})`)
  }
  if (text.includes('\0')) {
    const bytes = bytesOf(file)
    // A UTF-16 byte order mark: text, in an encoding newslint does not read (Windows editors still save it).
    const utf16 = bytes && bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    file.fail(utf16 ? 'File is UTF-16 text: not checked; save it as UTF-8' : 'File looks binary (it contains NUL bytes), not text: not checked')
  }
  const replacement = text.indexOf('\uFFFD')
  if (replacement !== -1) {
    const bytes = bytesOf(file)
    // Without bytes (text handed over in memory) a U+FFFD may be meant; with them we can tell.
    if (bytes && decodeStrictly(bytes) === undefined) {
      // Columns are counted as editors show them, without a BOM.
      const bom = text.startsWith(byteOrderMark) ? 1 : 0
      file.fail(`File is not valid UTF-8 (first bad byte at ${placeOf(text.slice(bom), replacement - bom)}): not checked; save it as UTF-8`)
    }
  }
  return text.startsWith(byteOrderMark) ? text.slice(1) : text
}

/** A UTF-8 file of more bytes than this holds more characters than newslint checks (a character is at most 3 bytes per UTF-16 unit). */
const maxInputBytes = 3 * maxInputCharacters

/**
 * Why a path named on the command line cannot be checked, found without
 * reading it: a device or a pipe would block or never end (`/dev/zero`), and
 * a file far past the size limit would be read whole only to be refused.
 * Undefined for a regular file of a possible size, a folder, or a path that
 * does not exist (the engine reports those).
 */
export function unreadablePathReason(file: string): string | undefined {
  let stats
  try {
    stats = statSync(file)
  } catch {
    return undefined
  }
  if (stats.isDirectory()) return undefined
  if (!stats.isFile()) return 'Not a regular file (a device, pipe or socket): not checked'
  if (stats.size > maxInputBytes) {
    return `File is too large to check (${stats.size} bytes; the limit is ${maxInputCharacters} characters)`
  }
  return undefined
}
