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
import {hasNumeral} from './letters.js'

/** Fewer words than this is a label, a marker or a name, not a headline ("Advertisement", "Q:", "About the author"). */
const minHeadlineTokens = 3

const negation = /^(not|no|never|none|nobody|nothing|neither|nor|without|cannot|t)$/

/** What the comparison of two lines needs, computed once per line. */
interface Signature {
  tokens: readonly string[]
  joined: string
  /** The line's numbers, sorted: lines whose numbers differ are different headlines. */
  numbers: string
  negated: boolean
}

function signatureOf(tokens: readonly string[]): Signature {
  return {
    tokens,
    joined: tokens.join(' '),
    numbers: tokens.filter(hasNumeral).sort().join(' '),
    negated: tokens.some((token) => negation.test(token))
  }
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

/** Shorter lines than this share of the longer one are different headlines. */
const minLengthRatio = 0.75
/** Near repeats share at least this share of their words. */
const minOverlap = 0.5

/** Whether two lines are close enough in length to be the same headline (the same length when identical). */
function comparableLengths(a: readonly string[], b: readonly string[]): boolean {
  return Math.min(a.length, b.length) >= minLengthRatio * Math.max(a.length, b.length)
}

function sameSignature(a: Signature, b: Signature): boolean {
  if (a.joined === b.joined) return true
  if (a.numbers !== b.numbers || a.negated !== b.negated || !comparableLengths(a.tokens, b.tokens)) return false
  const longest = Math.max(a.tokens.length, b.tokens.length)
  // Near repeats share most of their words; checking that first spares the edit distances.
  const overlap = wordOverlap(a.tokens, b.tokens)
  if (overlap < minOverlap) return false
  return (
    editDistance(a.joined, b.joined) <= Math.floor(0.1 * Math.max(a.joined.length, b.joined.length)) ||
    editDistance(a.tokens, b.tokens) <= Math.floor(longest / 5) ||
    (longest >= 6 && overlap >= 0.9)
  )
}

/** Whether two lines, as headline tokens, are the same headline. */
export function sameHeadline(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < minHeadlineTokens || b.length < minHeadlineTokens) return false
  return sameSignature(signatureOf(a), signatureOf(b))
}

/**
 * The lines that could repeat `tokens`: those sharing one of its rarest words.
 * A repeat shares at least minOverlap·(la+lb)/2 ≥ minOverlap·(1+minLengthRatio)/2·la
 * of its words, so it must hold one of the la − that + 1 rarest; comparing
 * only those lines keeps a long file from costing lines² comparisons.
 */
function candidatesFor(tokens: readonly string[], postings: ReadonlyMap<string, readonly number[]>): Set<number> {
  const required = Math.ceil(((minOverlap * (1 + minLengthRatio)) / 2) * tokens.length)
  const multiplicity = new Map<string, number>()
  for (const token of tokens) multiplicity.set(token, (multiplicity.get(token) ?? 0) + 1)
  const byRarity = [...multiplicity.keys()].sort((a, b) => postings.get(a)!.length - postings.get(b)!.length)
  const candidates = new Set<number>()
  let covered = 0
  for (const token of byRarity) {
    if (covered > tokens.length - required) break
    for (const index of postings.get(token)!) candidates.add(index)
    covered += multiplicity.get(token)!
  }
  return candidates
}

export interface Repeat {
  /** The later line. */
  line: LayoutLine
  /** The first line it repeats. */
  original: LayoutLine
}

const cache = new WeakMap<Layout, Repeat[]>()

function buildRepeats(layout: Layout): Repeat[] {
  const {lines} = layout
  // Tokens are kept only for lines that can take part in a repeat: on a long
  // document, every line's tokens held for the whole search were megabytes.
  // (A document whose first line is a long paragraph keeps nearly all.)
  const tokens: (readonly string[] | undefined)[] = []
  // CMS residue repeats by nature ("Advertisement", "Sign up for our newsletter"); it is not a headline.
  // The shape is checked first and residue last: each costs more than the one before.
  const headlines: number[] = []
  let longestHeadline = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (!isHeadlineShaped(line) || line.text.trimEnd().endsWith(':')) continue
    const lineTokens = headlineTokens(line.text)
    tokens[index] = lineTokens
    if (lineTokens.length < minHeadlineTokens || isCmsResidue(line.text)) continue
    headlines.push(index)
    longestHeadline = Math.max(longestHeadline, lineTokens.length)
  }
  // Only the words of headlines are ever looked up; each list holds every line with the word, residue included,
  // which only adds candidates.
  const postings = new Map<string, number[]>()
  for (const index of headlines) for (const token of tokens[index]!) postings.set(token, [])
  const mostRepeatTokens = longestHeadline / minLengthRatio
  for (let index = 0; index < lines.length; index++) {
    const lineTokens = tokens[index] ?? headlineTokens(lines[index]!.text)
    // Too long to be of comparable length with any headline: never a repeat of one.
    if (lineTokens.length < minHeadlineTokens || lineTokens.length > mostRepeatTokens) continue
    tokens[index] = lineTokens
    for (const token of lineTokens) {
      const withToken = postings.get(token)
      if (withToken && withToken.at(-1) !== index) withToken.push(index)
    }
  }
  // Signatures are built only for lines of comparable length, a small share of the candidates.
  const signatures = new Map<number, Signature>()
  const signatureAt = (index: number) => {
    let signature = signatures.get(index)
    if (!signature) signatures.set(index, (signature = signatureOf(tokens[index]!)))
    return signature
  }
  const originalOf = new Map<number, number>()
  for (const index of headlines) {
    if (originalOf.has(index)) continue
    const signature = signatureAt(index)
    const later = [...candidatesFor(signature.tokens, postings)].filter((other) => other > index).sort((a, b) => a - b)
    for (const other of later) {
      if (originalOf.has(other) || !comparableLengths(signature.tokens, tokens[other]!)) continue
      if (sameSignature(signature, signatureAt(other)) && !isCmsResidue(lines[other]!.text)) originalOf.set(other, index)
    }
  }
  return [...originalOf]
    .sort(([a], [b]) => a - b)
    .map(([later, original]) => ({line: lines[later]!, original: lines[original]!}))
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
