/**
 * Headline-like lines that appear again further down: exactly, after folding
 * case, punctuation and a CMS label, or nearly (a typo's worth of characters,
 * a word changed, the words reordered). Two lines are never the same headline
 * when their numbers differ or only one of them is negated.
 *
 * Built once per layout and shared: repeated-headline reports the repeats,
 * unrelated-trailing-line leaves a line's own repeats out when it asks whether
 * the line belongs to the story.
 */
import {isCmsResidue} from '../lexicon/line-patterns.js'
import {headlineTokens, isHeadlineShaped} from './headline.js'
import type {Layout, LayoutLine} from './layout.js'

/** Fewer words than this is a label, a marker or a name, not a headline ("Advertisement", "Q:", "About the author"). */
const minHeadlineTokens = 3

const negation = /^(not|no|never|none|nobody|nothing|neither|nor|without|cannot|t)$/

function numbersOf(tokens: readonly string[]): string {
  return tokens.filter((token) => /\p{N}/u.test(token)).sort().join(' ')
}

function isNegated(tokens: readonly string[]): boolean {
  return tokens.some((token) => negation.test(token))
}

function editDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1))
    }
    previous = current
  }
  return previous[b.length]!
}

/** Share of words the two lines have in common, counting repeats (Dice coefficient). */
function wordOverlap(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>()
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1)
  let shared = 0
  for (const token of b) {
    const count = counts.get(token) ?? 0
    if (count > 0) {
      shared++
      counts.set(token, count - 1)
    }
  }
  return (2 * shared) / (a.length + b.length)
}

/** Whether two lines, as headline tokens, are the same headline. */
export function sameHeadline(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < minHeadlineTokens || b.length < minHeadlineTokens) return false
  const joinedA = a.join(' ')
  const joinedB = b.join(' ')
  if (joinedA === joinedB) return true
  if (numbersOf(a) !== numbersOf(b) || isNegated(a) !== isNegated(b)) return false
  const longest = Math.max(a.length, b.length)
  if (Math.min(a.length, b.length) < 0.75 * longest) return false
  // Near repeats share most of their words; checking that first spares the edit distances.
  const overlap = wordOverlap(a, b)
  if (overlap < 0.5) return false
  return (
    editDistance(joinedA, joinedB) <= Math.floor(0.1 * Math.max(joinedA.length, joinedB.length)) ||
    editDistance(a, b) <= Math.floor(longest / 5) ||
    (longest >= 6 && overlap >= 0.9)
  )
}

export interface Repeat {
  /** The later line. */
  line: LayoutLine
  /** The first line it repeats. */
  original: LayoutLine
}

const cache = new WeakMap<Layout, Repeat[]>()

function buildRepeats(layout: Layout): Repeat[] {
  // CMS residue repeats by nature ("Advertisement", "Sign up for our newsletter"); it is not a headline.
  const tokens = layout.lines.map((line) => (isCmsResidue(line.text) ? [] : headlineTokens(line.text)))
  const originalOf = new Map<number, number>()
  layout.lines.forEach((line, index) => {
    if (originalOf.has(index) || !isHeadlineShaped(line) || line.text.trimEnd().endsWith(':')) return
    for (let later = index + 1; later < layout.lines.length; later++) {
      if (!originalOf.has(later) && sameHeadline(tokens[index]!, tokens[later]!)) originalOf.set(later, index)
    }
  })
  return [...originalOf]
    .sort(([a], [b]) => a - b)
    .map(([later, original]) => ({line: layout.lines[later]!, original: layout.lines[original]!}))
}

/** Every later line that repeats an earlier headline-like line, in document order. */
export function findRepeats(layout: Layout): Repeat[] {
  let repeats = cache.get(layout)
  if (!repeats) {
    repeats = buildRepeats(layout)
    cache.set(layout, repeats)
  }
  return repeats
}
