/**
 * What makes a line look like a headline, and the form two headlines are
 * compared in: lowercase, quotes and dashes unified, punctuation dropped and
 * any CMS label ("Footage", "Watch:", "BREAKING:") taken off the front.
 */
import {shippedEntries} from '../lexicon/data-files.js'
import type {LayoutLine} from './layout.js'

export type LabelKind = 'media' | 'news'

export interface Label {
  /** The label as written, e.g. "VIDEO:". */
  text: string
  kind: LabelKind
}

let labelNames: {pattern: RegExp; kinds: Map<string, LabelKind>} | undefined

function labels() {
  if (!labelNames) {
    const kinds = new Map<string, LabelKind>()
    for (const entry of shippedEntries('headline-labels.txt')) {
      const space = entry.lastIndexOf(' ')
      kinds.set(entry.slice(0, space), entry.slice(space + 1) as LabelKind)
    }
    const names = [...kinds.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/ /g, '\\s+'))
    labelNames = {pattern: new RegExp(`^(?:${names.join('|')})`, 'iu'), kinds}
  }
  return labelNames
}

/**
 * What may follow a label: punctuation, or a space before a capitalised word,
 * so "Live music returns" keeps its first word while "Footage Charlie Kirk …"
 * loses its label. Case-sensitive on purpose.
 */
const afterLabel = /^(?:\s*[:|–—-]+\s*|\s+(?=[\p{Lu}\p{N}"“‘']))/u

/** The label at the start of `text`, if any, and the text after it. */
export function splitLabel(text: string): {label?: Label; rest: string} {
  const {pattern, kinds} = labels()
  const name = pattern.exec(text)?.[0]
  const separator = name && afterLabel.exec(text.slice(name.length))?.[0]
  const end = name && separator ? name.length + separator.length : 0
  if (!end || end >= text.length) return {rest: text}
  return {
    label: {text: text.slice(0, end).trim(), kind: kinds.get(name!.toLowerCase().replace(/\s+/g, ' '))!},
    rest: text.slice(end)
  }
}

/** Only ASCII: NFKC leaves such text as it is, and the only quote to unify is the backtick. */
const ascii = /^[\x00-\x7f]*$/

/** `text` lowercased, with quotes and dashes unified and white space collapsed. */
export function foldText(text: string): string {
  const folded = ascii.test(text)
    ? text.toLowerCase().replace(/`/g, "'")
    : text
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[‘’`´]/g, "'")
        .replace(/[“”„«»]/g, '"')
        .replace(/[‐‑‒–—―]/g, '-')
  // A single space is already collapsed: replacing only longer runs and other white space spares a copy per space.
  return folded.replace(/\s{2,}|[^\S ]/g, ' ').trim()
}

const topLevelDomains = 'com|org|net|gov|edu|io|co|uk|us|br|de|fr|news'
/** URLs, domain names, e-mail addresses and handles: not words of a headline. */
const addresses = new RegExp(
  `\\b(?:https?://|www\\.)\\S+|\\S+@\\S+|@\\w+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:${topLevelDomains})\\b\\S*`,
  'giu'
)
/**
 * What every address contains: "://", "www.", "@" or a full stop before a
 * top-level domain. Most lines have none, and testing for it is far cheaper
 * than the backtracking of `addresses` over every word.
 */
const addressMark = new RegExp(`://|www\\.|@|\\.(?:${topLevelDomains})`, 'iu')

/**
 * Words (letters and digits) of folded text. ASCII text needs no Unicode
 * classes; in other text, trying ASCII letters first halves the time the
 * Unicode classes take.
 */
const asciiWord = /[a-z0-9]+/g
const unicodeWord = /(?:[a-z0-9]|[\p{L}\p{N}])+/gu

/** The words of `text` in comparison form: label and addresses removed, folded, punctuation dropped. */
export function headlineTokens(text: string): string[] {
  const {rest} = splitLabel(text)
  const folded = foldText(addressMark.test(rest) ? rest.replace(addresses, ' ') : rest).replace(/'s\b/g, '')
  return folded.match(ascii.test(folded) ? asciiWord : unicodeWord) ?? []
}

/** Longest line, in words, still taken for a headline when it lacks end punctuation. */
const maxHeadlineWords = 25

/** A sentence ending inside a line ("Are you planning to visit? Also, …"): prose, not a headline. */
const innerSentenceEnd = /[.!?]["'”’)]*\s+["'“‘(]?\p{Lu}/u

/**
 * Whether `line` is shaped like a headline: marked up as a heading, the
 * document's first line, or short and either in title case or not ending in
 * a full stop or exclamation mark (headlines may ask questions).
 */
export function isHeadlineShaped(line: LayoutLine): boolean {
  if (line.heading || line.index === 0) return true
  if (line.words.length === 0 || line.words.length > maxHeadlineWords) return false
  return !line.endsSentence || line.titleCase || (line.question && !innerSentenceEnd.test(line.text))
}
