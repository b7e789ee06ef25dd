/**
 * Where a message sits in its file's text, as string offsets. Message
 * positions are counted without a leading BOM (as editors show them), so the
 * BOM is set aside here and given back to whoever rewrites the file.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {createLocator, type Locator} from './text/location.js'

const byteOrderMark = '\uFEFF'

export interface SourceText {
  /** The text as read, BOM included. */
  raw: string
  /** Length of the leading BOM (0 or 1): add it to a span's offsets to index `raw`. */
  bomLength: number
  /** The text positions refer to. */
  text: string
  locator: Locator
}

export function sourceTextOf(file: VFile): SourceText | undefined {
  if (typeof file.value !== 'string') return undefined
  const bomLength = file.value.startsWith(byteOrderMark) ? 1 : 0
  const text = file.value.slice(bomLength)
  return {raw: file.value, bomLength, text, locator: createLocator(text)}
}

/** Start and end offsets in `source.text`, or undefined for a message without a span. */
export function spanOf(message: VFileMessage, source: SourceText): {start: number; end: number} | undefined {
  const place = message.place
  if (!place || !('start' in place) || !place.end) return undefined
  const start = source.locator.toOffset(place.start)
  const end = source.locator.toOffset(place.end)
  return end >= start ? {start, end} : undefined
}
