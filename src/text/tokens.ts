/**
 * A sentence as a reader sees its tokens: runs of text between spaces, with
 * opening and closing marks (quotes, brackets, dashes, sentence punctuation)
 * split off. nlcst splits “1,000” into three nodes and “$2.5bn” into two; a
 * rule that reads figures, quotations or phrases needs them whole, and needs
 * the marks around them on their own.
 */
import type {Sentence} from 'nlcst'
import type {Point} from 'unist'
import {type Leaf, leavesOf} from './document.js'
import {startsWithCapital} from './letters.js'

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

/** Whether `token` is a word, not a mark, that starts with a capital letter: a name, a title, an institution. */
export function isCapitalisedWord(token: Token | undefined): boolean {
  return token !== undefined && !token.mark && startsWithCapital(token.text)
}

/** Marks that never belong to the token they touch when they stand at its edge. */
const edgeMarks = new Set([...'.,;:!?"“”‘’\'()[]{}«»…—–*'])
/** Marks that split a run even in its middle (“partner—its”, “said:“We”). */
const splitting = new Set([...'—–…“”«»()[]{}'])

/** The token made of `leaves[from]` to `leaves[to]`. */
function makeToken(leaves: readonly Leaf[], from: number, to: number, spaceBefore: boolean, mark: boolean): Token {
  let text = leaves[from]!.value
  for (let index = from + 1; index <= to; index++) text += leaves[index]!.value
  const lower = text.toLowerCase()
  return {
    text,
    lower: lower.includes('’') ? lower.replaceAll('’', "'") : lower,
    start: leaves[from]!.position!.start,
    end: leaves[to]!.position!.end,
    spaceBefore,
    mark
  }
}

function isEdgeMark(leaf: Leaf): boolean {
  return (leaf.type === 'PunctuationNode' || edgeMarks.has(leaf.value)) && edgeMarks.has(leaf.value[0]!)
}

/** Split one run of adjacent leaves, `leaves[runFirst]` to `leaves[runLast]`, into tokens: edge marks off both ends, splitting marks anywhere. */
function tokensOfRun(leaves: readonly Leaf[], runFirst: number, runLast: number, spaceBefore: boolean, tokens: Token[]): void {
  let first = runFirst
  let last = runLast
  while (first <= last && isEdgeMark(leaves[first]!)) {
    tokens.push(makeToken(leaves, first, first, spaceBefore, true))
    spaceBefore = false
    first++
  }
  let trailingFrom = last + 1
  while (trailingFrom - 1 >= first && isEdgeMark(leaves[trailingFrom - 1]!)) trailingFrom--
  last = trailingFrom - 1
  let pieceStart = first
  for (let index = first; index <= last; index++) {
    if (!splitting.has(leaves[index]!.value)) continue
    if (index > pieceStart) tokens.push(makeToken(leaves, pieceStart, index - 1, spaceBefore, false))
    tokens.push(makeToken(leaves, index, index, index === first && spaceBefore, true))
    spaceBefore = false
    pieceStart = index + 1
  }
  if (pieceStart <= last) tokens.push(makeToken(leaves, pieceStart, last, spaceBefore, false))
  for (let index = trailingFrom; index <= runLast; index++) tokens.push(makeToken(leaves, index, index, false, true))
}

/** The tokens of `sentence`. */
export function sentenceTokens(sentence: Sentence): readonly Token[] {
  const all = leavesOf(sentence)
  // Leaves without a position (none in practice) cannot be reported on.
  const leaves = all.every((leaf) => leaf.position) ? all : all.filter((leaf) => leaf.position)
  const tokens: Token[] = []
  // Runs are index ranges of `leaves`: -1 while no run is open.
  let runFirst = -1
  let spaceBefore = true
  for (let index = 0; index < leaves.length; index++) {
    const leaf = leaves[index]!
    if (leaf.type === 'WhiteSpaceNode') {
      if (runFirst !== -1) tokensOfRun(leaves, runFirst, index - 1, spaceBefore, tokens)
      runFirst = -1
      spaceBefore = true
      continue
    }
    // Leaves that do not touch in the source (markup between them) are separate runs.
    if (runFirst !== -1 && leaves[index - 1]!.position!.end.offset !== leaf.position!.start.offset) {
      tokensOfRun(leaves, runFirst, index - 1, spaceBefore, tokens)
      runFirst = -1
      spaceBefore = false
    }
    if (runFirst === -1) runFirst = index
  }
  if (runFirst !== -1) tokensOfRun(leaves, runFirst, leaves.length - 1, spaceBefore, tokens)
  return tokens
}
