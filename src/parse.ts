/**
 * The newslint parser: one unified parser for plain text, Markdown and HTML
 * that always yields an nlcst tree whose positions point into the source.
 *
 * One parser that picks the format per file (rather than three processors)
 * lets unified-engine drive every file through a single processor, and lets
 * the CLI, the library and the language server share it.
 */
import {fromHtml} from 'hast-util-from-html'
import {toNlcst as hastToNlcst} from 'hast-util-to-nlcst'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toNlcst as mdastToNlcst} from 'mdast-util-to-nlcst'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Node, Point, Position} from 'unist'
import type {Processor} from 'unified'
import {VFile} from 'vfile'
import {type Format, formatForPath} from './formats.js'
import {checkInput} from './input.js'
import {createLocator, type Locator} from './text/location.js'
import {collectAlignments, repositionTree} from './text/source-map.js'

export interface ParseOptions {
  /** Force a format instead of choosing by extension. */
  format?: Format
}

declare module 'vfile' {
  interface DataMap {
    /** The format the file was parsed as. */
    format: Format
    /** The source text as parsed (BOM removed, decoded). */
    sourceText: string
    /** The Markdown or HTML tree the prose was taken from, for comment markers. */
    sourceTree: Node
  }
}

const english = new ParseEnglish()

export interface ParsedDocument {
  tree: Root
  sourceTree?: Node
}

/** Parse `text` (already decoded, no BOM) of `format` into nlcst with source positions. */
export function parseDocument(text: string, format: Format): ParsedDocument {
  const locator = createLocator(text)
  if (format === 'text') return {tree: parsePlainText(text, locator)}
  const sourceTree: Node = format === 'markdown' ? fromMarkdown(text) : fromHtml(text)
  // An HTML document of white space only has no position, which hast-util-to-nlcst requires.
  if (!sourceTree.position) return {tree: {type: 'RootNode', children: []}, sourceTree}
  const bridgeFile = new VFile(text)
  const tree =
    format === 'markdown'
      ? markdownToNlcst(sourceTree as MdastRoot, bridgeFile, locator)
      : (hastToNlcst(sourceTree as Parameters<typeof hastToNlcst>[0], bridgeFile, english) as Root)
  repositionTree(tree, locator, collectAlignments(sourceTree, text))
  return {tree, sourceTree}
}

type MdastRoot = Parameters<typeof mdastToNlcst>[0] & {children: Array<Node & {position?: Position}>}

/** Source characters a Markdown chunk reaches before it is cut at the next break between blocks. */
const markdownChunkCharacters = 64 * 1024

/**
 * Markdown, converted a chunk of blocks at a time. mdast-util-to-nlcst hands
 * parse-english a whole document as one sentence, and parse-english's
 * passes over a sentence's neighbours grow faster than the text, as on one
 * long plain-text document (100,000 words: 0.5 s in one pass). Blocks on
 * different lines are separate paragraphs either way — the bridge puts a
 * paragraph break between them, which this adds between chunks as it
 * would — so a chunk ends there. Chunks are not single blocks, as each call
 * indexes the file's lines from its start again (0.35 s over 3,000 blocks).
 */
function markdownToNlcst(root: MdastRoot, file: VFile, locator: Locator): Root {
  const children: Root['children'] = []
  const blocks = root.children
  let first = 0
  for (let index = 1; index <= blocks.length; index++) {
    const previousEnd = blocks[index - 1]!.position?.end
    const start = blocks[index]?.position?.start
    if (index < blocks.length) {
      const onNewLine = previousEnd && start && start.line !== previousEnd.line
      const chunkStart = blocks[first]!.position?.start.offset ?? 0
      if (!onNewLine || (previousEnd.offset ?? 0) - chunkStart < markdownChunkCharacters) continue
    }
    const chunk = blocks.slice(first, index)
    const part = mdastToNlcst({...root, children: chunk, position: positionOfBlocks(chunk)} as MdastRoot, file, english) as Root
    children.push(...part.children)
    if (index < blocks.length) children.push(paragraphBreak(previousEnd!, start!, locator))
    first = index
  }
  // Positioned from its children by repositionTree, as the bridge's own root is.
  return {type: 'RootNode', children}
}

function positionOfBlocks(blocks: Array<{position?: Position}>): Position | undefined {
  const start = blocks[0]?.position?.start
  const end = blocks.at(-1)?.position?.end
  return start && end ? {start, end} : undefined
}

/**
 * The white space mdast-util-to-nlcst puts between blocks on different
 * lines: one line ending per line apart, spanning that many characters from
 * the first block's end, and two at least in value.
 */
function paragraphBreak(end: Point, start: Point, locator: Locator): Root['children'][number] {
  const lineEndings = start.line - end.line
  const from = end.offset ?? 0
  return {
    type: 'WhiteSpaceNode',
    value: '\n'.repeat(Math.max(2, lineEndings)),
    position: {start: locator.toPoint(from), end: locator.toPoint(from + lineEndings)}
  }
}

/** A blank line (with any further blank lines): no sentence or paragraph crosses one. */
const blankLines = /(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)(?:[ \t]*(?:\r?\n|\r))*/g

/**
 * Plain text, parsed block by block. parse-english's passes over a sentence's
 * neighbours grow faster than the text on one long document (a 100,000-word
 * file took twice as long as its blocks one by one); blocks between blank
 * lines give the same tree, and a word no longer takes the full stop of a
 * sentence that ends a block. Each block is positioned in the source as it
 * is parsed.
 */
function parsePlainText(text: string, locator: Locator): Root {
  const children: Root['children'] = []
  const sharedValues = new Map<string, string>()
  let start = 0
  const parseBlock = (end: number) => {
    const block = english.parse(text.slice(start, end))
    repositionTree(block, locator, [], start, sharedValues)
    children.push(...block.children)
    start = end
  }
  for (const match of text.matchAll(blankLines)) parseBlock(match.index)
  parseBlock(text.length)
  const first = children[0]?.position
  const last = children.at(-1)?.position
  return first && last ? {type: 'RootNode', children, position: {start: first.start, end: last.end}} : {type: 'RootNode', children}
}

/**
 * micromark's time grows with the square of how deep block quotes and lists
 * nest (32,000 levels on one line took 5.5 s, 100,000 more than a minute),
 * and the bridge to nlcst overflows the stack far sooner: a line opening more
 * containers than this is refused before parsing.
 */
const maxMarkdownNesting = 1000
const deepMarkdownNesting = new RegExp(`^(?:[ \\t]*(?:>|[-*+](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))){${maxMarkdownNesting}}`, 'm')

export function newslintParse(this: Processor, options: ParseOptions = {}) {
  this.parser = (_document, file) => {
    const text = checkInput(file)
    const format = options.format ?? (file.data.format as Format | undefined) ?? formatForPath(file.path)
    const tooDeep = () =>
      file.fail(
        format === 'text'
          ? 'A word or paragraph too long to read (parse-english merges its parts in one call): not checked; break it up'
          : `Nesting too deep or a block too long to read as ${format === 'markdown' ? 'Markdown' : 'HTML'}: not checked; break it up, or check it as plain text (--input-format text)`
      )
    if (format === 'markdown' && deepMarkdownNesting.test(text)) return tooDeep()
    let parsed: ParsedDocument
    try {
      parsed = parseDocument(text, format)
    } catch (error) {
      // The Markdown and HTML bridges to nlcst recurse through nesting and spread a block's tokens into one call, as parse-english does a word's parts.
      if (!(error instanceof RangeError && /call stack|too many arguments/i.test(error.message))) throw error
      return tooDeep()
    }
    const {tree, sourceTree} = parsed
    file.data.format = format
    file.data.sourceText = text
    if (sourceTree) file.data.sourceTree = sourceTree
    return tree
  }
}
