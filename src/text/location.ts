/**
 * Offsets ↔ line/column for a source text.
 *
 * Editors break lines at CRLF, lone CR and LF alike (LSP says so too), while
 * the parsers we bridge from disagree about lone CR; every position newslint
 * reports is therefore recomputed here from offsets. Columns count UTF-16
 * code units, which is what JavaScript strings and editors use.
 */
import type {Point} from 'unist'

export interface Locator {
  /** Start offset of each line, first line at index 0. */
  readonly lineStarts: readonly number[]
  toPoint(offset: number): Point
  toOffset(point: {line: number; column: number}): number
}

export function createLocator(text: string): Locator {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 /* \n */) {
      lineStarts.push(index + 1)
    } else if (code === 13 /* \r */) {
      if (text.charCodeAt(index + 1) === 10) index++
      lineStarts.push(index + 1)
    }
  }

  let lastLine = 0
  return {
    lineStarts,
    toPoint(offset) {
      const clamped = Math.max(0, Math.min(offset, text.length))
      // Trees are positioned in reading order: the line of the last look-up usually holds the next offset too.
      let low = lastLine
      if (!(lineStarts[low]! <= clamped && (low + 1 === lineStarts.length || clamped < lineStarts[low + 1]!))) {
        low = 0
        let high = lineStarts.length - 1
        while (low < high) {
          const middle = (low + high + 1) >> 1
          if (lineStarts[middle]! <= clamped) low = middle
          else high = middle - 1
        }
        lastLine = low
      }
      return {line: low + 1, column: clamped - lineStarts[low]! + 1, offset: clamped}
    },
    toOffset(point) {
      const start = lineStarts[point.line - 1]
      if (start === undefined) return text.length
      return Math.min(start + point.column - 1, text.length)
    }
  }
}
