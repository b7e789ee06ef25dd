/**
 * Map positions of nlcst nodes back to the source file.
 *
 * mdast-util-to-nlcst and hast-util-to-nlcst place each token by adding the
 * length of the *decoded* text to the start of its text node. Where the
 * source spells a character longer than its value (`&eacute;`, `\*`,
 * blockquote markers and indentation on continuation lines), every later
 * token on that node is shifted. We align each such node's value with its
 * source once and move the affected tokens back to where they really are.
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {Node, Parent, Point, Position} from 'unist'
import type {Locator} from './location.js'

interface TextLike extends Node {
  value: string
}

/** One source text node whose value is shorter than its source slice. */
interface Alignment {
  start: number
  length: number
  /** Source offset where each value character's spelling starts, plus the source end at `length`. */
  sourceStarts: Int32Array
  /** Source offset just past each value character's spelling. */
  sourceEnds: Int32Array
}

/** A character reference, with or without its semicolon (HTML decodes `&eacute` and `&amp` too). */
const characterReference = /^&(#\d{1,8}|#[xX][\dA-Fa-f]{1,7}|[A-Za-z][A-Za-z\d]{1,31});?/

function decodeReference(body: string): string | undefined {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X'
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined
  }
  return decodeNamedCharacterReference(body) || undefined
}

/**
 * How many characters of `value` from `valueIndex` the reference at the
 * start of `source.slice(sourceIndex)` became. Its plain decoding usually
 * says; where the parser decodes otherwise (HTML maps `&#146;` to ’ and
 * `&#0;` to U+FFFD, and takes `&eacute` without its semicolon), one or two
 * characters, whichever lets the text after the reference line up again.
 */
function referenceLength(reference: RegExpExecArray, value: string, valueIndex: number, source: string, sourceIndex: number): number | undefined {
  const decoded = decodeReference(reference[1]!)
  if (decoded && value.startsWith(decoded, valueIndex)) return decoded.length
  const after = sourceIndex + reference[0].length
  for (const units of [1, 2]) {
    const compared = Math.min(4, value.length - valueIndex - units, source.length - after)
    if (compared < 0) continue
    const linesUp =
      compared === 0
        ? value.length - valueIndex === units
        : source.startsWith(value.slice(valueIndex + units, valueIndex + units + compared), after)
    if (linesUp) return units
  }
  return undefined
}

/** The most source a parser leaves out of a text node between two of its characters: quote markers and indentation of nested blocks. */
const maxSkippedMarkup = 64
/** What a continuation line may start with that the parser leaves out, however much of it there is: indentation and block quote markers. */
const lineStartMarkup = /[ \t>]/

/** Whether the skip that began at `skipStart` of `source` may go on over `source[index]`. */
function maySkip(source: string, skipStart: number, index: number): boolean {
  if (index + 1 >= source.length) return false
  if (index + 1 - skipStart <= maxSkippedMarkup) return true
  const before = source[skipStart - 1]
  return (before === '\n' || before === '\r') && lineStartMarkup.test(source[index]!)
}

function align(value: string, source: string, sourceStart: number): Pick<Alignment, 'sourceStarts' | 'sourceEnds'> {
  const sourceStarts = new Int32Array(value.length + 1)
  const sourceEnds = new Int32Array(value.length)
  let valueIndex = 0
  let sourceIndex = 0
  /** Where the source characters being skipped as markup began; -1 when none are. */
  let skipStart = -1
  const take = (units: number, width: number) => {
    for (let unit = 0; unit < units; unit++) {
      sourceStarts[valueIndex] = sourceStart + sourceIndex
      sourceEnds[valueIndex++] = sourceStart + sourceIndex + width
    }
    sourceIndex += width
    skipStart = -1
  }
  while (valueIndex < value.length && sourceIndex < source.length) {
    const expected = value[valueIndex]!
    const actual = source[sourceIndex]
    if (actual === expected) {
      take(1, 1)
      continue
    }
    // A line end the parser normalised: CR or CRLF in the source, LF in the value.
    if (actual === '\r' && expected === '\n') {
      take(1, source[sourceIndex + 1] === '\n' ? 2 : 1)
      continue
    }
    if (actual === '\\' && source[sourceIndex + 1] === expected) {
      take(1, 2)
      continue
    }
    if (actual === '&') {
      const reference = characterReference.exec(source.slice(sourceIndex, sourceIndex + 42))
      const units = reference ? referenceLength(reference, value, valueIndex, source, sourceIndex) : undefined
      if (reference && units !== undefined) {
        take(units, reference[0].length)
        continue
      }
    }
    // Markup the value does not contain (a `>` marker, indentation): skip it a character at a time, trying the tests above at each.
    if (skipStart === -1) skipStart = sourceIndex
    if (maySkip(source, skipStart, sourceIndex)) {
      sourceIndex++
      continue
    }
    // Nothing lines up that close (or before the node's source ends): the parser wrote this character differently; keep the two in step from where the skip began.
    sourceIndex = skipStart
    take(1, 1)
  }
  while (valueIndex < value.length) take(1, 0)
  sourceStarts[value.length] = sourceStart + sourceIndex
  return {sourceStarts, sourceEnds}
}

/** Collect the text nodes of an mdast or hast tree whose value differs from their source. */
export function collectAlignments(sourceTree: Node, text: string): Alignment[] {
  const alignments: Alignment[] = []
  const visit = (node: Node) => {
    if (node.type === 'text' && node.position) {
      const {value} = node as TextLike
      const start = node.position.start.offset
      const end = node.position.end.offset
      if (start !== undefined && end !== undefined) {
        const source = text.slice(start, end)
        if (source !== value) {
          alignments.push({start, length: value.length, ...align(value, source, start)})
        }
      }
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child)
  }
  visit(sourceTree)
  return alignments.sort((a, b) => a.start - b.start)
}

function findAlignment(alignments: Alignment[], offset: number): Alignment | undefined {
  let low = 0
  let high = alignments.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const candidate = alignments[middle]!
    if (offset < candidate.start) high = middle - 1
    else if (offset > candidate.start + candidate.length) low = middle + 1
    else return candidate
  }
  return undefined
}

function mapStart(alignments: Alignment[], offset: number): number {
  const alignment = findAlignment(alignments, offset)
  return alignment ? alignment.sourceStarts[offset - alignment.start]! : offset
}

function mapEnd(alignments: Alignment[], offset: number): number {
  const alignment = findAlignment(alignments, offset - 1)
  if (!alignment || offset === alignment.start) return alignment ? alignment.sourceStarts[0]! : offset
  return alignment.sourceEnds[offset - alignment.start - 1]!
}

/** Strings this long are shared when repeated; longer ones are rarely repeated, and one of a single character is shared by V8 already. */
const longestSharedValue = 15

function shareValue(leaf: {value?: unknown}, sharedValues: Map<string, string>): void {
  const {value} = leaf
  if (typeof value !== 'string' || value.length < 2 || value.length > longestSharedValue) return
  const seen = sharedValues.get(value)
  if (seen === undefined) sharedValues.set(value, value)
  else leaf.value = seen
}

/**
 * Give every node of an nlcst tree a source position computed from offsets,
 * fixing shifted offsets with `alignments` on the way. Parents span their
 * children and share their first and last points, as parse-english's own
 * trees do: one new position object per parent instead of three, none for a
 * parent of one child. A token that starts where the one before it ends
 * starts at that very point: one point per token instead of two. Trees are
 * most of the memory a long document takes. `base` is where the parsed text
 * starts in the source (a block of a longer text).
 *
 * On the way, a leaf whose value was seen before takes the string seen
 * (`sharedValues`, kept across the blocks of one document): parse-english
 * cuts a new string for every token, and a long document says "the" and
 * "said" thousands of times.
 */
export function repositionTree(
  tree: Node,
  locator: Locator,
  alignments: Alignment[],
  base = 0,
  sharedValues = new Map<string, string>()
): void {
  let previousEnd: Point | undefined
  const visit = (node: Node): Position | undefined => {
    if ('children' in node) {
      const {children} = node as Parent
      let start: Point | undefined
      let end: Point | undefined
      let only: Position | undefined
      for (let index = 0; index < children.length; index++) {
        const position = visit(children[index]!)
        if (position) {
          start ??= position.start
          end = position.end
          only = children.length === 1 ? position : undefined
        }
      }
      // Most words are one text node: they share its position object too.
      if (start && end) node.position = only ?? {start, end}
      return node.position
    }
    const position = node.position
    if (!position || position.start.offset === undefined || position.end.offset === undefined) return position
    const startOffset = mapStart(alignments, position.start.offset + base)
    const endOffset = Math.max(startOffset, mapEnd(alignments, position.end.offset + base))
    const start = previousEnd?.offset === startOffset ? previousEnd : locator.toPoint(startOffset)
    previousEnd = endOffset === startOffset ? start : locator.toPoint(endOffset)
    node.position = {start, end: previousEnd}
    shareValue(node as Node & {value?: unknown}, sharedValues)
    return node.position
  }
  visit(tree)
}
