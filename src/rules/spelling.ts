/**
 * spelling — a word that is in no dictionary.
 *
 * Why: a misspelt common word ("goverment", "recieve") is the slip readers
 * notice first. Names are the biggest source of false alarms in news copy,
 * so a capitalised word inside a sentence is taken to be a name and left
 * alone; at the start of a sentence it is flagged only when it is one edit
 * from a common word that the article never capitalises mid-sentence.
 * Numbers with letters (1990s, Q3, 4bn), mixed case (iPhone, McDonald),
 * acronyms, URLs, e-mail addresses, @handles and #hashtags are not words
 * to spell-check. Words inside quotation marks are checked: typos hide there.
 *
 * Options:
 * - `dictionary` (string[]): personal dictionary files, one word a line
 *   (set with `dictionary` in `.retextrc.json`, relative to that file);
 * - `words` (string[]): extra words given inline;
 * - `suggestions` (boolean, default true): compute "did you mean" fixes
 *   (the language server turns this off and asks only for a quick fix).
 *
 * Flags:  The goverment said it would recieve the report.
 * Leaves: The government of Gustavo Petro said so in the 1990s.
 */
import type {VFile} from 'vfile'
import {englishWords} from '../lexicon/english.js'
import {unigramCount} from '../lexicon/frequency.js'
import {isKnownWord, normaliseWord, type WordSet} from '../lexicon/known-word.js'
import {personalWords} from '../lexicon/personal.js'
import {suggestSpellings} from '../lexicon/suggest.js'
import {documentView, type WordInfo} from '../text/document.js'
import {nonProseRanges, overlapsAny} from '../text/non-prose.js'
import {defineRule, report} from './define.js'

export interface SpellingOptions {
  dictionary?: string[]
  words?: string[]
  suggestions?: boolean
}

/** Tokens that are codes, figures or abbreviations rather than words. */
const notAWord = /\d|^.$|^[^\p{L}]+$/u
const mixedCase = /\p{Ll}\p{Lu}/u
const shortAcronym = /^\p{Lu}{2,5}s?$/u

function isCapitalised(text: string): boolean {
  const first = text.charAt(0)
  return first !== first.toLowerCase()
}

/** Parts of a word that are checked on their own: hyphenated compounds part by part. */
function partsOf(text: string): string[] {
  return normaliseWord(text)
    .split(/[-\u2010\u2011]/)
    .filter((part) => part.length > 0)
}

function wordSets(options: SpellingOptions | undefined): WordSet[] {
  const sets: WordSet[] = [englishWords()]
  for (const path of options?.dictionary ?? []) sets.push(personalWords(path))
  if (options?.words?.length) sets.push(new Set(options.words))
  return sets
}

/** Lowercase words the article also uses mid-sentence with a capital, i.e. as names. */
function namesInText(words: readonly WordInfo[]): Set<string> {
  const names = new Set<string>()
  for (const word of words) {
    if (word.indexInSentence > 0 && isCapitalised(word.text)) names.add(word.text.toLowerCase())
  }
  return names
}

export default defineRule<SpellingOptions>(
  {id: 'spelling', defaultSeverity: 'warn', summary: 'A word that is in no dictionary (names are left alone).'},
  (tree, file: VFile, options) => {
    const {words} = documentView(tree)
    if (words.length === 0) return
    const sets = wordSets(options)
    const isKnown = (word: string) => isKnownWord(word, sets)
    const skipped = nonProseRanges(file)
    const claimed = claimedByOtherRules(file)
    let names: Set<string> | undefined

    for (const word of words) {
      const {text} = word
      if (notAWord.test(text) || mixedCase.test(text) || shortAcronym.test(text)) continue
      if (overlapsAny(skipped, word.start.offset!, word.end.offset!)) continue
      if (claimed.has(word.start.offset!)) continue
      const unknown = partsOf(text).filter((part) => !isKnown(part) && !/^\p{Lu}/u.test(part))
      if (unknown.length === 0 && !isCapitalised(text)) continue
      if (isCapitalised(text)) {
        // Inside a sentence a capital marks a name; at its start, only a near miss of a common word counts.
        if (word.indexInSentence > 0 || isKnown(text)) continue
        names ??= namesInText(words)
        const lower = text.toLowerCase()
        if (names.has(lower) || unigramCount(lower) > 0 || suggestSpellings(lower, isKnown, 1).length === 0) continue
      } else if (unknown.length === 0) {
        continue
      }
      const expected = options?.suggestions === false ? undefined : suggestSpellings(text, isKnown)
      const hint = expected && expected.length > 0 ? `; did you mean ${expected.map((s) => `“${s}”`).join(' or ')}?` : ''
      report(file, `“${text}” is not in the dictionary${hint}`, word.start, word.end, {actual: text, expected})
    }
  }
)

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
