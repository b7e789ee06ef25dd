/**
 * A read-only word list kept as the bytes of its data file (one word a line,
 * optionally followed by a space and a count, as in a frequency list) with a
 * hash index over the lines. `new Set(lines)` of 130,000 words costs ~50 ms
 * at every start and leaves 130,000 strings for the garbage collector to
 * trace on every collection after; this makes no string per word, and the
 * build saves the index beside the text (`writeWordTable`), so a process
 * only reads one file. Look-ups cost about what a Set's do.
 *
 * Saved form: four 32-bit header words (magic, format version, slot count,
 * text length), the slots, then the text.
 */
import {existsSync, readFileSync, statSync, writeFileSync} from 'node:fs'

const newline = 0x0a
const carriageReturn = 0x0d
const space = 0x20
const encoder = new TextEncoder()
const magic = 0x54574c4e // "NLWT"
const formatVersion = 1
const headerWords = 4

// 32-bit FNV-1a over UTF-8 bytes.
const fnvOffset = 0x811c9dc5
const fnvPrime = 0x01000193

function hashBytes(bytes: Uint8Array): number {
  let hash = fnvOffset
  for (let index = 0; index < bytes.length; index++) hash = Math.imul(hash ^ bytes[index]!, fnvPrime)
  return hash >>> 0
}

export class WordTable implements Iterable<string> {
  private readonly text: Uint8Array
  /** Open addressing: 1 + the offset of a word's line, or 0 for an empty slot. */
  private readonly slots: Int32Array
  private readonly mask: number

  private constructor(text: Uint8Array, slots: Int32Array) {
    this.text = text
    this.slots = slots
    this.mask = slots.length - 1
  }

  /** Index `text`, the bytes of a word list. */
  static fromText(text: Uint8Array): WordTable {
    let lines = 1
    for (let index = text.indexOf(newline); index !== -1; index = text.indexOf(newline, index + 1)) lines++
    let capacity = 1024
    while (capacity < lines * 2) capacity *= 2
    const table = new WordTable(text, new Int32Array(capacity))
    // One pass, hashing each word as it is read.
    let hash = fnvOffset
    let lineStart = 0
    let keyEnd = -1
    for (let index = 0; index <= text.length; index++) {
      const byte = index < text.length ? text[index]! : newline
      if (byte === newline || byte === carriageReturn) {
        if (keyEnd === -1) keyEnd = index
        if (keyEnd > lineStart) table.insert(lineStart, keyEnd, hash >>> 0)
        hash = fnvOffset
        lineStart = index + 1
        keyEnd = -1
      } else if (keyEnd === -1) {
        if (byte === space) keyEnd = index
        else hash = Math.imul(hash ^ byte, fnvPrime)
      }
    }
    return table
  }

  /** Read a table saved by `serialise()`; undefined when `bytes` is not one. */
  static fromSaved(bytes: Uint8Array): WordTable | undefined {
    // Int32Array views need 4-byte alignment; a pooled Buffer may not have it.
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice()
    if (aligned.byteLength < headerWords * 4) return undefined
    const header = new Int32Array(aligned.buffer, aligned.byteOffset, headerWords)
    const [fileMagic, version, slotCount, textLength] = header as unknown as number[]
    if (fileMagic !== magic || version !== formatVersion) return undefined
    const slotsStart = aligned.byteOffset + headerWords * 4
    const textStart = slotsStart + slotCount! * 4
    if (textStart - aligned.byteOffset + textLength! !== aligned.byteLength) return undefined
    return new WordTable(new Uint8Array(aligned.buffer, textStart, textLength), new Int32Array(aligned.buffer, slotsStart, slotCount))
  }

  serialise(): Uint8Array {
    const header = Int32Array.of(magic, formatVersion, this.slots.length, this.text.length)
    const bytes = new Uint8Array((headerWords + this.slots.length) * 4 + this.text.length)
    bytes.set(new Uint8Array(header.buffer), 0)
    bytes.set(new Uint8Array(this.slots.buffer, this.slots.byteOffset, this.slots.byteLength), headerWords * 4)
    bytes.set(this.text, (headerWords + this.slots.length) * 4)
    return bytes
  }

  has(word: string): boolean {
    return this.lineOf(word) !== -1
  }

  /** The count after `word` on its line; 0 when the word is not listed or has none. */
  count(word: string): number {
    const start = this.lineOf(word)
    return start === -1 ? 0 : this.countAfter(this.keyEnd(start))
  }

  /** The count that follows the word ending at `keyEnd`, after a space; 0 when there is none. */
  private countAfter(keyEnd: number): number {
    const {text} = this
    if (text[keyEnd] !== space) return 0
    let count = 0
    for (let index = keyEnd + 1; index < text.length; index++) {
      const digit = text[index]! - 0x30
      if (digit < 0 || digit > 9) break
      count = count * 10 + digit
    }
    return count
  }

  /**
   * Every line's word as offsets into `text` (the list's bytes), with its
   * count, in the order of the file: for a scan of the whole list, which
   * should not make a string per word.
   */
  lines(): {text: Uint8Array; starts: Int32Array; ends: Int32Array; counts: Float64Array} {
    const {text} = this
    let capacity = 1
    for (let index = 0; index < text.length; index++) if (text[index] === newline) capacity++
    const starts = new Int32Array(capacity)
    const ends = new Int32Array(capacity)
    const counts = new Float64Array(capacity)
    let lines = 0
    for (let start = 0; start < text.length; ) {
      const end = this.keyEnd(start)
      if (end > start) {
        starts[lines] = start
        ends[lines] = end
        counts[lines++] = this.countAfter(end)
      }
      const next = text.indexOf(newline, end)
      start = next === -1 ? text.length : next + 1
    }
    return {text, starts: starts.subarray(0, lines), ends: ends.subarray(0, lines), counts: counts.subarray(0, lines)}
  }

  /** The words in the order of the file (a word listed twice comes twice). */
  *[Symbol.iterator](): Iterator<string> {
    const {text, starts, ends} = this.lines()
    const decoder = new TextDecoder()
    for (let index = 0; index < starts.length; index++) yield decoder.decode(text.subarray(starts[index], ends[index]))
  }

  private keyEnd(start: number): number {
    const {text} = this
    let end = start
    while (end < text.length && text[end] !== newline && text[end] !== space && text[end] !== carriageReturn) end++
    return end
  }

  /** Index the line at `start` unless the same word is already there. */
  private insert(start: number, end: number, hash: number): void {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const existing = this.slots[slot]!
      if (existing === 0) {
        this.slots[slot] = start + 1
        return
      }
      if (this.keyEquals(existing - 1, this.text.subarray(start, end))) return
    }
  }

  /** Whether the line at `lineStart` holds the word whose UTF-8 bytes are `key`. */
  private keyEquals(lineStart: number, key: Uint8Array): boolean {
    const {text} = this
    for (let index = 0; index < key.length; index++) if (text[lineStart + index] !== key[index]) return false
    return this.keyEndsAt(lineStart + key.length)
  }

  /** `keyEquals` for an ASCII word, whose UTF-8 bytes are its char codes. */
  private asciiKeyEquals(lineStart: number, word: string): boolean {
    const {text} = this
    for (let index = 0; index < word.length; index++) if (text[lineStart + index] !== word.charCodeAt(index)) return false
    return this.keyEndsAt(lineStart + word.length)
  }

  private keyEndsAt(index: number): boolean {
    const after = this.text[index]
    return after === undefined || after === newline || after === space || after === carriageReturn
  }

  /** Offset of the line holding `word`, or -1. */
  private lineOf(word: string): number {
    if (word.length === 0) return -1
    // Most words are ASCII: hashed and compared by char code, with no bytes made.
    let hash = fnvOffset
    for (let index = 0; index < word.length; index++) {
      const code = word.charCodeAt(index)
      if (code > 0x7f) return this.lineOfBytes(encoder.encode(word))
      hash = Math.imul(hash ^ code, fnvPrime)
    }
    for (let slot = (hash >>> 0) & this.mask; ; slot = (slot + 1) & this.mask) {
      const existing = this.slots[slot]!
      if (existing === 0) return -1
      if (this.asciiKeyEquals(existing - 1, word)) return existing - 1
    }
  }

  /** Offset of the line holding the word whose UTF-8 bytes are `key`, or -1. */
  private lineOfBytes(key: Uint8Array): number {
    for (let slot = hashBytes(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const existing = this.slots[slot]!
      if (existing === 0) return -1
      if (this.keyEquals(existing - 1, key)) return existing - 1
    }
  }
}

/** Save the table of the word list at `textPath` to `tablePath` (a build step). */
export function writeWordTable(textPath: string, tablePath: string): void {
  writeFileSync(tablePath, WordTable.fromText(readFileSync(textPath)).serialise())
}

/**
 * The word list at `textPath`, from its saved table at `tablePath` when the
 * build made one since the list last changed, else indexed now.
 */
export function readWordTable(textPath: string, tablePath: string): WordTable {
  if (existsSync(tablePath) && (!existsSync(textPath) || statSync(tablePath).mtimeMs >= statSync(textPath).mtimeMs)) {
    const saved = WordTable.fromSaved(readFileSync(tablePath))
    if (saved) return saved
  }
  return WordTable.fromText(readFileSync(textPath))
}
