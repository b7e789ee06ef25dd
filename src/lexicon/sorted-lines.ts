/**
 * Look-ups in a large sorted data file without building a Map or Set: the
 * file's text is searched by bisection, so loading it costs only the read
 * (a few milliseconds for 2 MB, where a Set of its entries costs tens).
 * Lines must be sorted by key in code-unit order; `#` comment lines at the
 * head sort before every lowercase key and never match one.
 */
import {readFileSync} from 'node:fs'
import {dataPath} from './data-files.js'

export class SortedLines {
  #text: string | undefined
  readonly #name: string
  readonly #keyOf: (line: string) => string

  /** `name` under data/; `keyOf` gives the key a line is sorted by (default: the whole line). */
  constructor(name: string, keyOf: (line: string) => string = (line) => line) {
    this.#name = name
    this.#keyOf = keyOf
  }

  /** The line whose key is `key`, if any; the file is read on first use. */
  find(key: string): string | undefined {
    this.#text ??= readFileSync(dataPath(this.#name), 'utf8')
    const text = this.#text
    let low = 0
    let high = text.length
    while (low < high) {
      const start = text.lastIndexOf('\n', ((low + high) >> 1) - 1) + 1
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      const line = text.slice(start, end)
      const lineKey = this.#keyOf(line)
      if (lineKey === key) return line
      if (lineKey < key) low = end + 1
      else high = start
    }
    return undefined
  }

  has(key: string): boolean {
    return this.find(key) !== undefined
  }
}
