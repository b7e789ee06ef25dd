/**
 * Whether a line shares its topic with the rest of its document, as evidence
 * for and against. For each telling word of the line: finding it elsewhere in
 * the document counts for the line in proportion to how unlikely the word was
 * to turn up in a text that long by chance (from the shipped English
 * frequency list), so sharing "Kirk" says a lot and sharing "new" nothing in a
 * long story; not finding it counts against. Words are matched on a crude
 * stem, so "Colombia" meets "Colombian" and "strikes" meets "strike".
 */
import {unigramCount} from '../lexicon/frequency.js'
import {foldText} from './headline.js'
import type {Layout, LayoutLine} from './layout.js'
import {hasNumeral} from './letters.js'

/** Sum of the counts in data/frequency/unigrams.txt, to turn counts into rates. */
const referenceTotal = 5.4e11
/** Count assumed for words the list lacks (names, coinages): about its rarest entries. */
const unlistedCount = 12714
/** Chance that a word of a story-like line turns up elsewhere in its own story, beyond chance. */
const onTopicChance = 0.7
/** Most a single shared word can count for the line, so one shared name does not outweigh everything. */
const maxSharedEvidence = 2
/** Words this likely to occur by chance tell nothing either way. */
const maxChance = 0.95

interface TopicWord {
  /** The word as written. */
  text: string
  stem: string
  /** How often the word occurs in English, per word. */
  rate: number
}

/** A light stemmer: "strikes", "striking" and "struck"… well, the first two, meet "strike"; "Colombian" meets "Colombia". */
function stemOf(folded: string): string {
  let stem = folded
  for (const suffix of ['ings', 'ing', 'ed', 'es', 's']) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3 && !stem.endsWith('ss')) {
      stem = stem.slice(0, -suffix.length)
      break
    }
  }
  if (stem.length >= 6 && stem.endsWith('an')) stem = stem.slice(0, -1)
  return stem.length > 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem
}

/** What comes before a word's first letter or after its last ("(Reuters)", "“Kirk’s”"). */
const outsideLetters = /^[^\p{L}]+|[^\p{L}]+$/gu

/** `text` as the topic weighs it; `null` for numbers and words without letters. */
function topicWord(text: string): TopicWord | null {
  const folded = foldText(text).replace(/'s$/, '').replace(outsideLetters, '')
  if (!folded || hasNumeral(folded)) return null
  const rate = Math.max(unigramCount(folded), unlistedCount) / referenceTotal
  return {text, stem: stemOf(folded), rate}
}

interface TopicIndex {
  words: Map<LayoutLine, TopicWord[]>
  /** For each stem, how many lines contain it. */
  linesWith: Map<string, number>
  wordCount: number
}

const cache = new WeakMap<Layout, TopicIndex>()

function topicIndex(layout: Layout): TopicIndex {
  let index = cache.get(layout)
  if (!index) {
    index = {words: new Map(), linesWith: new Map(), wordCount: 0}
    // Words recur throughout a story: each distinct one is weighed once.
    const weighed = new Map<string, TopicWord | null>()
    for (const line of layout.lines) {
      const words: TopicWord[] = []
      const stems = new Set<string>()
      for (const text of line.words) {
        let word = weighed.get(text)
        if (word === undefined) weighed.set(text, (word = topicWord(text)))
        if (!word) continue
        words.push(word)
        stems.add(word.stem)
      }
      index.words.set(line, words)
      index.wordCount += line.words.length
      for (const stem of stems) index.linesWith.set(stem, (index.linesWith.get(stem) ?? 0) + 1)
    }
    cache.set(layout, index)
  }
  return index
}

export interface Relatedness {
  /** Log-likelihood that the line is on the document's topic rather than foreign to it: above 0 leans on topic. */
  evidence: number
  /** How many of the line's words were telling enough to weigh. */
  telling: number
  /** The telling words found nowhere else, rarest first. */
  unseen: string[]
}

/**
 * How strongly `line` belongs with the rest of the document, not counting
 * `ignored` lines (such as its own repeats) nor its first `skipWords` words (a label).
 */
export function relatedness(layout: Layout, line: LayoutLine, ignored: readonly LayoutLine[] = [], skipWords = 0): Relatedness {
  const index = topicIndex(layout)
  const others = ignored.filter((other) => other !== line)
  const contextWords = index.wordCount - [line, ...others].reduce((sum, other) => sum + other.words.length, 0)
  const foundElsewhere = (stem: string) => {
    let count = (index.linesWith.get(stem) ?? 0) - 1
    for (const other of others) if (index.words.get(other)?.some((word) => word.stem === stem)) count--
    return count > 0
  }
  let evidence = 0
  const unseen: TopicWord[] = []
  const counted = new Set<string>()
  const words = index.words.get(line) ?? []
  for (const word of words.slice(Math.min(skipWords, words.length))) {
    const byChance = 1 - Math.exp(-contextWords * word.rate)
    if (counted.has(word.stem) || byChance > maxChance) continue
    counted.add(word.stem)
    const onTopic = byChance + onTopicChance * (1 - byChance)
    if (foundElsewhere(word.stem)) {
      evidence += Math.min(maxSharedEvidence, Math.log(onTopic / byChance))
    } else {
      evidence += Math.log((1 - onTopic) / (1 - byChance))
      unseen.push(word)
    }
  }
  unseen.sort((a, b) => a.rate - b.rate)
  // Trimmed here rather than for every word of the document: only the few words reported are shown.
  return {evidence, telling: counted.size, unseen: unseen.map((word) => word.text.replace(outsideLetters, ''))}
}
