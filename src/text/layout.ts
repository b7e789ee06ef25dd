/**
 * The document's layout: its prose lines, each with its words and whether it
 * was marked up as a heading, grouped into paragraphs (runs of lines between
 * blank lines or block boundaries). Rules about the shape of a story — a
 * pasted headline, a repeated line, residue at the end — read this view,
 * because the sentence tokenizer merges lines that lack end punctuation.
 *
 * Positions are those of the shared line view, so they point into the source
 * for plain text, Markdown (`# Headline`) and HTML (`<h1>`) alike.
 */
import type {Root} from 'nlcst'
import type {Node, Point} from 'unist'
import type {VFile} from 'vfile'
import {documentView, type LineInfo} from './document.js'
import {startsWithCapital} from './letters.js'

export interface LayoutLine extends LineInfo {
  /** The words on the line as written (numbers included), in order. */
  words: string[]
  /** Whether the source marks the line up as a heading (`#`, `<h1>`–`<h6>`). */
  heading: boolean
  /** Whether the line ends like a sentence: `.`, `!`, `?` or `…`, before any closing quotes or brackets. */
  endsSentence: boolean
  /** Whether that ending is a question mark. */
  question: boolean
  /** Whether most of its longer words are capitalised, as in "Home Depot Stock Is Falling After Its Earnings Release." */
  titleCase: boolean
  /** Index of the paragraph the line belongs to. */
  paragraph: number
}

export interface LayoutParagraph {
  index: number
  lines: LayoutLine[]
  start: Point
  end: Point
}

export interface Layout {
  lines: LayoutLine[]
  paragraphs: LayoutParagraph[]
}

const cache = new WeakMap<Root, Layout>()

/** Block-level Markdown and HTML constructs: each starts a new paragraph. */
const markdownBlocks = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'tableRow', 'code', 'html', 'thematicBreak'])
const htmlBlocks = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'blockquote', 'figcaption', 'tr', 'pre', 'div',
  'section', 'article', 'header', 'footer', 'aside'
])
const htmlHeadings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

interface SourceNode extends Node {
  tagName?: string
  children?: SourceNode[]
}

interface BlockLines {
  /** Source lines on which a block construct begins. */
  starts: Set<number>
  /** Source lines inside a heading. */
  headings: Set<number>
}

function blockLines(sourceTree: Node | undefined): BlockLines {
  const found: BlockLines = {starts: new Set(), headings: new Set()}
  const visit = (node: SourceNode) => {
    const kind = node.tagName ?? node.type
    const position = node.position
    if (position && (markdownBlocks.has(kind) || (node.tagName && htmlBlocks.has(kind)))) {
      found.starts.add(position.start.line)
      if (kind === 'heading' || htmlHeadings.has(kind)) {
        for (let line = position.start.line; line <= position.end.line; line++) found.headings.add(line)
      }
    }
    for (const child of node.children ?? []) visit(child)
  }
  if (sourceTree) visit(sourceTree as SourceNode)
  return found
}

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const closers = new Set(['"', "'", '”', '’', ')', ']', '»'])

/**
 * The `.`, `!`, `?` or `…` that ends `text`, before any closers. Read from the
 * end: a regex anchored there would be tried at every full stop of the line.
 */
function sentenceEnding(text: string): string | undefined {
  let end = text.length
  while (end > 0 && closers.has(text[end - 1]!)) end--
  const last = text[end - 1]
  return last !== undefined && '.!?…'.includes(last) ? last : undefined
}

const longWord = /^\p{L}{4,}/u
// The two tests below settle ASCII letters by their codes: the Unicode
// classes cost far more, and most words are plain ASCII.

/** Whether `word` starts with four letters. */
function isLongWord(word: string): boolean {
  for (let index = 0; index < 4; index++) {
    const code = word.charCodeAt(index)
    if (code >= 0x80) return longWord.test(word)
    // `| 0x20` lowercases an ASCII letter; past the end, NaN | 0x20 is no letter either.
    const lower = code | 0x20
    if (lower < 0x61 || lower > 0x7a) return false
  }
  return true
}

function isTitleCase(words: readonly string[]): boolean {
  let long = 0
  let capitals = 0
  for (const word of words) {
    if (!isLongWord(word)) continue
    long++
    if (startsWithCapital(word)) capitals++
  }
  return long >= 3 && capitals >= 0.9 * long
}

function buildLayout(tree: Root, file: VFile): Layout {
  const view = documentView(tree)
  // Indexed by line number: an array of lines, where a Map would hash every word's line.
  const wordsByLine: string[][] = []
  const {words} = view
  for (let index = 0; index < words.length; index++) (wordsByLine[words[index]!.start.line] ??= []).push(words[index]!.text)
  const blocks = blockLines(file.data.sourceTree)
  const lines: LayoutLine[] = []
  const paragraphs: LayoutParagraph[] = []
  for (const info of view.lines) {
    const previous = lines.at(-1)
    const startsParagraph =
      !previous || info.blankBefore || blocks.starts.has(info.line) || blocks.headings.has(previous.line)
    if (startsParagraph) paragraphs.push({index: paragraphs.length, lines: [], start: info.start, end: info.end})
    const paragraph = paragraphs.at(-1)!
    const words = wordsByLine[info.line] ?? []
    const ending = sentenceEnding(info.text)
    // Spelled out rather than spread from `info`: adding fields to a spread copy costs V8 a slow path per line.
    const line: LayoutLine = {
      line: info.line,
      text: info.text,
      start: info.start,
      end: info.end,
      blankBefore: info.blankBefore,
      index: info.index,
      words,
      heading: blocks.headings.has(info.line),
      endsSentence: ending !== undefined,
      question: ending === '?',
      titleCase: isTitleCase(words),
      paragraph: paragraph.index
    }
    paragraph.lines.push(line)
    paragraph.end = line.end
    lines.push(line)
  }
  return {lines, paragraphs}
}

/** A line this long that ends like a sentence is running prose: the body reaches at least here. */
const minBodyWords = 12
/** A line this long is running prose whatever its ending (scrapes lose final full stops). */
const minUnpunctuatedBodyWords = 30

/**
 * Whether `line` is running prose: long enough and ending like a sentence (a
 * statement, not in title case), or very long.
 */
export function isBodyLine(line: LayoutLine): boolean {
  if (line.words.length >= minUnpunctuatedBodyWords) return true
  return line.endsSentence && !line.question && !line.titleCase && line.words.length >= minBodyWords
}

/** The lines after the last line of running prose (credits, residue, pastes); none when the copy has no such line. */
export function linesAfterBody(layout: Layout): LayoutLine[] {
  let start = layout.lines.length
  while (start > 0 && !isBodyLine(layout.lines[start - 1]!)) start--
  return start === 0 ? [] : layout.lines.slice(start)
}

/** The layout of `tree` (parsed from `file`), built on first use and shared by every rule. */
export function layoutView(tree: Root, file: VFile): Layout {
  let layout = cache.get(tree)
  if (!layout) {
    layout = buildLayout(tree, file)
    cache.set(tree, layout)
  }
  return layout
}
