/**
 * The quantity recogniser and the statistic classifier behind
 * unattributed-statistic, on sentences written for these tests: what span a
 * number covers, its value and kind, and which numbers are not statistics.
 */
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../src/parse.js'
import {findQuantities} from '../src/statistics/quantities.js'
import {findStatistics} from '../src/statistics/statistics.js'
import {documentView} from '../src/text/document.js'
import {sentenceTokens, type Token} from '../src/text/tokens.js'

function tokensOf(sentence: string): readonly Token[] {
  const {tree} = parseDocument(sentence, 'text')
  const [first] = documentView(tree).sentences
  return sentenceTokens(first!.node)
}

const text = (tokens: readonly Token[], first: number, last: number) =>
  tokens
    .slice(first, last + 1)
    .map((token, index) => (index > 0 && token.spaceBefore ? ' ' : '') + token.text)
    .join('')

function quantities(sentence: string) {
  const tokens = tokensOf(sentence)
  return findQuantities(tokens).map((quantity) => ({
    text: text(tokens, quantity.first, quantity.last),
    kind: quantity.kind,
    value: quantity.value,
    hedged: quantity.hedged
  }))
}

function statistics(sentence: string) {
  const tokens = tokensOf(sentence)
  return findStatistics(tokens, {largeCount: 100}).map((statistic) => `${statistic.kind}: ${text(tokens, statistic.first, statistic.last)}`)
}

describe('tokens', () => {
  it('keeps separators, signs and units inside a figure and splits marks off', () => {
    const tokens = tokensOf('“About 1,000 homes,” he said—and $2.5bn (4.3%).')
    expect(tokens.map((token) => token.text)).toEqual(['“', 'About', '1,000', 'homes', ',', '”', 'he', 'said', '—', 'and', '$2.5bn', '(', '4.3%', ')', '.'])
    expect(tokens.filter((token) => token.mark).map((token) => token.text)).toEqual(['“', ',', '”', '—', '(', ')', '.'])
  })
})

describe('quantity recogniser', () => {
  it.each([
    ['The fund holds 1,234,567.89 shares.', '1,234,567.89 shares', 'count', 1234567.89],
    ['Two dozen workers walked out.', 'Two dozen workers', 'count', 24],
    ['Forty-two homes burned.', 'Forty-two homes', 'count', 42],
    ['With 75+ dead, the clinic closed.', '75+ dead', 'count', 75],
    ['The aid totals $2.5bn.', '$2.5bn', 'money', 2.5e9],
    ['The club raised £3m.', '£3m', 'money', 3e6],
    ['It has 1.2 million users.', '1.2 million users', 'count', 1.2e6],
    ['It lists almost half a million websites.', 'almost half a million websites', 'count', 5e5],
    ['Sales rose 4.3% in May.', '4.3%', 'percentage', 4.3],
    ['Sales rose 12 per cent in May.', '12 per cent', 'percentage', 12],
    ['Repairs cost $5 billion to $8 billion.', '$5 billion to $8 billion', 'money', 8e9],
    ['Between 400 and 600 breaks occur.', 'Between 400 and 600 breaks', 'count', 600],
    ['Some 40-50 people came.', 'Some 40-50 people', 'count', 50],
    ['Half of voters agree.', 'Half', 'share', 0.5],
    ['About a third of sites use it.', 'About a third', 'share', 1 / 3],
    ['One in five adults smokes.', 'One in five adults', 'ratio', 1],
    ['It uses 10 times more power.', '10 times more power', 'ratio', 10],
    ['Hundreds of thousands of people fled.', 'Hundreds of thousands of people', 'count', 200 * 2000],
    ['It raised hundreds of billions of dollars.', 'hundreds of billions of dollars', 'money', 200 * 2e9],
    ['They won 422,000 euros in damages.', '422,000 euros', 'money', 422000]
  ])('%s → %s', (sentence, figure, kind, value) => {
    const [quantity] = quantities(sentence)
    expect(quantity).toMatchObject({text: figure, kind})
    expect(quantity!.value).toBeCloseTo(value)
  })

  it.each([
    ['at least 75 people', 'The strikes killed at least 75 people.'],
    ['more than 1,000 homes', 'Floods hit more than 1,000 homes.'],
    ['nearly $1 trillion', 'The deficit will be nearly $1 trillion.'],
    ['some 12,000 applicants', 'The office wrote to some 12,000 applicants.'],
    ['roughly 80 percent', 'It represents roughly 80 percent of members.']
  ])('reads the hedge in “%s”', (figure, sentence) => {
    const [quantity] = quantities(sentence)
    expect(quantity).toMatchObject({text: expect.stringContaining(figure.split(' ').at(-1)!), hedged: true})
    expect(quantity!.text.startsWith(figure.split(' ')[0]!)).toBe(true)
  })

  it('finds no number in words that only look like one', () => {
    expect(quantities('No one came; one of them left, and the one who stayed said a third time was enough.')).toEqual([])
  })
})

describe('statistic classifier', () => {
  it.each([
    ['The law took effect in 2019 on Tuesday, March 3.'],
    ['The hotline opens at 9:30 a.m.'],
    ['The 42-year-old was released.'],
    ['Ms. Reyes, 54, was released.'],
    ['She served for 30 years.'],
    ['It was the third time in a row.'],
    ['Apollo 11, the G7 and Section 230 were discussed.'],
    ['Write to 520 Third Street or call 555-0143.'],
    ['The Boeing 737 landed.'],
    ['The Lions won 30-20 as Smith scored 25 points.'],
    ['Add 2 cups of flour and 1 tsp of salt.'],
    ['The two leaders met with their three advisers.'],
    ['The battery lasts up to 5 hours and the car goes 215 miles on a charge.'],
    ['Get 30% off the new headphones.'],
    ['The best and worst films of 2014.']
  ])('leaves alone: %s', (sentence) => {
    expect(statistics(sentence)).toEqual([])
  })

  it.each([
    ['Three people have died.', 'casualty count: Three people'],
    ['The death toll rose to 47.', 'casualty count: 47'],
    ['Police detained 212 protesters.', 'count: 212 protesters'],
    ['Two men were arrested.', undefined],
    ['The measure passed with 61 votes.', 'count: 61 votes'],
    ['It was the warmest year in 30 years.', 'record: warmest year in 30 years'],
    ['The bill, which passed 52-48, allocates $40 billion.', 'sum of money: $40 billion'],
    ['Shares closed at $3.91.', 'sum of money: $3.91'],
    ['The mug costs $9.', undefined],
    ['The laptop is $1,999 in the Amazon sale.', undefined],
    ['Amazon bought the grocer for $13.7 billion in a cash deal.', 'sum of money: $13.7 billion'],
    ['At least 19 strikes on 20 vessels were carried out.', 'count: At least 19 strikes on 20 vessels']
  ])('%s → %s', (sentence, expected) => {
    expect(statistics(sentence)).toEqual(expected ? [expected] : [])
  })
})
