/**
 * Spans of a source text that are not prose even inside a sentence: URLs,
 * e-mail addresses, @handles, #hashtags, bare domain names and template
 * tags ({{ name }}, {% endfor %}). Word rules
 * skip words that fall in them.
 */
import type {VFile} from 'vfile'

const domainEndings = 'com|org|net|gov|edu|io|co|uk|us|info|biz|tv|me|ly|news'

const nonProse = new RegExp(
  [
    String.raw`\b(?:https?|ftp)://[^\s<>"'\u201C\u201D]+`,
    String.raw`\bwww\.[^\s<>"'\u201C\u201D]+`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    String.raw`(?<![\w@])@\w{1,30}`,
    String.raw`(?<![\w#&])#\w+`,
    String.raw`\b[\w-]+(?:\.[\w-]+)*\.(?:${domainEndings})\b(?:/[^\s<>"]*)?`,
    // Template tags pasted from web pages: {{ imagepath }}, {% endfor %}.
    String.raw`\{\{[^{}\n]*\}\}|\{%[^{}\n]*%\}`
  ].join('|'),
  'gu'
)

export type Range = readonly [start: number, end: number]

const cache = new WeakMap<VFile, Range[]>()

/**
 * What every span above holds one of (a colon, @, #, a brace, "www." or a
 * domain ending). Searching for these is cheap; the full pattern tries
 * several alternatives at each letter of the text.
 */
const marker = new RegExp(String.raw`[:@#{]|www\.|\.(?:${domainEndings})\b`, 'gu')

function findRanges(text: string): Range[] {
  const ranges: Range[] = []
  // No span runs over a line end, so only the lines with a marker are searched.
  marker.lastIndex = 0
  for (let found = marker.exec(text); found; found = marker.exec(text)) {
    const lineStart = text.lastIndexOf('\n', found.index) + 1
    const newline = text.indexOf('\n', found.index)
    const lineEnd = newline === -1 ? text.length : newline
    for (const match of text.slice(lineStart, lineEnd).matchAll(nonProse)) {
      ranges.push([lineStart + match.index, lineStart + match.index + match[0].length])
    }
    marker.lastIndex = lineEnd
  }
  return ranges
}

/** Non-prose spans of the file's source, in order; computed once per file. */
export function nonProseRanges(file: VFile): Range[] {
  let ranges = cache.get(file)
  if (!ranges) {
    ranges = findRanges(file.data.sourceText ?? String(file))
    cache.set(file, ranges)
  }
  return ranges
}

export function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [rangeStart, rangeEnd] = ranges[middle]!
    if (rangeEnd <= start) low = middle + 1
    else if (rangeStart >= end) high = middle - 1
    else return true
  }
  return false
}
