/**
 * Sentences that are not English prose: another language, or code pasted
 * into copy. In them most words are unknown, and flagging each would bury a
 * report; word rules skip such sentences instead.
 */
import type {SentenceInfo, WordInfo} from './document.js'

/** At least this many unknown words… */
const minimumUnknown = 3
/** …making up at least this share of the sentence's words. */
const minimumShare = 0.4

/** The sentences of `words` in which enough words fail `isUnknown`. */
export function foreignSentences(words: readonly WordInfo[], isUnknown: (word: WordInfo) => boolean): Set<SentenceInfo> {
  const tallies = new Map<SentenceInfo, {total: number; unknown: number}>()
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    let tally = tallies.get(word.sentence)
    if (!tally) tallies.set(word.sentence, (tally = {total: 0, unknown: 0}))
    tally.total++
    if (isUnknown(word)) tally.unknown++
  }
  const foreign = new Set<SentenceInfo>()
  for (const [sentence, {total, unknown}] of tallies) {
    if (unknown >= minimumUnknown && unknown / total >= minimumShare) foreign.add(sentence)
  }
  return foreign
}
