/**
 * Which quantities in a sentence are statistics, in the sense of the
 * newsroom statistics guide: counts of casualties, arrests, strikes, votes,
 * jobs and people affected, percentages, shares and ratios, sums of money —
 * claims a reader would ask "says who?" about. Dates, years, times, ages,
 * durations, ordinals, names with numbers ("Apollo 11", "Section 230"),
 * measurements and specifications, sports results, shop prices and small
 * counts that are part of the story ("his three children") are not.
 */
import {isCapitalisedWord, type Token} from '../text/tokens.js'
import {statisticsLexicons, type StatisticsLexicons} from './lexicons.js'
import {findQuantities, type Quantity} from './quantities.js'

export type StatisticKind = 'casualty count' | 'count' | 'percentage' | 'sum of money' | 'share' | 'ratio' | 'record'

export interface Statistic {
  kind: StatisticKind
  /** Index of the first token of the figure. */
  first: number
  /** Index of the last token (figures chained to it included: "19 strikes on 20 vessels"). */
  last: number
  /** The value as a string, to recognise the same figure stated twice ("75", "75+"). */
  key: string
}

export interface StatisticOptions {
  /** From how many, a count of things that are not casualties, cases, votes and the like is a statistic. */
  largeCount: number
}

type Verdict = StatisticKind | 'incidental' | 'not a quantity'

/** Words that join two figures into one claim: "19 strikes on 20 vessels". */
const chainWords = new Set(['on', 'in', 'of', 'from', 'for', 'across', 'against', 'at', 'among'])
const sequenceWords = new Set(['first', 'last', 'next', 'top', 'final', 'previous', 'second', 'third'])
/** How far (in tokens) a casualty word may stand from a count of people: "three people have died". */
const casualtyReach = 6
/** Below this, a count of people is a statistic only when they died, were hurt or are missing. */
const smallCasualtyCount = 10
const resultWords = new Set(['win', 'wins', 'won', 'victory', 'defeat', 'loss', 'lost', 'beat', 'beats', 'drew', 'draw', 'lead', 'led', 'trailed', 'outshot', 'rout'])


class SentenceReader {
  private readonly words: string[]
  private readonly sports: boolean
  private readonly market: boolean
  private readonly retail: boolean
  private readonly casualties: number[]

  constructor(
    private readonly tokens: readonly Token[],
    quantities: readonly Quantity[],
    private readonly lexicons: StatisticsLexicons,
    private readonly options: StatisticOptions
  ) {
    this.words = tokens.map((token) => (token.lower.endsWith("'s") ? token.lower.slice(0, -2) : token.lower))
    this.sports =
      this.words.some((word) => lexicons.sportsWords.has(word)) ||
      quantities.some((quantity) => this.isGameResult(quantity) || (quantity.noun !== undefined && lexicons.sportsNouns.has(this.words[quantity.noun]!)))
    this.market = this.words.some((word) => lexicons.marketWords.has(word))
    this.retail = !this.market && this.words.some((word) => lexicons.retailWords.has(word))
    this.casualties = []
    this.words.forEach((word, index) => {
      if (lexicons.casualtyWords.has(word)) this.casualties.push(index)
    })
  }

  /** A score next to a result word: "the 4-1 win", "beat Leeds 3-0" (a vote tally, "passed 52-48", is not). */
  private isGameResult(quantity: Quantity): boolean {
    if (!quantity.scoreLike) return false
    for (let index = quantity.first - 3; index <= quantity.last + 2; index++) {
      if (resultWords.has(this.words[index] ?? '')) return true
    }
    return false
  }

  /** A name or identifier with a number: "Apollo 11", "Section 230", "posts 542", "the 300 Sandwiches". */
  private isLabel(quantity: Quantity): boolean {
    if (quantity.first !== quantity.numberFirst || quantity.kind !== 'count') return false
    const before = quantity.first - 1
    const previous = this.tokens[before]
    if (this.lexicons.labelWords.has(this.words[before] ?? '') || sequenceWords.has(this.words[before] ?? '')) return true
    if (before > 0 && isCapitalisedWord(previous) && !this.lexicons.functionWords.has(this.words[before]!)) return true
    if (this.words[before] !== 'the') return false
    // "the 300 Sandwiches kerfuffle", "the 102 precinct": a name, or a number used as an adjective.
    const next = quantity.numberLast + 1
    return isCapitalisedWord(this.tokens[next]) || (quantity.noun === next && this.isSingularCommonNoun(this.words[next]!))
  }

  private isSingularCommonNoun(word: string): boolean {
    const {countedNouns, personNouns, casualtyWords, measureUnits, timeUnits} = this.lexicons
    if ([countedNouns, personNouns, casualtyWords, measureUnits, timeUnits].some((list) => list.has(word))) return false
    return !word.endsWith('s')
  }

  /** A date, a time or an age: "June 9", "25 November", "Chastain, 37,". */
  private isDateOrAge(quantity: Quantity): boolean {
    const {calendarWords} = this.lexicons
    if (calendarWords.has(this.words[quantity.numberFirst - 1] ?? '') || calendarWords.has(this.words[quantity.numberLast + 1] ?? '')) return true
    const appositive =
      this.words[quantity.first - 1] === ',' && isCapitalisedWord(this.tokens[quantity.first - 2]) && this.words[quantity.numberLast + 1] === ','
    return appositive && quantity.value < 120 && quantity.noun === undefined
  }

  /** "30% off" (a shop discount), "suits you 100%" (a manner of speaking). */
  private isPercentIdiom(quantity: Quantity): boolean {
    const next = this.words[quantity.numberLast + 1]
    return next === 'off' || (quantity.value === 100 && next !== 'of' && quantity.first === quantity.numberFirst)
  }

  /** "520 Third Street", "10 Downing Street": capitalised words after the number, ending in a street word. */
  private isAddress(quantity: Quantity): boolean {
    for (let index = quantity.numberLast + 1; index <= quantity.numberLast + 3 && isCapitalisedWord(this.tokens[index]); index++) {
      if (this.lexicons.labelWords.has(this.words[index]!)) return true
    }
    return false
  }

  /**
   * What a casualty word near a count of people makes it: a casualty count
   * (died, injured, missing), a count of people affected (arrested,
   * evacuated: from ten), or nothing.
   */
  private affected(quantity: Quantity): Verdict | undefined {
    let verdict: Verdict | undefined
    for (const index of this.casualties) {
      if (index < quantity.first - casualtyReach || index > quantity.last + casualtyReach) continue
      if (this.lexicons.harmWords.has(this.words[index]!)) return 'casualty count'
      if (quantity.value >= smallCasualtyCount) verdict = 'count'
    }
    return verdict
  }

  /** A bare number given as a toll: "put the death toll at 47" (a harm word right before it counts too: "killed 31"). */
  private isToll(quantity: Quantity): boolean {
    for (let index = quantity.first - 1; index >= Math.max(0, quantity.first - 4); index--) {
      if (this.words[index] === 'toll') return true
    }
    return false
  }

  private countVerdict(quantity: Quantity): Verdict {
    const {value} = quantity
    if (value <= 1) return 'incidental'
    const large = value >= this.options.largeCount || quantity.vague || quantity.multiplied
    if (quantity.noun === undefined) {
      if (this.isToll(quantity) || this.lexicons.harmWords.has(this.words[quantity.first - 1] ?? '')) return 'casualty count'
      return (value >= 1000 && !quantity.spelledOut) || quantity.vague || quantity.multiplied ? 'count' : 'incidental'
    }
    const noun = this.words[quantity.noun]!
    const {casualtyWords, personNouns, countedNouns, timeUnits, measureUnits} = this.lexicons
    if (timeUnits.has(noun) || measureUnits.has(noun)) return 'not a quantity'
    if (this.isAddress(quantity)) return 'not a quantity'
    if (this.lexicons.harmWords.has(noun)) return 'casualty count'
    if (casualtyWords.has(noun)) return value >= smallCasualtyCount ? 'count' : 'incidental'
    if (personNouns.has(noun)) return this.affected(quantity) ?? (large || (quantity.hedged && value >= 20) ? 'count' : 'incidental')
    if (countedNouns.has(noun)) return value >= 10 || large ? 'count' : 'incidental'
    if (large && !(quantity.spelledOut && !quantity.vague && !quantity.multiplied)) return 'count'
    if (!quantity.spelledOut && value >= 10 && quantity.partitive) return 'count'
    if (!quantity.spelledOut && value >= 20 && quantity.hedged) return 'count'
    return 'incidental'
  }

  /**
   * Where a record starts — "the [highest] level in 30 years", "the
   * [deadliest] since 1995" — when `quantity` is the span or year of one.
   */
  recordStart(quantity: Quantity): number | undefined {
    const joiner = this.words[quantity.first - 1]
    // "in 30 years" is a span; "in 2014" is only a date ("the worst of 2014").
    if (!(joiner === 'since' || (joiner === 'in' && !quantity.yearLike))) return undefined
    for (let index = quantity.first - 2; index >= Math.max(0, quantity.first - 5); index--) {
      if (this.lexicons.superlatives.has(this.words[index]!)) return index
    }
    return undefined
  }

  verdict(quantity: Quantity): Verdict {
    if (this.sports || quantity.scoreLike || quantity.compound !== undefined) return 'not a quantity'
    if (this.recordStart(quantity) !== undefined) return 'record'
    if (quantity.yearLike && quantity.kind === 'count') return 'not a quantity'
    if (this.isLabel(quantity) || this.isDateOrAge(quantity)) return 'not a quantity'
    switch (quantity.kind) {
      case 'percentage':
        return this.isPercentIdiom(quantity) ? 'not a quantity' : 'percentage'
      case 'share':
        return 'share'
      case 'ratio':
        return 'ratio'
      case 'money':
        // Shop prices are not statistics; sums with a multiplier, market figures and other large sums are.
        if (quantity.multiplied || quantity.vague || this.market) return 'sum of money'
        return quantity.value >= 1000 && !this.retail ? 'sum of money' : 'not a quantity'
      case 'count':
        return this.countVerdict(quantity)
    }
  }

  /** Whether `next` continues the figure that ends at `last`: "19 strikes [on] 20 vessels". */
  chains(last: number, next: Quantity): boolean {
    return next.first === last + 2 && chainWords.has(this.words[last + 1]!)
  }
}

/** The statistics among `tokens` (one sentence), in order. */
export function findStatistics(tokens: readonly Token[], options: StatisticOptions): Statistic[] {
  const quantities = findQuantities(tokens)
  if (quantities.length === 0) return []
  const reader = new SentenceReader(tokens, quantities, statisticsLexicons(), options)
  const statistics: Statistic[] = []
  for (let index = 0; index < quantities.length; index++) {
    const quantity = quantities[index]!
    const verdict = reader.verdict(quantity)
    if (verdict === 'incidental' || verdict === 'not a quantity') continue
    let last = quantity.last
    while (index + 1 < quantities.length && reader.chains(last, quantities[index + 1]!)) {
      const next = quantities[++index]!
      if (reader.verdict(next) === 'not a quantity') {
        index--
        break
      }
      last = next.last
    }
    const first = verdict === 'record' ? reader.recordStart(quantity)! : quantity.first
    statistics.push({kind: verdict, first, last, key: String(Math.round(quantity.value * 1000) / 1000)})
  }
  return statistics
}
