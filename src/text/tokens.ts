/**
 * A sentence as a reader sees its tokens: runs of text between spaces, with
 * opening and closing marks (quotes, brackets, dashes, sentence punctuation)
 * split off. nlcst splits “1,000” into three nodes and “$2.5bn” into two; a
 * rule that reads figures, quotations or phrases needs them whole, and needs
 * the marks around them on their own. Built once per sentence node.
 */
import type {Sentence} from 'nlcst'
import type {Point} from 'unist'
import {type Leaf, leavesOf} from './document.js'

export interface Token {
  /** The token as written. */
  text: string
  /** `text` in lower case, curly apostrophes made straight. */
  lower: string
  start: Point
  end: Point
  /** Whether white space (or the sentence start) comes before the token. */
  spaceBefore: boolean
  /** A mark on its own: quote, bracket, dash, comma, sentence punctuation. */
  mark: boolean
}

/** Marks that never belong to the token they touch when they stand at its edge. */
const edgeMarks = new Set([...'.,;:!?"“”‘’\'()[]{}«»…—–*'])
/** Marks that split a run even in its middle (“partner—its”, “said:“We”). */
const splitting = new Set([...'—–…“”«»()[]{}'])

const cache = new WeakMap<Sentence, Token[]>()

/** The token made of `run[from]` to `run[to]`. */
function makeToken(run: readonly Leaf[], from: number, to: number, spaceBefore: boolean, mark: boolean): Token {
  let text = run[from]!.value
  for (let index = from + 1; index <= to; index++) text += run[index]!.value
  const lower = text.toLowerCase()
  return {
    text,
    lower: lower.includes('’') ? lower.replaceAll('’', "'") : lower,
    start: run[from]!.position!.start,
    end: run[to]!.position!.end,
    spaceBefore,
    mark
  }
}

function isEdgeMark(leaf: Leaf): boolean {
  return (leaf.type === 'PunctuationNode' || edgeMarks.has(leaf.value)) && edgeMarks.has(leaf.value[0]!)
}

/** Split one run of adjacent leaves into tokens: edge marks off both ends, splitting marks anywhere. */
function tokensOfRun(run: readonly Leaf[], spaceBefore: boolean, tokens: Token[]): void {
  let first = 0
  let last = run.length - 1
  while (first <= last && isEdgeMark(run[first]!)) {
    tokens.push(makeToken(run, first, first, spaceBefore, true))
    spaceBefore = false
    first++
  }
  let trailingFrom = last + 1
  while (trailingFrom - 1 >= first && isEdgeMark(run[trailingFrom - 1]!)) trailingFrom--
  last = trailingFrom - 1
  let pieceStart = first
  for (let index = first; index <= last; index++) {
    if (!splitting.has(run[index]!.value)) continue
    if (index > pieceStart) tokens.push(makeToken(run, pieceStart, index - 1, spaceBefore, false))
    tokens.push(makeToken(run, index, index, index === first && spaceBefore, true))
    spaceBefore = false
    pieceStart = index + 1
  }
  if (pieceStart <= last) tokens.push(makeToken(run, pieceStart, last, spaceBefore, false))
  for (let index = trailingFrom; index < run.length; index++) tokens.push(makeToken(run, index, index, false, true))
}

function buildTokens(sentence: Sentence): Token[] {
  // Leaves without a position (none in practice) cannot be reported on.
  const leaves = leavesOf(sentence).filter((leaf) => leaf.position)
  const tokens: Token[] = []
  let run: Leaf[] = []
  let spaceBefore = true
  for (const leaf of leaves) {
    if (leaf.type === 'WhiteSpaceNode') {
      if (run.length) tokensOfRun(run, spaceBefore, tokens)
      run = []
      spaceBefore = true
      continue
    }
    const previous = run.at(-1)
    // Leaves that do not touch in the source (markup between them) are separate runs.
    if (previous && previous.position!.end.offset !== leaf.position!.start.offset) {
      tokensOfRun(run, spaceBefore, tokens)
      run = []
      spaceBefore = false
    }
    run.push(leaf)
  }
  if (run.length) tokensOfRun(run, spaceBefore, tokens)
  return tokens
}

/** The tokens of `sentence`, built on first use. */
export function sentenceTokens(sentence: Sentence): readonly Token[] {
  let tokens = cache.get(sentence)
  if (!tokens) {
    tokens = buildTokens(sentence)
    cache.set(sentence, tokens)
  }
  return tokens
}
