/**
 * Finding the two words in a token that lost its space ("moveforces").
 *
 * Every split point is tried; a split counts only when both halves are
 * words (two-letter halves only from a short list: frequency lists are full
 * of fragments such as "ha" and "ed") and it does not cut an affix off a
 * content word ("kill able", "de certified"). Each split is scored by how
 * often the pair occurs in the reference corpus (SymSpell's bigram counts;
 * for a pair it does not list, the count expected if the two words were
 * independent, capped below the list's threshold), and the best one is
 * taken only when the token cannot be a word after all:
 *
 * - a derived word (a prefix or suffix on a known word) is a word;
 * - a near-misspelling (one edit from a common word: "occured") belongs to
 *   the spelling rule;
 * - a split with a function word ("thecity", "forcesto") is two words: function
 *   words never build closed compounds;
 * - two content words are taken unless they look like a closed compound
 *   no list has yet (see `couldBeCompound`): news coins them faster than
 *   dictionaries list them.
 *
 * Tokens here are lowercase; the caller decides which tokens to ask about.
 */
import {shippedEntries} from './data-files.js'
import {englishWords} from './english.js'
import {bigramCount, unigramCount, unigramWords} from './frequency.js'
import {maxWordLength} from './known-word.js'
import {SortedLines} from './sorted-lines.js'

export interface WordSplit {
  left: string
  right: string
  /** Estimated occurrences of the pair in the reference corpus. */
  pairCount: number
}

/** Pairs rarer than this are not in data/frequency/bigrams.txt (see scripts/build-joined-words-data.ts). */
const bigramListThreshold = 20_000_000
/** Total words in the reference corpus the counts come from, roughly. */
const corpusSize = 600_000_000_000
/** Count assumed for a dictionary word the frequency list lacks (US spellings such as "color"). */
const dictionaryOnlyCount = 1_000_000

interface Lexicon {
  prefixes: Set<string>
  suffixes: Set<string>
  functionWords: Set<string>
  twoLetterWords: Set<string>
}

let lexicon: Lexicon | undefined

/** The small lists, read when a token the dictionaries lack first needs splitting. */
function words(): Lexicon {
  if (lexicon) return lexicon
  const affixes = shippedEntries('affixes.txt')
  lexicon = {
    prefixes: new Set(affixes.filter((entry) => entry.endsWith('-')).map((entry) => entry.slice(0, -1))),
    suffixes: new Set(affixes.filter((entry) => entry.startsWith('-')).map((entry) => entry.slice(1))),
    functionWords: new Set(shippedEntries('joined-words/function-words.txt')),
    twoLetterWords: new Set(shippedEntries('joined-words/two-letter-words.txt'))
  }
  return lexicon
}

/** The larger generated lists are searched in their sorted files rather than loaded into Sets. */
const closedCompounds = new SortedLines('joined-words/closed-compounds.txt')
const compoundModifiers = new SortedLines('joined-words/compound-modifiers.txt')
const compoundHeads = new SortedLines('joined-words/compound-heads.txt')

let knownJoins: Map<string, [string, string]> | undefined

function knownJoin(token: string): [string, string] | undefined {
  if (!knownJoins) {
    knownJoins = new Map()
    for (const entry of shippedEntries('joined-words/known-joins.txt')) {
      const [joined, left, right] = entry.split(/\s+/)
      if (joined && left && right) knownJoins.set(joined, [left, right])
    }
  }
  return knownJoins.get(token)
}

/** Whether `word` (lowercase) is in the dictionaries or the frequency list. */
export function isLexicalWord(word: string): boolean {
  return unigramWords().has(word) || englishWords().has(word)
}

/** Whether `token` is a word as it stands, closed compounds included; a listed joined error ("incase") is not. */
export function isWholeWord(token: string): boolean {
  return !knownJoin(token) && (isLexicalWord(token) || closedCompounds.has(token))
}

/**
 * Frequency lists also hold names and rare forms (thebe, tolan, pul): the stem
 * of a derived word and a content word in a split must be a dictionary word,
 * a common one or a listed compound.
 */
const establishedCount = 1_000_000
function isEstablishedWord(word: string): boolean {
  return englishWords().has(word) || unigramCount(word) >= establishedCount || closedCompounds.has(word)
}

function wordCount(word: string): number {
  return unigramCount(word) || dictionaryOnlyCount
}

function isSplitPart(word: string): boolean {
  return word.length === 2 ? words().twoLetterWords.has(word) : word.length > 2 && isLexicalWord(word)
}

export function isFunctionWord(word: string): boolean {
  return words().functionWords.has(word)
}

/** Whether `left + right` is an affix on a content word rather than two words. */
function cutsAffix(left: string, right: string): boolean {
  const {prefixes, suffixes} = words()
  return (prefixes.has(left) && !isFunctionWord(right)) || (suffixes.has(right) && !isFunctionWord(left))
}

function pairCount(left: string, right: string): number {
  const listed = bigramCount(left, right)
  if (listed > 0) return listed
  const independent = (wordCount(left) * wordCount(right)) / corpusSize
  return Math.min(independent, bigramListThreshold / 2)
}

/** Every way to read `token` as two words, most frequent pair first. */
export function candidateSplits(token: string): WordSplit[] {
  const splits: WordSplit[] = []
  for (let index = 2; index <= token.length - 2; index++) {
    const left = token.slice(0, index)
    const right = token.slice(index)
    if (!isSplitPart(left) || !isSplitPart(right) || cutsAffix(left, right)) continue
    splits.push({left, right, pairCount: pairCount(left, right)})
  }
  return splits.sort((a, b) => b.pairCount - a.pairCount)
}

/** Stems a suffix may have changed: "killable" → kill, "recalibrated" → recalibrate, "happily" → happy, "slimmer" → slim. */
function stemsBefore(stem: string, suffix: string): string[] {
  if (suffix === 's') return [stem]
  const stems = [stem]
  if (/^[aeiou]/.test(suffix) && !/[aeiouy]$/.test(stem)) stems.push(stem + 'e')
  if (stem.endsWith('i') && suffix !== 'ing') stems.push(stem.slice(0, -1) + 'y')
  if (/^[aeiou]/.test(suffix) && /(?:^|[^aeiou])[aeiou]([b-df-hj-np-tv-z])\1$/.test(stem)) stems.push(stem.slice(0, -1))
  return stems
}

const inflections = ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'ly']

/** Whether `token` is a known content word with a prefix, suffix or inflection added. */
function isDerivedWord(token: string): boolean {
  const {prefixes, suffixes} = words()
  for (let index = 2; index <= token.length - 3; index++) {
    const rest = token.slice(index)
    if (prefixes.has(token.slice(0, index)) && (isEstablishedWord(rest) || isDerivedWord(rest)) && !isFunctionWord(rest)) return true
  }
  for (let index = token.length - 1; index >= 3; index--) {
    const suffix = token.slice(index)
    if (!suffixes.has(suffix) && !inflections.includes(suffix)) continue
    if (stemsBefore(token.slice(0, index), suffix).some((stem) => isEstablishedWord(stem) && !isFunctionWord(stem))) return true
  }
  return false
}

/** "cheatin", "nothin": dialogue with a dropped "g", not a join. */
function isDroppedG(token: string): boolean {
  return token.endsWith('in') && isWholeWord(token + 'g')
}

const editAlphabet = 'abcdefghijklmnopqrstuvwxyz'
/** A near miss must be this common to win over a split: rarer words are often the false friends of a join. */
const nearMissMinimumCount = 1_000_000
/** How much rarer a given misspelling of a word is taken to be than the word itself. */
const misspellingRarity = 1000

/** The commonest word of the frequency list ("the"); no near miss can be commoner. */
const commonestWordCount = 23_135_851_162

/**
 * Whether a word of the frequency list at least `minimumCount` common is one
 * edit (insertion, deletion, substitution, transposition) from `token`.
 * Hundreds of look-ups: asked only when the answer could matter.
 */
function hasCommonNeighbour(token: string, minimumCount: number): boolean {
  if (minimumCount > commonestWordCount) return false
  const isCommon = (candidate: string) => candidate !== token && unigramCount(candidate) >= minimumCount
  for (let index = 0; index <= token.length; index++) {
    const head = token.slice(0, index)
    const tail = token.slice(index)
    if (tail && isCommon(head + tail.slice(1))) return true
    if (tail.length > 1 && isCommon(head + tail[1] + tail[0] + tail.slice(2))) return true
    for (const letter of editAlphabet) {
      if (tail && isCommon(head + letter + tail.slice(1))) return true
      if (isCommon(head + letter + tail)) return true
    }
  }
  return false
}

/**
 * Whether a pair of content words could be a closed compound news writes as
 * one word though no list has it yet (datastore, cooldowns): the first word
 * starts several known compounds and the second ends many
 * (data/joined-words/compound-modifiers.txt and compound-heads.txt), and
 * the pair is not common as two words (a pair in the bigram list, such as
 * "hard time" or "first place", is written open). A first word with an
 * inflection or a Latinate ending (forcesmoved, naturalmovement) never starts
 * a closed compound.
 */
function couldBeCompound({left, right, pairCount}: WordSplit): boolean {
  return pairCount < bigramListThreshold && compoundModifiers.has(left) && compoundHeads.has(right) && !hasInflectionOrLatinateEnding(left)
}

/** forces, moved, substantially (an inflection on a known word); natural, significant, movement (a Latinate ending). */
function hasInflectionOrLatinateEnding(word: string): boolean {
  if (/(?:al|ous|ive|ic|ent|ant|ible|able|ary|ory|ion|ity|ment|ness|ism|ist|ance|ence|ful|ish|ize|ise|ate|est)$/.test(word) && word.length >= 6) {
    return true
  }
  const inflected = /^(.{3,}?)(es|s|ed|ing|ly)$/.exec(word)
  if (!inflected || /(?:ss|us|is)$/.test(word)) return false
  return stemsBefore(inflected[1]!, inflected[2]!).some((stem) => isLexicalWord(stem))
}

/** Whether `token` is a listed joined-word error (alot, infact). */
export function isKnownJoin(token: string): boolean {
  return knownJoin(token) !== undefined
}

/**
 * The two words `token` (lowercase letters) most likely ran together from, if
 * it is not a word itself. `writtenOpen` tells whether the document writes the
 * pair as two words elsewhere, which outweighs its looking like a compound.
 */
export function findJoin(token: string, writtenOpen?: (left: string, right: string) => boolean): WordSplit | undefined {
  const known = knownJoin(token)
  if (known) return {left: known[0], right: known[1], pairCount: bigramCount(known[0], known[1])}
  if (token.length < 4 || token.length > maxWordLength || isWholeWord(token)) return undefined
  const best = candidateSplits(token)[0]
  if (!best) return undefined
  const withFunctionWord = isFunctionWord(best.left) || isFunctionWord(best.right)
  // A common pair with a function word outweighs a derivation nobody uses: "toother" is "to other", not "tooth" + "-er".
  if (!(withFunctionWord && best.pairCount >= bigramListThreshold) && (isDerivedWord(token) || isDroppedG(token))) return undefined
  if (hasCommonNeighbour(token, Math.max(nearMissMinimumCount, best.pairCount * misspellingRarity))) return undefined
  if (withFunctionWord) return best
  if (!isEstablishedWord(best.left) || !isEstablishedWord(best.right)) return undefined
  return couldBeCompound(best) && !writtenOpen?.(best.left, best.right) ? undefined : best
}
