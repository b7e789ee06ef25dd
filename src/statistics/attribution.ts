/**
 * Whether a figure has a source in reach, read paragraph by paragraph:
 *
 * - the sentence names one: a reporting verb with a subject ("the Pentagon
 *   said", "police estimated", "the study found"), or a phrase such as
 *   "according to", "data from", "in a statement", "citing officials";
 * - the figure sits inside a quotation whose speaker is named in a sentence
 *   the quotation touches or in the sentence just before it (across a
 *   paragraph break when that sentence is itself a quotation, as quotes run
 *   on in news copy), or which a colon introduces ("The mayor was blunt: “…”");
 * - the previous sentence of the paragraph opened reported speech
 *   ("…, police said." / "the report found that …") without quotation marks,
 *   and this sentence carries it on.
 *
 * What does not attribute, per the guide: a bare "officials" or "reports"
 * with no verb, an agentless passive ("deaths were reported", "is
 * expected"), "an estimated", a negated or infinitive verb ("have not said",
 * "declined to say"), a hedge, and "citing" a reason rather than a source.
 */
import {isCapitalisedWord, type Token} from '../text/tokens.js'
import {anyPhraseAt, phraseIndex, statisticsLexicons, type PhraseIndex, type StatisticsLexicons} from './lexicons.js'

const passiveAuxiliaries = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"])
const negations = new Set(['not', "n't", 'never', 'no'])
const adjectivalDeterminers = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'some', 'any', 'no', 'new', 'recent', 'latest', 'early', 'earlier', 'initial', 'original', 'unconfirmed'])
const pronouns = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who', 'which', 'that'])
const openingQuotes = new Set(['“', '«', '"'])
const closingQuotes = new Set(['”', '»', '"'])
const sentenceEnds = new Set(['.', '!', '?', '…'])
/** How close (in tokens) a reporting verb must be to a quotation mark to be its speech tag. */
const quoteTagReach = 4
/** How many words after "citing" or "per" (and a determiner) may come before the source's noun ("per the housing agency"). */
const sourceNounReach = 2
const sourceDeterminers = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her'])

const isQuote = (token: Token) => token.mark && (openingQuotes.has(token.text) || closingQuotes.has(token.text))

export interface AttributionOptions {
  /** Extra source phrases, lower case, as word lists. */
  extraPhrases: readonly (readonly string[])[]
}

class SourceReader {
  private readonly extraPhrases: PhraseIndex

  constructor(
    private readonly lexicons: StatisticsLexicons,
    options: AttributionOptions
  ) {
    this.extraPhrases = phraseIndex(options.extraPhrases)
  }

  /** Whether the reporting verb at `index` names a source here. */
  private isReportingVerb(tokens: readonly Token[], words: readonly string[], index: number): boolean {
    const kind = this.lexicons.reportingVerbs.get(words[index]!)
    if (kind === undefined) return false
    const before = words[index - 1]
    const twoBefore = words[index - 2]
    const after = words[index + 1]
    if (before === 'to' || negations.has(before ?? '') || negations.has(twoBefore ?? '')) return false
    if (before !== undefined && /n't$/.test(before)) return false
    const progressive = words[index]!.endsWith('ing')
    if (!progressive && passiveAuxiliaries.has(before ?? '') || (passiveAuxiliaries.has(twoBefore ?? '') && /ly$/.test(before ?? ''))) {
      return words.slice(index + 1, index + 5).includes('by')
    }
    if (adjectivalDeterminers.has(before ?? '') || /^[\d$£€]/.test(before ?? '')) return false
    const sourceBefore = isCapitalisedWord(tokens[index - 1]) || pronouns.has(before ?? '') || this.lexicons.sourceNouns.has(before ?? '')
    if (kind === 'noun') return sourceBefore
    if (kind === 'speech') {
      const tagBefore = before === ',' || (before !== undefined && closingQuotes.has(tokens[index - 1]!.text))
      const tagAfter = after === undefined || after === 'that' || after === ':' || after === ',' || sentenceEnds.has(after)
      return sourceBefore || tagBefore || tagAfter
    }
    return true
  }

  /**
   * "citing officials", "per the housing agency", "per Reuters" — not
   * "citing “extrajudicial executions”" (a reason) or "per cent" (a unit).
   */
  private namesSourceAfter(tokens: readonly Token[], words: readonly string[], index: number): boolean {
    let next = index + 1
    while (sourceDeterminers.has(words[next] ?? '')) next++
    for (const last = next + sourceNounReach; next < last; next++) {
      const token = tokens[next]
      if (!token || token.mark || this.lexicons.functionWords.has(words[next]!)) return false
      if (isCapitalisedWord(token) || this.lexicons.sourceNouns.has(words[next]!)) return true
    }
    return false
  }

  /** Whether `tokens` (one sentence) name a source anywhere. */
  hasSource(tokens: readonly Token[], words: readonly string[]): boolean {
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!
      if (this.isReportingVerb(tokens, words, index)) return true
      if ((word === 'citing' || word === 'per' || word === 'via') && this.namesSourceAfter(tokens, words, index)) return true
      if (anyPhraseAt(words, index, this.lexicons.attributionPhrases) || anyPhraseAt(words, index, this.extraPhrases)) return true
    }
    return false
  }

  /**
   * Whether the sentence reports speech that the next sentence may carry on:
   * "…, police said." / "said Mark Quinlan, …" / "the commission found that …".
   * A verb that tags a quotation ("“…,” Netanyahu said.") does not count: the
   * quotation is what was said, and the next sentence is the writer's again.
   */
  opensReportedSpeech(tokens: readonly Token[], words: readonly string[]): boolean {
    const quoteMarks = tokens.flatMap((token, index) => (isQuote(token) ? [index] : []))
    for (let index = 0; index < words.length; index++) {
      if (!this.isReportingVerb(tokens, words, index)) continue
      if (quoteMarks.some((mark) => Math.abs(mark - index) <= quoteTagReach)) continue
      const after = words[index + 1]
      if (words.slice(index + 1, index + 5).includes('that') || after === ':' || words[index - 1] === ',') return true
      const tail = after === undefined || after === ',' || sentenceEnds.has(after)
      if (tail && words.slice(Math.max(0, index - 5), index).includes(',')) return true
    }
    return false
  }
}

/**
 * For each sentence of one paragraph, which of its tokens have a source in
 * reach. `previous` is the last sentence of the paragraph before, if any: a
 * quotation that opens this paragraph carries on one attributed there.
 */
export function paragraphAttribution(
  sentences: readonly (readonly Token[])[],
  options: AttributionOptions,
  previous?: readonly Token[]
): Array<(index: number) => boolean> {
  const reader = new SourceReader(statisticsLexicons(), options)
  const previousQuoted = previous !== undefined && previous.some(isQuote) && reader.hasSource(previous, previous.map((token) => token.lower))
  const words = sentences.map((tokens) => tokens.map((token) => token.lower))
  const ownSource = sentences.map((tokens, index) => reader.hasSource(tokens, words[index]!))
  const reportedSpeech = sentences.map((tokens, index) => reader.opensReportedSpeech(tokens, words[index]!))

  // Quotations across the paragraph: which quotation each token is in (-1: none), and the sentences each touches.
  const quoteOf: number[][] = []
  const quoteSentences: Set<number>[] = []
  const quoteStartsSentence: boolean[] = []
  /** Quotations introduced by a colon: "The mayor was blunt: “We lost 300 homes.”" */
  const quoteAfterColon: boolean[] = []
  let open = -1
  sentences.forEach((tokens, sentenceIndex) => {
    const inQuote: number[] = []
    tokens.forEach((token, tokenIndex) => {
      const straight = token.text === '"'
      const closes = token.mark && open >= 0 && (straight || closingQuotes.has(token.text))
      const opens = token.mark && !closes && (straight || openingQuotes.has(token.text))
      if (closes) {
        inQuote.push(open)
        open = -1
        return
      }
      if (opens) {
        open = quoteSentences.length
        quoteSentences.push(new Set())
        quoteStartsSentence.push(tokenIndex === 0)
        quoteAfterColon.push(tokens[tokenIndex - 1]?.text === ':')
      }
      if (open >= 0) quoteSentences[open]!.add(sentenceIndex)
      inQuote.push(open)
    })
    quoteOf.push(inQuote)
  })
  const quoteAttributed = quoteSentences.map((touched, quote) => {
    for (const sentence of touched) if (ownSource[sentence]) return true
    if (quoteAfterColon[quote]) return true
    // A quotation that opens a sentence right after a sentence naming a source is that source's.
    const first = Math.min(...touched)
    if (!quoteStartsSentence[quote]) return false
    return first > 0 ? ownSource[first - 1]! : previousQuoted
  })

  return sentences.map((_, sentenceIndex) => {
    if (ownSource[sentenceIndex] || (sentenceIndex > 0 && reportedSpeech[sentenceIndex - 1])) return () => true
    const quotes = quoteOf[sentenceIndex]!
    return (index: number) => {
      const quote = quotes[index] ?? -1
      return quote >= 0 && quoteAttributed[quote]!
    }
  })
}
