/**
 * spelling — a word that is in no dictionary.
 *
 * Why: a misspelt common word ("goverment", "recieve") is the slip readers
 * notice first. Names are the biggest source of false alarms in news copy,
 * so a capitalised word is taken to be a name and left alone (unless it is a
 * contraction that lost its apostrophe: "Dont", "Theyre"), as are numbers
 * with letters (1990s, Q3, 4bn), mixed case (iPhone, McDonald), acronyms,
 * abbreviations (p.m., U.S.), URLs, e-mail addresses, @handles,
 * #hashtags and tokens longer than any word (pasted data). A sentence in
 * which many words are unknown is another language or code, not a page of
 * typos, and is skipped; so is an unknown word used twice or more in the
 * document (a coinage, or a name written in lowercase).
 * Words coined from known ones (see src/lexicon/word-formation.ts) pass.
 * Words inside quotation marks are checked: typos hide there.
 *
 * Known words: dictionary-en and dictionary-en-gb (US and British spellings),
 * the SymSpell frequency list, the newsroom dictionary
 * (data/newsroom-dictionary.txt) and the personal dictionaries in the config.
 *
 * Options:
 * - `suggestions` (boolean, default true): compute "did you mean" fixes
 *   (the language server turns this off and asks only for a quick fix).
 * The preset also hands it the configuration's top-level `dictionary`
 * (personal dictionary files, relative to the configuration file) and
 * `words` (extra words inline).
 *
 * Flags:  The goverment said it would recieve the report.
 * Leaves: The government of Gustavo Petro said so in the 1990s.
 */
import type {Punctuation} from 'nlcst'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {englishWords} from '../lexicon/english.js'
import {unigramWords} from '../lexicon/frequency.js'
import {isKnownWord, isPlainLowercase, maxWordLength, normaliseWord, type WordSet} from '../lexicon/known-word.js'
import {personalWordSets} from '../lexicon/personal.js'
import {apostropheOf, contractionWithoutApostrophe, ownApostrophe, suggestSpellings, withApostrophe} from '../lexicon/suggest.js'
import {isFormedFromKnownWords, prefixList} from '../lexicon/word-formation.js'
import {documentView, type WordInfo} from '../text/document.js'
import {foreignSentences} from '../text/foreign-sentences.js'
import {isTitleCaseWord, startsWithCapital} from '../text/letters.js'
import {nonProseRanges, overlapsAny} from '../text/non-prose.js'
import {defineRule, report} from './define.js'

export interface SpellingOptions {
  dictionary?: string[]
  words?: string[]
  suggestions?: boolean
}

/** Tokens that are codes, figures, abbreviations or paths rather than words. */
const notAWord = /\d|^.$|^[^\p{L}]+$|[._/\\@#]|\p{Ll}\p{Lu}|^\p{Lu}{2,}s?$/u

/** An unknown word used this often in one document is deliberate. */
const repeatedUse = 2

const finalStops = /^\.+$/

/** Drop the full stop parse-english keeps on a word at the end of an abbreviation-like token. */
function withoutFinalStops(text: string): string {
  return text.replace(/\.+$/, '')
}

/** The word lists a word is known by: the dictionaries, frequent words, and the personal ones configured (the language server suggests from them too). */
export function wordSets(options: SpellingOptions | undefined): WordSet[] {
  // The frequency list holds real words Hunspell lacks (British forms, "de").
  return [englishWords(), unigramWords(), ...personalWordSets(options)]
}

/**
 * Suggestions already made, per rule configuration and while its word lists
 * stay the same: an editor or a CMS re-lints the same copy after every
 * change, unknown words and all, and suggesting is most of the rule's work.
 * Bounded, as a long-running process sees many documents.
 */
const rememberedSuggestions = new WeakMap<object, {sets: readonly WordSet[]; byWord: Map<string, readonly string[]>}>()
const defaultConfiguration = {}
const maxRememberedSuggestions = 2000

function suggestionsFor(text: string, options: SpellingOptions | undefined, sets: readonly WordSet[], isKnown: (word: string) => boolean): string[] {
  const key = options ?? defaultConfiguration
  let memory = rememberedSuggestions.get(key)
  // A personal dictionary edited on disk is read again as a new set: its old suggestions go.
  if (!memory || memory.sets.length !== sets.length || memory.sets.some((set, index) => set !== sets[index])) {
    memory = {sets, byWord: new Map()}
    rememberedSuggestions.set(key, memory)
  }
  let suggestions = memory.byWord.get(text)
  if (!suggestions) {
    if (memory.byWord.size >= maxRememberedSuggestions) memory.byWord.clear()
    suggestions = suggestSpellings(text, isKnown)
    memory.byWord.set(text, suggestions)
  }
  return [...suggestions]
}

/** Whether a part of the word is unknown: hyphenated compounds are checked part by part, prefixes skipped. */
function hasUnknownPart(text: string, isKnown: (word: string) => boolean, isCoined: (word: string) => boolean): boolean {
  const prefixes = prefixList()
  return normaliseWord(text)
    .split(/[-\u2010\u2011]/)
    .some(
      (part) =>
        part.length > 0 && !startsWithCapital(part) && !prefixes.includes(part.toLowerCase()) && !isKnown(part) && !isCoined(part)
    )
}

export default defineRule<SpellingOptions>(
  {
    id: 'spelling',
    defaultSeverity: 'warn',
    summary: 'A word that is in no dictionary (names are left alone).',
    // Personal dictionaries are set at the top level of the configuration (`dictionary`, `words`), for joined-words too.
    options: {suggestions: 'boolean'}
  },
  (tree, file: VFile, options) => {
    const {words} = documentView(tree)
    if (words.length === 0) return
    const sets = wordSets(options)
    const isKnown = (word: string) => isKnownWord(word, sets)
    const dictionaryOnly = [sets[0]!]
    const isCoined = (word: string) =>
      isFormedFromKnownWords(word.toLowerCase(), isKnown, (part) => isKnownWord(part, dictionaryOnly))
    const skipped = nonProseRanges(file)
    const claimed = claimedByOtherRules(file)

    /** The text checked of a word as written, when it is an unknown word; false when it is known or not a word. */
    const unknownText = (written: string): string | false => {
      // Cheap tests first: capitalised words are names, and most of the rest are plain lowercase words a list knows.
      if (startsWithCapital(written)) return isCapitalisedContraction(written, isKnown) ? written : false
      if (isPlainLowercase(written) && isKnown(written)) return false
      const text = withoutFinalStops(written)
      // A word broken at a line end ("im-") is half a word; a token longer than any word is data.
      if (notAWord.test(text) || text.endsWith('-') || text.length > maxWordLength) return false
      return hasUnknownPart(text, isKnown, isCoined) ? text : false
    }
    // A story repeats most of its words ("the", its subject's name): each spelling is judged once.
    const verdicts = new Map<string, string | false>()
    const unknown = new Map<WordInfo, string>()
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!
      let text = verdicts.get(word.text)
      if (text === undefined) verdicts.set(word.text, (text = unknownText(word.text)))
      if (text !== false && !overlapsAny(skipped, word.start.offset!, word.end.offset!)) unknown.set(word, text)
    }
    const foreign = foreignSentences(words, (word) => unknown.has(word))
    const candidates = [...unknown]
      .filter(([word]) => !claimed.has(word.start.offset!) && !foreign.has(word.sentence))
      .map(([word, text]) => ({word, text}))

    const uses = new Map<string, number>()
    for (const {text} of candidates) uses.set(text.toLowerCase(), (uses.get(text.toLowerCase()) ?? 0) + 1)

    let documentApostrophe: string | undefined
    for (const {word, text} of candidates) {
      // A coinage or a name in lowercase recurs through a story; a typo rarely does.
      if (uses.get(text.toLowerCase())! >= repeatedUse) continue
      let expected = options?.suggestions === false ? undefined : suggestionsFor(text, options, sets, isKnown)
      if (expected?.some((suggestion) => suggestion.includes("'"))) {
        // The word's own apostrophe, if it has one ("goverment’s" → "government’s"); else the copy's.
        const style = ownApostrophe(text) ?? (documentApostrophe ??= apostropheOf(file.data.sourceText ?? String(file)))
        expected = withApostrophe(expected, style)
      }
      const hint = expected && expected.length > 0 ? `; did you mean ${expected.map((s) => `“${s}”`).join(' or ')}?` : ''
      report(file, `“${text}” is not in the dictionary${hint}`, word.start, endOfText(word, text), {actual: text, expected})
    }
  }
)

/**
 * Where `text`, the word with its final stops dropped, ends: at the end of
 * the word's last part before them. The source may spell that part longer
 * than its text ("t&#101;h." in Markdown or HTML), so its length will not do.
 */
function endOfText(word: WordInfo, text: string): Point {
  if (text === word.text) return word.end
  const parts = word.node.children
  let last = parts.length - 1
  while (last > 0 && parts[last]!.type === 'PunctuationNode' && finalStops.test((parts[last] as Punctuation).value)) last--
  return parts[last]!.position?.end ?? word.end
}

/** Shorter words that lost an apostrophe are also names ("Im", "Ive"). */
const minContractionLength = 4

/**
 * A capitalised contraction without its apostrophe ("Dont", "Theyre"), as at
 * the start of a sentence or in a title-case headline: no name is spelt so,
 * so it is checked although capitalised.
 */
function isCapitalisedContraction(written: string, isKnown: (word: string) => boolean): boolean {
  return written.length >= minContractionLength && isTitleCaseWord(written) && contractionWithoutApostrophe(written, isKnown) !== undefined
}

/** Start offsets of words another rule has already explained (a joined word is not also a misspelling). */
function claimedByOtherRules(file: VFile): Set<number> {
  const offsets = new Set<number>()
  for (const message of file.messages) {
    if (message.ruleId === 'joined-words' && message.place && 'start' in message.place) {
      offsets.add(message.place.start.offset ?? -1)
    }
  }
  return offsets
}
