/**
 * unattributed-statistic — a figure stated with no source in reach.
 *
 * Why: "says who?" is the first question a copy editor asks of a number. A
 * death toll, a poll result, a budget or a share that nobody is said to have
 * counted reads as the paper's own finding, and the paper is then on the hook
 * for it. The check finds statistics (counts of casualties, arrests, strikes,
 * votes, jobs and people affected; percentages, shares and ratios; sums of
 * money), leaves alone the numbers that are not claims (dates, years, times,
 * ages, durations, ordinals, names with numbers, measurements, sports
 * results, shop prices, small counts that are part of the story), and looks
 * for a source: a reporting verb with a subject, "according to", "data
 * from", "citing officials", a named speaker's quotation, reported speech
 * carried on from the previous sentence, or the same figure attributed
 * elsewhere in the document. The message sits on the figure itself.
 *
 * Options:
 * - `largeCount` (number, default 100): from how many, a count of things not
 *   known to be statistic nouns ("163 teams") is treated as a statistic;
 *   smaller ones ("his three children", "15 headline ideas") are narrative.
 * - `sources` (string[]): extra phrases that name a source in your copy, such
 *   as "our analysis" or "the data desk".
 *
 * Flags:  US strikes have killed at least 75 people since August.
 * Leaves: US strikes have killed at least 75 people since August, the Pentagon said.
 * Leaves: It was the first such move in 30 years.
 */
import {paragraphAttribution} from '../statistics/attribution.js'
import {mayHoldQuantity} from '../statistics/quantities.js'
import {findStatistics, type Statistic} from '../statistics/statistics.js'
import {documentView, type SentenceInfo} from '../text/document.js'
import {nonProseRanges, overlapsAny} from '../text/non-prose.js'
import {sentenceTokens, type Token} from '../text/tokens.js'
import {defineRule, report} from './define.js'

export interface UnattributedStatisticOptions {
  largeCount?: number
  sources?: string[]
}

interface Finding {
  statistic: Statistic
  tokens: readonly Token[]
  attributed: boolean
}

function paragraphsOf(sentences: readonly SentenceInfo[]): SentenceInfo[][] {
  const paragraphs: SentenceInfo[][] = []
  for (const sentence of sentences) {
    const current = paragraphs.at(-1)
    if (current && current[0]!.paragraphIndex === sentence.paragraphIndex) current.push(sentence)
    else paragraphs.push([sentence])
  }
  return paragraphs
}

/** The figure as written, from its tokens. */
function figureText(tokens: readonly Token[], first: number, last: number): string {
  let text = ''
  for (let index = first; index <= last; index++) {
    const token = tokens[index]!
    text += (index > first && token.spaceBefore ? ' ' : '') + token.text
  }
  return text
}

/** Counts and casualty counts are one figure for "the same figure, attributed elsewhere". */
const figureKey = (statistic: Statistic) => `${statistic.kind === 'casualty count' ? 'count' : statistic.kind}:${statistic.key}`

export default defineRule<UnattributedStatisticOptions>(
  {
    id: 'unattributed-statistic',
    defaultSeverity: 'warn',
    summary: 'A figure stated with no source (“at least 75 people” — says who?).',
    options: {largeCount: 'number', sources: 'string[]'}
  },
  (tree, file, options = {}) => {
    const largeCount = options.largeCount ?? 100
    const extraPhrases = (options.sources ?? []).map((phrase) => phrase.toLowerCase().trim().split(/\s+/))
    const skipped = nonProseRanges(file)
    const findings: Finding[] = []
    // Tokens live for the paragraph being read, not for the whole document: on a long one they would be
    // megabytes the run no longer needs. The sentence before a paragraph is tokenised again when it is needed.
    let lastOfPrevious: SentenceInfo | undefined
    for (const paragraph of paragraphsOf(documentView(tree).sentences)) {
      const before = lastOfPrevious
      lastOfPrevious = paragraph.at(-1)
      // Most sentences hold no number and most paragraphs no statistic: tokenise and read sources only where one is.
      const tokenLists = paragraph.map((sentence) => (mayHoldQuantity(sentence.text) ? sentenceTokens(sentence.node) : undefined))
      const statistics = tokenLists.map((tokens) => {
        if (!tokens) return []
        return findStatistics(tokens, {largeCount}).filter((statistic) => {
          const start = tokens[statistic.first]!.start.offset ?? 0
          return !overlapsAny(skipped, start, tokens[statistic.last]!.end.offset ?? start)
        })
      })
      if (statistics.every((list) => list.length === 0)) continue
      const allTokens = tokenLists.map((tokens, index) => tokens ?? sentenceTokens(paragraph[index]!.node))
      const tokensBefore = before && sentenceTokens(before.node)
      const inReach = paragraphAttribution(allTokens, {extraPhrases}, tokensBefore)
      statistics.forEach((list, index) => {
        for (const statistic of list) {
          findings.push({statistic, tokens: allTokens[index]!, attributed: inReach[index]!(statistic.first)})
        }
      })
    }
    const attributedElsewhere = new Set(findings.filter((finding) => finding.attributed).map((finding) => figureKey(finding.statistic)))
    for (const {statistic, tokens, attributed} of findings) {
      if (attributed || attributedElsewhere.has(figureKey(statistic))) continue
      const text = figureText(tokens, statistic.first, statistic.last)
      report(
        file,
        `“${text}” is a ${statistic.kind} with no source in the sentence or its context; say whose figure it is (“according to …”, “…, officials said”)`,
        tokens[statistic.first]!.start,
        tokens[statistic.last]!.end,
        {actual: text}
      )
    }
  }
)
