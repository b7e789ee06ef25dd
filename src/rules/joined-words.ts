/**
 * joined-words — two words run together ("moveforces"), with the split as the fix.
 *
 * Why: a lost space is the commonest slip in fast copy, and a spell checker
 * handles it badly: it sees one unknown word and offers nonsense
 * ("thecity" → "chesty"), never "the city". This rule runs before spelling,
 * which then leaves the tokens it explained alone.
 *
 * Only a lowercase token of letters (possessive or not) that no word list
 * knows is a candidate (dictionary-en and -en-gb, the SymSpell frequency
 * list, the newsroom dictionary, and closed compounds such as "rollout" from
 * the Letterpress list). Names, capitalised and mixed-case words (YouTube,
 * DeSantis), handles, hashtags, URLs and e-mail addresses, sentences that
 * are mostly unknown words (code, another language) and tokens a document
 * uses more than once, in any case or inside a link or handle (a name, a
 * coinage or an identifier, not a slip), are left alone. The split is found
 * by src/lexicon/word-split.ts: word-pair frequencies, no affix fragments
 * ("kill able"), no near-misspellings ("occured" is the spelling rule's), no
 * likely closed compounds unless the story writes the pair as two words
 * elsewhere ("ice sheet" … "icesheet"). Common joined errors (alot, infact,
 * noone) are listed in data/joined-words/known-joins.txt and always flagged,
 * at a sentence start with their capital ("Alot" → "A lot").
 *
 * Options: `dictionary` and `words`, the personal dictionaries of the
 * configuration (the preset passes them): a token listed there is never split.
 *
 * Flags:  Petro’s moveforces Washington to choose between its allies.
 * Leaves: The newsroom cannot verify the whistleblower’s account.
 */
import type {VFile} from 'vfile'
import {isPlainLowercase} from '../lexicon/known-word.js'
import {findJoin, isKnownJoin, isWholeWord} from '../lexicon/word-split.js'
import {type PersonalWordOptions, personalWordSets} from '../lexicon/personal.js'
import {documentView, type SentenceInfo, type WordInfo} from '../text/document.js'
import {foreignSentences} from '../text/foreign-sentences.js'
import {nonProseRanges, overlapsAny} from '../text/non-prose.js'
import {defineRule, report} from './define.js'

/** Lowercase letters, long enough to hold two words of two letters or more, perhaps possessive (“thecity’s”). */
const candidate = /^(\p{Ll}{4,})((?:['’]s)?)$/u
/** The same with a capital, taken only at a sentence start and only for a listed error (“Alot of people…”). */
const capitalisedCandidate = /^(\p{Lu}\p{Ll}{3,})((?:['’]s)?)$/u

interface Candidate {
  word: WordInfo
  /** The letters that may hide two words, in lowercase. */
  token: string
  /** A possessive ending, kept on the fix. */
  ending: string
  capitalised: boolean
}

const lowercase = /^\p{Ll}+$/u

/**
 * The candidate `word` makes, if any; a word of lowercase letters no list
 * knows is also added to `unknownLowercase`, which tells foreign sentences
 * (capitalised words are names, which say nothing about a sentence's
 * language). One look-up serves both for most words.
 */
function candidateOf(word: WordInfo, unknownLowercase: Set<WordInfo>): Candidate | undefined {
  const {text} = word
  // Most words are plain lowercase: they need no pattern.
  if (isPlainLowercase(text)) {
    if (isWholeWord(text)) return undefined
    unknownLowercase.add(word)
    return text.length < 4 ? undefined : {word, token: text, ending: '', capitalised: false}
  }
  if (lowercase.test(text) && !isWholeWord(text)) unknownLowercase.add(word)
  const match = candidate.exec(text)
  if (match) return isWholeWord(match[1]!) ? undefined : {word, token: match[1]!, ending: match[2]!, capitalised: false}
  const initial = word.indexInSentence === 0 ? capitalisedCandidate.exec(text) : null
  if (initial && isKnownJoin(initial[1]!.toLowerCase())) {
    return {word, token: initial[1]!.toLowerCase(), ending: initial[2]!, capitalised: true}
  }
  return undefined
}

const letter = /\p{L}/u

/** Whether the UTF-16 code unit at `index` is a letter (a lone surrogate is not). */
function isLetterAt(source: string, index: number): boolean {
  const code = source.charCodeAt(index)
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
  return letter.test(source.charAt(index))
}

/** How often `phrase` occurs in `source` with no letter either side. */
function usesIn(source: string, phrase: string): number {
  let count = 0
  for (let index = source.indexOf(phrase); index !== -1; index = source.indexOf(phrase, index + phrase.length)) {
    if (!isLetterAt(source, index - 1) && !isLetterAt(source, index + phrase.length)) count++
  }
  return count
}

/** Past this many tokens, one pass over the source beats a search for each. */
const maxTokensSearchedOneByOne = 16

/**
 * How often each of `tokens` (runs of letters) occurs in `source` with no
 * letter either side. A search per token costs the document's length each
 * time, which on a long document with many candidates added up to more than
 * the rule's own work; there, one pass reads every run of letters once and
 * cuts out only those as long as some token.
 */
function letterRunCounts(source: string, tokens: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>()
  if (tokens.size <= maxTokensSearchedOneByOne) {
    for (const token of tokens) counts.set(token, usesIn(source, token))
    return counts
  }
  const lengths = new Set([...tokens].map((token) => token.length))
  let runStart = -1
  for (let index = 0; index <= source.length; index++) {
    if (index < source.length && isLetterAt(source, index)) {
      if (runStart === -1) runStart = index
      continue
    }
    if (runStart !== -1 && lengths.has(index - runStart)) {
      const run = source.slice(runStart, index)
      if (tokens.has(run)) counts.set(run, (counts.get(run) ?? 0) + 1)
    }
    runStart = -1
  }
  return counts
}

export default defineRule<PersonalWordOptions>(
  {id: 'joined-words', defaultSeverity: 'warn', summary: 'Two words run together (“moveforces”); suggests the split.'},
  (tree, file: VFile, options) => {
    const {words} = documentView(tree)
    const personal = personalWordSets(options)
    const unknownLowercase = new Set<WordInfo>()
    // Collected in one pass: an array with an entry per word of a long document would be megabytes of garbage.
    const candidates: Candidate[] = []
    for (let index = 0; index < words.length; index++) {
      const found = candidateOf(words[index]!, unknownLowercase)
      if (found && !personal.some((set) => set.has(found.token) || set.has(found.word.text))) candidates.push(found)
    }
    if (candidates.length === 0) return
    const skipped = nonProseRanges(file)
    const source = (file.data.sourceText ?? String(file)).toLowerCase()
    // A listed error is flagged however often it recurs, unless its capital may make it a name (Noone).
    const mayRecur = (found: Candidate) => !isKnownJoin(found.token) || found.capitalised
    let uses: Map<string, number> | undefined
    let foreign: Set<SentenceInfo> | undefined

    for (const found of candidates) {
      const {word, token, ending, capitalised} = found
      if (overlapsAny(skipped, word.start.offset!, word.end.offset!)) continue
      if (mayRecur(found)) {
        uses ??= letterRunCounts(source, new Set(candidates.filter(mayRecur).map((each) => each.token)))
        // A slip happens once; a token the story uses again, in any case or in a link or handle, is a name, coinage or identifier.
        if ((uses.get(token) ?? 0) > 1) continue
        foreign ??= foreignSentences(words, (word) => unknownLowercase.has(word))
        if (foreign.has(word.sentence)) continue
      }
      const split = findJoin(token, (left, right) => usesIn(source, `${left} ${right}`) + usesIn(source, `${left}-${right}`) > 0)
      if (!split) continue
      report(file, `“${word.text}” looks like two words run together: “${split.left}” and “${split.right}”`, word.start, word.end, {
        actual: word.text,
        expected: [`${capitalised ? split.left.charAt(0).toUpperCase() + split.left.slice(1) : split.left} ${split.right}${ending}`]
      })
    }
  }
)
