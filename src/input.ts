/**
 * Guard the pipeline against input that is not prose: binary files, invalid
 * UTF-8, files too large to be an article. Each becomes one fatal message on
 * the file instead of a crash or a report with wrong positions.
 */
import type {VFile} from 'vfile'

/** Larger than any article or book chapter; past it a file is almost surely not copy. */
export const maxInputBytes = 16 * 1024 * 1024

const byteOrderMark = '\uFEFF'
const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  return sample.includes(0)
}

function firstInvalidPlace(bytes: Uint8Array): string {
  const lenient = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)
  const index = lenient.indexOf('\uFFFD')
  const before = lenient.slice(0, Math.max(index, 0))
  const line = before.split(/\r\n|\r|\n/).length
  const column = before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
  return `${line}:${column}`
}

/**
 * Return the file's text without a leading BOM, or fail the file with a
 * clear reason. Columns are then those an editor shows, which hides the BOM.
 */
export function checkInput(file: VFile): string {
  let text: string
  if (typeof file.value === 'string') {
    text = file.value
  } else {
    const bytes = file.value as Uint8Array
    if (bytes.byteLength > maxInputBytes) {
      file.fail(`File is too large to check (${bytes.byteLength} bytes; the limit is ${maxInputBytes})`)
    }
    if (looksBinary(bytes)) {
      file.fail('File looks binary (it contains NUL bytes), not text: not checked')
    }
    try {
      text = decoder.decode(bytes)
    } catch {
      file.fail(`File is not valid UTF-8 (first bad byte near ${firstInvalidPlace(bytes)}): not checked; save it as UTF-8`)
    }
  }
  if (text.length > maxInputBytes) {
    file.fail(`Text is too large to check (${text.length} characters; the limit is ${maxInputBytes})`)
  }
  return text.startsWith(byteOrderMark) ? text.slice(1) : text
}
