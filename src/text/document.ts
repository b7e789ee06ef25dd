/**
 * Shared views of a parsed document that several rules read: its words, its
 * sentences and its source lines. Each view is built once per tree and then
 * reused, so no rule re-tokenises or re-parses the text its own way.
 */
import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Point} from 'unist'

export interface SentenceInfo {
  node: Sentence
  text: string
  start: Point
  end: Point
  paragraph: Paragraph
  /** Index of the sentence within its paragraph. */
  indexInParagraph: number
  /** Index of the paragraph within the document. */
  paragraphIndex: number
}

/**
 * A word of the document. Its start and end are read from its node rather
 * than stored: a long document has a hundred thousand of these.
 */
export class WordInfo {
  constructor(
    readonly node: Word,
    /** The word as written, apostrophes and hyphens included. */
    readonly text: string,
    readonly sentence: SentenceInfo,
    /** Index of the word within its sentence's words. */
    readonly indexInSentence: number
  ) {}

  get start(): Point {
    return this.node.position!.start
  }

  get end(): Point {
    return this.node.position!.end
  }
}

export interface LineInfo {
  /** 1-based source line number. */
  line: number
  /** The prose on the line, with markup left out and runs of white space as one space. */
  text: string
  start: Point
  end: Point
  /** Whether a blank line (or the document start) comes before this line. */
  blankBefore: boolean
  /** Index of the line among the document's prose lines. */
  index: number
}

export interface DocumentView {
  sentences: SentenceInfo[]
  words: WordInfo[]
  lines: LineInfo[]
}

const cache = new WeakMap<Root, DocumentView>()

/** A text-bearing node of an nlcst tree: a word's text, punctuation, a symbol, white space. */
export interface Leaf {
  type: string
  value: string
  position?: {start: Point; end: Point}
}

type Branch = {children?: unknown[]} & Partial<Leaf>

/**
 * Calls `visit` with each leaf of `node`, in document order.
 *
 * The loops over a whole document's nodes or words here and in the rules are
 * indexed: until V8 optimises a function, a for…of loop allocates a result
 * object per element, and a long document's single pass runs mostly before
 * that (docs/performance.md).
 */
function eachLeaf(node: Branch, visit: (leaf: Leaf) => void): void {
  const {children} = node
  if (children) {
    for (let index = 0; index < children.length; index++) eachLeaf(children[index] as Branch, visit)
  } else if (typeof node.value === 'string') {
    visit(node as Leaf)
  }
}

/** The leaves of `node`, in document order. */
export function leavesOf(node: Branch, leaves: Leaf[] = []): Leaf[] {
  eachLeaf(node, (leaf) => leaves.push(leaf))
  return leaves
}

function buildLines(tree: Root): LineInfo[] {
  const lines: LineInfo[] = []
  // The line's texts, joined once it is complete: appending to a string leaves
  // a rope of one node per token, which a long document keeps alive in
  // megabytes until something reads the text.
  let parts: string[] = []
  let current: {line: number; start: Point; end: Point; pendingSpace: boolean} | undefined
  let previousLine = 0
  const flush = () => {
    if (!current) return
    lines.push({
      line: current.line,
      text: parts.join(''),
      start: current.start,
      end: current.end,
      blankBefore: lines.length === 0 || current.line - previousLine > 1,
      index: lines.length
    })
    previousLine = current.line
    current = undefined
    parts = []
  }
  // Leaves are visited as they are found: the whole tree's list of them would be built only to be read once.
  eachLeaf(tree, (leaf) => {
    if (!leaf.position) return
    if (leaf.type === 'WhiteSpaceNode') {
      if (current) current.pendingSpace = true
      return
    }
    const {start, end} = leaf.position
    if (current && current.line !== start.line) flush()
    if (!current) {
      current = {line: start.line, start, end, pendingSpace: false}
    } else if (current.pendingSpace || start.offset !== current.end.offset) {
      parts.push(' ')
    }
    current.pendingSpace = false
    parts.push(leaf.value)
    current.end = end
  })
  flush()
  return lines
}

/**
 * The text of a sentence's child, as nlcst-to-string gives it: read directly
 * from punctuation, white space and one-part words, most of the tokens, which
 * spares an array and a join for each.
 */
function tokenText(token: Sentence['children'][number]): string {
  if ('value' in token) return token.value
  const only = token.children.length === 1 ? token.children[0]! : undefined
  return only && 'value' in only ? only.value : toString(token)
}

function buildView(tree: Root): DocumentView {
  const sentences: SentenceInfo[] = []
  const words: WordInfo[] = []
  let paragraphIndex = 0
  const visitParagraph = (paragraph: Paragraph) => {
    let indexInParagraph = 0
    for (let childIndex = 0; childIndex < paragraph.children.length; childIndex++) {
      const child = paragraph.children[childIndex]!
      if (child.type !== 'SentenceNode' || !child.position) continue
      const sentence: SentenceInfo = {
        node: child,
        // Set below from the texts of its children, which its words reuse.
        text: '',
        start: child.position.start,
        end: child.position.end,
        paragraph,
        indexInParagraph: indexInParagraph++,
        paragraphIndex
      }
      sentences.push(sentence)
      let indexInSentence = 0
      const texts: string[] = []
      for (let tokenIndex = 0; tokenIndex < child.children.length; tokenIndex++) {
        const token = child.children[tokenIndex]!
        const text = tokenText(token)
        texts.push(text)
        if (token.type !== 'WordNode' || !token.position) continue
        words.push(new WordInfo(token, text, sentence, indexInSentence++))
      }
      sentence.text = texts.join('')
    }
    paragraphIndex++
  }
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') visitParagraph(child)
  }
  return {sentences, words, lines: buildLines(tree)}
}

/** The shared view of `tree`, built on first use. */
export function documentView(tree: Root): DocumentView {
  let view = cache.get(tree)
  if (!view) {
    view = buildView(tree)
    cache.set(tree, view)
  }
  return view
}
