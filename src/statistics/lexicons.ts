/**
 * The word lists the statistics check reads, from `data/statistics/` (see
 * data/README.md). Loaded once per process, on first use.
 */
import {shippedEntries} from '../lexicon/data-files.js'

export type ReportingVerbKind = 'verb' | 'noun' | 'speech'

export interface StatisticsLexicons {
  reportingVerbs: ReadonlyMap<string, ReportingVerbKind>
  /** Source phrases as word sequences, longest first, by their first word. */
  attributionPhrases: PhraseIndex
  sourceNouns: ReadonlySet<string>
  /** Hedges as word sequences, longest first. */
  hedges: readonly (readonly string[])[]
  numberWords: ReadonlyMap<string, number>
  multipliers: ReadonlyMap<string, number>
  currencies: ReadonlySet<string>
  countedNouns: ReadonlySet<string>
  personNouns: ReadonlySet<string>
  casualtyWords: ReadonlySet<string>
  /** Casualty words for deaths, injuries and the missing, which make even small counts statistics. */
  harmWords: ReadonlySet<string>
  measureUnits: ReadonlySet<string>
  timeUnits: ReadonlySet<string>
  calendarWords: ReadonlySet<string>
  labelWords: ReadonlySet<string>
  /** Sports words that mark a sports sentence wherever they stand. */
  sportsWords: ReadonlySet<string>
  /** Sports words that do so only as the noun a number counts ("35 saves"). */
  sportsNouns: ReadonlySet<string>
  marketWords: ReadonlySet<string>
  retailWords: ReadonlySet<string>
  functionWords: ReadonlySet<string>
  superlatives: ReadonlySet<string>
}

const file = (name: string) => shippedEntries(`statistics/${name}.txt`)
const set = (name: string) => new Set(file(name).map((entry) => entry.toLowerCase()))
const phrases = (name: string) =>
  file(name)
    .map((entry) => entry.toLowerCase().split(/\s+/))
    .sort((a, b) => b.length - a.length)

function valued(name: string): Map<string, number> {
  const map = new Map<string, number>()
  for (const entry of file(name)) {
    const [word, value] = entry.split(/\s+/)
    map.set(word!.toLowerCase(), Number(value))
  }
  return map
}

/** Entries written "word" or "word tag", as a map from word to tag ('' when untagged). */
function tagged(name: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const entry of file(name)) {
    const [word, tag] = entry.split(/\s+/)
    map.set(word!.toLowerCase(), tag ?? '')
  }
  return map
}

function reportingVerbs(): Map<string, ReportingVerbKind> {
  const map = new Map<string, ReportingVerbKind>()
  for (const [word, tag] of tagged('reporting-verbs')) map.set(word, tag === 'noun' || tag === 'speech' ? tag : 'verb')
  return map
}

/** The words of a tagged file whose tag is `tag` ('' for untagged). */
function taggedWith(name: string, tag: string): Set<string> {
  const words = new Set<string>()
  for (const [word, wordTag] of tagged(name)) if (wordTag === tag) words.add(word)
  return words
}

let lexicons: StatisticsLexicons | undefined

export function statisticsLexicons(): StatisticsLexicons {
  lexicons ??= {
    reportingVerbs: reportingVerbs(),
    attributionPhrases: phraseIndex(phrases('attribution-phrases')),
    sourceNouns: set('source-nouns'),
    hedges: phrases('hedges'),
    numberWords: valued('number-words'),
    multipliers: valued('multipliers'),
    currencies: set('currencies'),
    countedNouns: set('counted-nouns'),
    personNouns: set('person-nouns'),
    casualtyWords: new Set(tagged('casualty-words').keys()),
    harmWords: taggedWith('casualty-words', 'harm'),
    measureUnits: set('measure-units'),
    timeUnits: set('time-units'),
    calendarWords: set('calendar-words'),
    labelWords: set('label-words'),
    sportsWords: taggedWith('sports-words', ''),
    sportsNouns: taggedWith('sports-words', 'counted'),
    marketWords: set('market-words'),
    retailWords: set('retail-words'),
    functionWords: set('function-words'),
    superlatives: set('superlatives')
  }
  return lexicons
}

export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>

/** Phrases grouped by their first word, so that a scan looks up one word per token. */
export function phraseIndex(list: readonly (readonly string[])[]): PhraseIndex {
  const index = new Map<string, (readonly string[])[]>()
  for (const phrase of list) {
    const group = index.get(phrase[0]!)
    if (group) group.push(phrase)
    else index.set(phrase[0]!, [phrase])
  }
  return index
}

/** Whether one of `phrases` starts at `index` of `words`. */
export function anyPhraseAt(words: readonly string[], index: number, phrases: PhraseIndex): boolean {
  const group = phrases.get(words[index]!)
  return group !== undefined && group.some((phrase) => phraseAt(words, index, phrase))
}

/** Whether the words of `phrase` stand at `index` of `words` (lower case). */
export function phraseAt(words: readonly string[], index: number, phrase: readonly string[]): boolean {
  for (let offset = 0; offset < phrase.length; offset++) {
    if (words[index + offset] !== phrase[offset]) return false
  }
  return true
}
