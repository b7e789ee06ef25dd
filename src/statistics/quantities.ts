/**
 * The quantity recogniser: finds the numbers in a sentence's tokens and reads
 * each one whole — its hedge ("at least"), the number in digits or words
 * ("1,000", "two dozen", "75+", "hundreds of thousands", "half"), a range
 * ("40 to 80", "$5 billion to $8 billion"), a multiplier ("1.2 million",
 * "$2.5bn"), a currency, a percent sign or word, a ratio ("one in five",
 * "10 times more") and the noun it counts ("75 people", "46 of their close
 * contacts").
 *
 * It says what a number is, not whether it is a statistic: that is
 * `statistics.ts`'s call. Rule-based on purpose: every cue is a word list in
 * `data/statistics/`, and a sentence is read in one pass.
 */
import type {Token} from '../text/tokens.js'
import {phraseAt, statisticsLexicons, type StatisticsLexicons} from './lexicons.js'

export type QuantityKind = 'count' | 'percentage' | 'money' | 'share' | 'ratio'

export interface Quantity {
  kind: QuantityKind
  /** Index of the figure's first token (its hedge, if any). */
  first: number
  /** Index of the first token of the number itself. */
  numberFirst: number
  /** Index of the number's last token (multiplier, currency word or percent sign included). */
  numberLast: number
  /** Index of the figure's last token (the counted noun, if any). */
  last: number
  /** The value (the upper end of a range); a share is below 1. */
  value: number
  hedged: boolean
  /** Written in words ("three"), not figures. */
  spelledOut: boolean
  /** A vague plural such as "dozens" or "thousands of". */
  vague: boolean
  /** Has a multiplier ("million", "bn"). */
  multiplied: boolean
  /** Four plain digits between 1800 and 2100: a year, most likely. */
  yearLike: boolean
  /** Two numbers joined by a hyphen, the second smaller: a score ("4-1"). */
  scoreLike: boolean
  /** The word after a hyphen in a compound such as "20-year-old", "six-member", "300-pound". */
  compound?: string
  /** Index of the counted noun. */
  noun?: number
  /** Counted with "of" ("46 of their close contacts"). */
  partitive: boolean
}

const phoneNumber = /^(?:\d{3}-)?\d{3}-\d{4}$/
const digits = /^([+\-−]?)((?:us|a|c|hk)?[$£€¥₹])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(bn|mn|tn|m|k|b)?(\+)?(%)?$/
const fractions = new Map([
  ['half', 0.5],
  ['third', 1 / 3],
  ['thirds', 1 / 3],
  ['quarter', 0.25],
  ['quarters', 0.25],
  ['fifth', 0.2],
  ['fifths', 0.2],
  ['tenth', 0.1],
  ['tenths', 0.1]
])
const comparatives = new Set(['more', 'less', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'greater', 'fewer', 'faster', 'slower', 'as', 'the'])
/** Words before "half" that make it a part of a thing or of a time, not a share: "a year and a half", "the top half". */
const halfOfAThing = new Set(['a', 'top', 'bottom', 'first', 'second', 'last', 'other', 'upper', 'lower', 'back', 'front', 'better'])
/** Characters a number in figures may start with: digits, signs, currency signs. */
const signs = new Set([...'0123456789+-−$£€¥₹'].map((character) => character.charCodeAt(0)))
const rangeJoiners = new Set(['to', 'or', '-', '–', '—'])
const determiners = new Set(['the', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'these', 'those', 'them', 'all'])
const plainMultipliers = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'mn', 'bn', 'tn'])

interface Core {
  first: number
  last: number
  value: number
  money: boolean
  percent: boolean
  spelledOut: boolean
  vague: boolean
  multiplied: boolean
  yearLike: boolean
  scoreLike: boolean
  share: boolean
  compound?: string
}

const isYear = (value: number) => value >= 1800 && value <= 2100

/** Every core built with the same shape, so that the code reading them stays fast. */
function newCore(first: number, value: number, spelledOut: boolean, last = first): Core {
  return {first, last, value, money: false, percent: false, spelledOut, vague: false, multiplied: false, yearLike: false, scoreLike: false, share: false, compound: undefined}
}

class Reader {
  private readonly words: string[]
  constructor(
    private readonly tokens: readonly Token[],
    private readonly lexicons: StatisticsLexicons
  ) {
    this.words = tokens.map((token) => token.lower)
  }

  word(index: number): string | undefined {
    return this.words[index]
  }

  /** A number written in figures: value, and whether a currency sign, percent sign or multiplier is glued to it. */
  private figures(text: string): {value: number; money: boolean; percent: boolean; multiplied: boolean; plus: boolean} | undefined {
    const match = digits.exec(text)
    if (!match) return undefined
    const [, sign, currency, whole, decimals, suffix, plus, percent] = match
    if (suffix && !currency && !plainMultipliers.has(suffix)) return undefined
    let value = Number(whole!.replace(/,/g, '') + (decimals ?? ''))
    if (sign === '-' || sign === '−') value = -value
    if (suffix) value *= this.lexicons.multipliers.get(suffix) ?? 1
    return {value, money: Boolean(currency), percent: Boolean(percent), multiplied: Boolean(suffix), plus: Boolean(plus)}
  }

  private numberWord(word: string | undefined): number | undefined {
    if (word === undefined) return undefined
    const direct = this.lexicons.numberWords.get(word)
    if (direct !== undefined) return direct
    const parts = word.split('-')
    if (parts.length === 2 && parts.every((part) => this.lexicons.numberWords.has(part))) {
      return this.lexicons.numberWords.get(parts[0]!)! + this.lexicons.numberWords.get(parts[1]!)!
    }
    return undefined
  }

  private isCurrencySign(word: string | undefined): boolean {
    return word !== undefined && this.lexicons.currencies.has(word) && !/^[a-z]{4,}$/.test(word)
  }

  /** A fraction used as a share: "half of", "a third higher", "two-thirds of". */
  private fraction(index: number): Core | undefined {
    const word = this.words[index]!
    const first = index
    let last = index
    let value: number | undefined
    const hyphenated = /^(one|two|three|four)-(half|thirds?|quarters?|fifths?|tenths?)$/.exec(word)
    if (hyphenated) {
      value = (hyphenated[1] === 'one' ? 1 : this.numberWord(hyphenated[1])!) * fractions.get(hyphenated[2]!)!
    } else if (word === 'half' && !halfOfAThing.has(this.words[index - 1] ?? '')) {
      value = 0.5
    } else if ((word === 'a' || word === 'one' || this.lexicons.numberWords.has(word)) && fractions.has(this.words[index + 1] ?? '')) {
      const count = word === 'a' || word === 'one' ? 1 : this.numberWord(word)!
      last = index + 1
      value = count * fractions.get(this.words[last]!)!
      if (this.words[last] === 'half') return undefined
    }
    if (value === undefined) return undefined
    const next = this.words[last + 1]
    if (next !== 'of' && !comparatives.has(next ?? '')) return undefined
    if (word === 'half' && next === 'the' && this.words[index - 1] === 'first') return undefined
    const core = newCore(first, value, true, last)
    core.share = true
    return core
  }

  /** The number starting at `index`, without multiplier, unit or range. */
  private bareNumber(index: number): Core | undefined {
    const word = this.words[index]
    if (word === undefined || this.tokens[index]!.mark) return undefined
    const figures = this.figures(word)
    if (figures) {
      const core = newCore(index, figures.value, false)
      core.money = figures.money
      core.percent = figures.percent
      core.multiplied = figures.multiplied
      core.yearLike = /^\d{4}$/.test(word) && isYear(figures.value)
      return core
    }
    if (phoneNumber.test(word)) return undefined
    const hyphen = word.indexOf('-', 1)
    if (hyphen > 0) return this.hyphenated(index, word, hyphen)
    const value = this.numberWord(word)
    if (value !== undefined) {
      const core = newCore(index, value, true)
      core.vague = word.endsWith('s')
      return core
    }
    if (word === 'one') return newCore(index, 1, true)
    const next = this.words[index + 1]
    const afterNext = this.words[index + 2]
    let core: Core | undefined
    if (word === 'half' && next === 'a' && afterNext !== undefined && plainMultipliers.has(afterNext)) {
      // "half a million"
      core = newCore(index, 0.5 * this.lexicons.multipliers.get(afterNext)!, true, index + 2)
    } else if (word === 'a' && next !== undefined && (next === 'dozen' || plainMultipliers.has(next))) {
      // "a dozen", "a million": the article stands for one.
      core = newCore(index, next === 'dozen' ? 12 : this.lexicons.multipliers.get(next)!, true, index + 1)
    }
    if (core) core.multiplied = next !== 'dozen'
    return core
  }

  /** "40-50", "5-3", "2005-06", "twenty-five", "80-percent", "20-year-old", "six-member". */
  private hyphenated(index: number, word: string, hyphen: number): Core | undefined {
    const left = word.slice(0, hyphen)
    const right = word.slice(hyphen + 1)
    const leftFigures = this.figures(left)
    const leftValue = leftFigures?.value ?? this.numberWord(left)
    if (leftValue === undefined) return undefined
    const rightFigures = this.figures(right)
    if (rightFigures) {
      const core = newCore(index, Math.max(leftValue, rightFigures.value), !leftFigures)
      core.yearLike = isYear(leftValue) && (isYear(rightFigures.value) || /^\d\d$/.test(right))
      core.money = Boolean(leftFigures?.money)
      core.percent = rightFigures.percent
      core.scoreLike = !core.yearLike && leftValue <= 200 && rightFigures.value <= leftValue && !core.percent && !core.money
      return core
    }
    const wholeWord = this.numberWord(word)
    if (wholeWord !== undefined) return newCore(index, wholeWord, true)
    const core = newCore(index, leftValue, !leftFigures)
    if (/^(percent|per-cent|pct)$/.test(right)) core.percent = true
    else core.compound = right
    return core
  }

  /** A number with its currency sign, multipliers, vague "of" chain, percent or currency word. */
  private amount(index: number): Core | undefined {
    let start = index
    let money = false
    if (this.isCurrencySign(this.words[index]) && this.words[index + 1] !== undefined && !this.tokens[index + 1]!.mark) {
      money = true
      start = index + 1
    }
    const core = this.fraction(start) ?? this.bareNumber(start)
    if (!core) return undefined
    core.first = index
    core.money ||= money
    if (core.share || core.compound !== undefined || core.scoreLike) return core
    let next = core.last + 1
    // Multipliers: "1.2 million", "two dozen", "hundred thousand".
    for (;;) {
      const word = this.words[next]
      if (word === 'dozen' && core.spelledOut) core.value *= 12
      else if (word !== undefined && plainMultipliers.has(word)) core.value *= this.lexicons.multipliers.get(word)!
      else if (word !== undefined && (word === 'm' || word === 'k') && core.money) core.value *= this.lexicons.multipliers.get(word)!
      else break
      core.multiplied = true
      core.yearLike = false
      core.last = next++
    }
    // "hundreds of thousands of", "tens of millions".
    while (core.vague && this.words[next] === 'of' && /s$/.test(this.words[next + 1] ?? '') && this.numberWord(this.words[next + 1]) !== undefined) {
      core.value *= this.numberWord(this.words[next + 1])!
      core.last = next + 1
      next += 2
    }
    const word = this.words[next]
    if (word === '%' || word === 'percent' || word === 'pct' || (word === 'per' && this.words[next + 1] === 'cent')) {
      core.percent = true
      core.last = word === 'per' ? next + 1 : next
    } else if (word === 'percentage' && /^points?$/.test(this.words[next + 1] ?? '')) {
      core.percent = true
      core.last = next + 1
    } else if (word !== undefined && this.lexicons.currencies.has(word) && /^[a-z]{4,}$/.test(word)) {
      core.money = true
      core.last = next
    } else if (core.vague && word === 'of' && /^(dollars|euros|pounds)$/.test(this.words[next + 1] ?? '')) {
      core.money = true
      core.last = next + 1
    }
    if (core.money || core.percent) core.yearLike = false
    return core
  }

  /** A range: "40 to 80 percent", "$5 billion to $8 billion", "between $400 and $600", "15 or 20". */
  private range(core: Core): Core {
    const joiner = this.words[core.last + 1]
    const between = this.words[core.first - 1] === 'between' || this.words[core.first - 1] === 'from'
    if (joiner === undefined || !(rangeJoiners.has(joiner) || (joiner === 'and' && between))) return core
    const second = this.amount(core.last + 2)
    if (!second || second.share || second.compound !== undefined || second.scoreLike) return core
    if (between) core.first--
    core.last = second.last
    core.value = Math.max(core.value, second.value)
    core.money ||= second.money
    core.percent ||= second.percent
    core.multiplied ||= second.multiplied
    core.yearLike &&= second.yearLike
    return core
  }

  /** The ratio words after a number: "10 times more", "one in five", "nine out of 10", "threefold". */
  private ratioEnd(core: Core): number | undefined {
    const next = this.words[core.last + 1]
    const comparative = this.words[core.last + 2] ?? ''
    if (next === 'times' && comparatives.has(comparative)) return comparative === 'as' || comparative === 'the' ? core.last + 1 : core.last + 2
    if (core.money || core.percent || core.value > 10) return undefined
    const whole = next === 'in' ? core.last + 2 : next === 'out' && this.words[core.last + 2] === 'of' ? core.last + 3 : undefined
    if (whole === undefined) return undefined
    const of = this.bareNumber(whole)
    return of && !of.yearLike && of.value > core.value ? whole : undefined
  }

  private hedgeStart(index: number): number {
    for (const hedge of this.lexicons.hedges) {
      const start = index - hedge.length
      if (start >= 0 && phraseAt(this.words, start, hedge)) return start
    }
    return index
  }

  /** The counted noun after `index`: "75 [people]", "46 of their close [contacts]", "263 daily news [organizations]". */
  private countedNoun(index: number): {noun: number; partitive: boolean} | undefined {
    let next = index + 1
    let partitive = false
    if (this.words[next] === 'of') {
      partitive = true
      next++
      while (determiners.has(this.words[next] ?? '')) next++
    }
    const run: number[] = []
    while (run.length < 4 && next < this.words.length) {
      const token = this.tokens[next]!
      const word = this.words[next]!
      if (token.mark || this.lexicons.functionWords.has(word) || digits.test(word)) break
      run.push(next++)
    }
    if (run.length === 0) return undefined
    const {countedNouns, personNouns, casualtyWords, measureUnits, timeUnits} = this.lexicons
    const unit = run[0]!
    if (timeUnits.has(this.words[unit]!)) return {noun: unit, partitive}
    // The word that says what is counted or measured: "13,000 US [troops]", "19,000 lane [miles]",
    // "400 stranded [families]", "75+ [dead]", "263 daily news [organizations]".
    const known = run.find((at) => {
      const word = this.words[at]!
      return countedNouns.has(word) || personNouns.has(word) || measureUnits.has(word)
    })
    const plural = run.findLast((at) => /[^s]s$/.test(this.words[at]!) && this.words[at]!.length > 3 && !casualtyWords.has(this.words[at]!))
    const casualty = run.find((at) => casualtyWords.has(this.words[at]!))
    return {noun: known ?? plural ?? casualty ?? unit, partitive}
  }

  /** A cheap test that rules out most tokens before any parsing. */
  private mayStartNumber(index: number): boolean {
    const word = this.words[index]!
    if (signs.has(word.charCodeAt(0))) return true
    if (word === 'a' || word === 'one') {
      const next = this.words[index + 1] ?? ''
      return next === 'dozen' || plainMultipliers.has(next) || fractions.has(next) || next === 'in' || next === 'out'
    }
    if (word === 'half' || this.lexicons.numberWords.has(word) || this.lexicons.currencies.has(word)) return true
    const hyphen = word.indexOf('-')
    return hyphen > 0 && (this.lexicons.numberWords.has(word.slice(0, hyphen)) || word.startsWith('one-'))
  }

  /** The quantity whose number starts at `index`, if one does. */
  quantityAt(index: number): Quantity | undefined {
    const word = this.words[index]
    if (word === undefined || !this.mayStartNumber(index)) return undefined
    if (word === 'one' && !/^(in|out|million|billion|trillion|thousand|hundred)$/.test(this.words[index + 1] ?? '')) return undefined
    const amount = this.amount(index)
    if (!amount) return undefined
    const core = this.range(amount)
    const ratioEnd = this.ratioEnd(core)
    let kind: QuantityKind = core.share ? 'share' : core.percent ? 'percentage' : core.money ? 'money' : 'count'
    let numberLast = core.last
    if (ratioEnd !== undefined) {
      kind = 'ratio'
      numberLast = ratioEnd
    }
    const first = this.hedgeStart(core.first)
    const counted = (kind === 'count' || kind === 'ratio') && core.compound === undefined ? this.countedNoun(numberLast) : undefined
    return {
      kind,
      first,
      numberFirst: core.first,
      numberLast,
      last: counted?.noun ?? numberLast,
      value: core.value,
      hedged: first < core.first || this.tokens[core.last]!.text.endsWith('+'),
      spelledOut: core.spelledOut,
      vague: core.vague,
      multiplied: core.multiplied,
      yearLike: core.yearLike,
      scoreLike: core.scoreLike,
      compound: core.compound,
      noun: counted?.noun,
      partitive: counted?.partitive ?? false
    }
  }
}

let quantityHint: RegExp | undefined

/**
 * Whether `text` may hold a quantity at all: a digit, a currency sign or a
 * number word. Most sentences do not, and are then never tokenised.
 */
export function mayHoldQuantity(text: string): boolean {
  if (!quantityHint) {
    const {numberWords, multipliers} = statisticsLexicons()
    const words = [...numberWords.keys(), ...multipliers.keys(), ...fractions.keys(), 'one'].filter((word) => /^[a-z]{3,}$/.test(word))
    quantityHint = new RegExp(String.raw`[\d$£€¥₹]|\b(?:${words.join('|')})\b`, 'i')
  }
  return quantityHint.test(text)
}

/** Every quantity in `tokens`, in order, none overlapping. */
export function findQuantities(tokens: readonly Token[]): Quantity[] {
  const reader = new Reader(tokens, statisticsLexicons())
  const quantities: Quantity[] = []
  for (let index = 0; index < tokens.length; index++) {
    const quantity = reader.quantityAt(index)
    if (!quantity) continue
    quantities.push(quantity)
    index = Math.max(index, quantity.numberLast)
  }
  return quantities
}
