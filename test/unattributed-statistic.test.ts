/**
 * unattributed-statistic: every bullet of the issue as a pair of sentences,
 * one flagged and one left alone, in plain text and in Markdown; the
 * canonical article; option handling. All sentences are written for these
 * tests.
 */
import {describe, expect, it} from 'vitest'
import {lint, type NewslintMessage} from '../src/index.js'
import {createLocator} from '../src/text/location.js'
import {readFileSync} from 'node:fs'
import {fixturePath, lintFixture, only, places, readFixture} from './helpers.js'

const rule = 'unattributed-statistic'

async function flags(text: string, format: 'text' | 'markdown' = 'text', options?: object): Promise<NewslintMessage[]> {
  const config = only(rule)
  if (options) config.rules![rule] = ['warn', options]
  return (await lint(text, {format, config})).filter((message) => message.ruleId === rule)
}

/** The source text each message spans. */
function spans(text: string, messages: readonly NewslintMessage[]): string[] {
  const locator = createLocator(text)
  return messages.map((message) =>
    text.slice(locator.toOffset({line: message.line, column: message.column}), locator.toOffset({line: message.endLine, column: message.endColumn}))
  )
}

interface Pair {
  bullet: string
  /** A text whose figure is flagged, and the figure(s) the messages sit on. */
  flagged: string
  figure: string | string[]
  /** A near twin that is left alone. */
  leaves: string
}

const statistics: Pair[] = [
  {bullet: 'casualty count', flagged: 'Flooding in the valley has killed at least 40 people since Sunday.', figure: 'at least 40 people', leaves: 'Flooding in the valley has killed at least 40 people since Sunday, the regional governor said.'},
  {bullet: 'arrests', flagged: 'Police detained 212 protesters over the weekend.', figure: '212 protesters', leaves: 'Police detained 212 protesters over the weekend, a police spokesman told reporters.'},
  {bullet: 'strikes', flagged: 'The air force has carried out 35 strikes on fuel depots this month.', figure: '35 strikes', leaves: 'The air force has carried out 35 strikes on fuel depots this month, according to the defence ministry.'},
  {bullet: 'votes', flagged: 'The measure passed with 61 votes in the upper house.', figure: '61 votes', leaves: 'The measure passed with 61 votes in the upper house, official results showed.'},
  {bullet: 'jobs', flagged: 'The plant closure will cost 1,200 jobs.', figure: '1,200 jobs', leaves: 'The plant closure will cost 1,200 jobs, the union estimated.'},
  {bullet: 'people affected', flagged: 'More than 30,000 households lost power during the storm.', figure: 'More than 30,000 households', leaves: 'More than 30,000 households lost power during the storm, the utility said in a statement.'},
  {bullet: 'percentage', flagged: 'Unemployment rose to 4.3% in March.', figure: '4.3%', leaves: 'Unemployment rose to 4.3% in March, data from the statistics office show.'},
  {bullet: 'rate with "per cent"', flagged: 'Turnout fell by 12 per cent in the capital.', figure: '12 per cent', leaves: 'Turnout fell by 12 per cent in the capital, the electoral commission said.'},
  {bullet: 'ratio', flagged: 'One in five children in the district lives in poverty.', figure: 'One in five children', leaves: 'One in five children in the district lives in poverty, a study by the state university found.'},
  {bullet: 'share', flagged: 'Half of the county’s bridges need repair.', figure: 'Half', leaves: 'Half of the county’s bridges need repair, records show.'},
  {bullet: 'money total', flagged: 'The city spent $2.5bn on the new stadium.', figure: '$2.5bn', leaves: 'The city spent $2.5bn on the new stadium, figures released by the comptroller show.'},
  {bullet: 'money with a multiplier word', flagged: 'The charity raised £3m from 1.2 million donors.', figure: '£3m from 1.2 million donors', leaves: 'The charity raised £3m from 1.2 million donors, its director told the BBC.'},
  {bullet: 'change', flagged: 'Rents rose 9 percent last year.', figure: '9 percent', leaves: 'Rents rose 9 percent last year, per the housing agency.'},
  {bullet: 'record derived from data', flagged: 'Inflation reached its highest level in 30 years.', figure: 'highest level in 30 years', leaves: 'Inflation reached its highest level in 30 years, the central bank said.'},
  {bullet: 'poll result', flagged: 'Sixty-two percent of voters back the plan.', figure: 'Sixty-two percent', leaves: 'Sixty-two percent of voters back the plan, a poll by the Tribune found.'}
]

const notStatistics: Pair[] = [
  {bullet: 'dates and years', flagged: 'The programme has enrolled 2,019 families.', figure: '2,019 families', leaves: 'The programme began in 2019 and took its first families on Tuesday, March 3.'},
  {bullet: 'times', flagged: 'The hotline logged 930 complaints on Tuesday.', figure: '930 complaints', leaves: 'The hotline opens at 9:30 a.m. on Tuesday.'},
  {bullet: 'ages', flagged: 'The 42 detainees were released on bail.', figure: '42 detainees', leaves: 'The 42-year-old was released on bail.'},
  {bullet: 'durations', flagged: 'She cut the city payroll by 30 percent.', figure: '30 percent', leaves: 'She ran the city payroll office for 30 years.'},
  {bullet: 'ordinals', flagged: 'The bridge has closed 300 times this year.', figure: '300 times', leaves: 'It was the third time the bridge had closed this year.'},
  {bullet: 'names with numbers', flagged: 'Overnight, 230 new cases of COVID-19 appeared in the city.', figure: '230 new cases', leaves: 'Officials from the G7 met to discuss COVID-19, Apollo 11 and Section 230.'},
  {bullet: 'addresses and phone numbers', flagged: 'The helpline took 5,200 calls in a week.', figure: '5,200 calls', leaves: 'Send letters to 520 Third Street or call 555-0143.'},
  {bullet: 'model numbers', flagged: 'Boeing delivered 737 jets last year.', figure: '737 jets', leaves: 'The airline flies the Boeing 737 and sells the iPhone 11 on board.'},
  {bullet: 'sports scores', flagged: 'The Lions cut 30 jobs after a poor year.', figure: '30 jobs', leaves: 'The Lions won 30-20 and Smith scored 25 points with 11 rebounds.'},
  {bullet: 'recipe quantities', flagged: 'The bakery sold 2,000 loaves in a day.', figure: '2,000 loaves', leaves: 'Add 2 cups of flour and 1 tsp of salt.'},
  {bullet: 'small incidental counts', flagged: 'The two leaders met in Geneva as 300 protesters gathered outside.', figure: '300 protesters', leaves: 'The two leaders met in Geneva with their three advisers.'}
]

const attributions: Pair[] = [
  {bullet: 'reporting verb with a source', flagged: 'Wildfires have destroyed 1,400 homes this summer.', figure: '1,400 homes', leaves: 'Wildfires have destroyed 1,400 homes this summer, officials told Reuters.'},
  {bullet: 'an anonymous official with a reporting verb', flagged: 'Some 3,000 troops remain in the country.', figure: 'Some 3,000 troops', leaves: 'Some 3,000 troops remain in the country, a US official told AFP.'},
  {bullet: '"according to"', flagged: 'Crime fell 8% in the first half of the year.', figure: '8%', leaves: 'According to police figures, crime fell 8% in the first half of the year.'},
  {bullet: '"citing" a source (not a reason)', flagged: 'The minister resigned, citing “failures” in a scheme that lost $40 million.', figure: '$40 million', leaves: 'The scheme lost $40 million, the paper reported, citing auditors.'},
  {bullet: '"per"', flagged: 'Ridership dropped 14 percent.', figure: '14 percent', leaves: 'Ridership dropped 14 percent, per the transit authority.'},
  {bullet: '"data from"', flagged: 'Home sales slid 6% in May.', figure: '6%', leaves: 'Home sales slid 6% in May, data from the realtors’ association show.'},
  {bullet: '"figures released by"', flagged: 'Exports grew by $3.1 billion.', figure: '$3.1 billion', leaves: 'Exports grew by $3.1 billion, figures released by the customs office show.'},
  {bullet: '"a study by"', flagged: 'Air pollution shortens lives by two years in 40% of the region.', figure: '40%', leaves: 'Air pollution shortens lives by two years in 40% of the region, a study by the health institute found.'},
  {bullet: '"a poll by"', flagged: 'Support for the mayor stands at 38%.', figure: '38%', leaves: 'Support for the mayor stands at 38%, a poll by the Courier shows.'},
  {bullet: '"records show"', flagged: 'The agency paid $12 million in overtime.', figure: '$12 million', leaves: 'Records show the agency paid $12 million in overtime.'},
  {bullet: 'reported speech carried on from the previous sentence', flagged: 'The fire began in a warehouse near the port. About 30 firefighters were hurt.', figure: 'About 30 firefighters', leaves: 'The fire began in a warehouse near the port, police said. About 30 firefighters were hurt.'},
  {bullet: 'inside a quotation whose speaker is named', flagged: 'The town has lost 40 homes to the river.', figure: '40 homes', leaves: 'The mayor spoke at dawn. “We have lost everything. Forty homes are gone,” she said.'},
  {bullet: 'inside a quotation carried on into the next paragraph', flagged: 'The mayor toured the town on Monday.\n\n“More than 200 houses are under water.”', figure: 'More than 200 houses', leaves: '“We have lost the bridge,” Mayor Ana Ruiz told reporters.\n\n“More than 200 houses are under water.”'},
  {bullet: 'inside a quotation introduced by a colon', flagged: 'The mayor was blunt. The town has lost 300 homes.', figure: '300 homes', leaves: 'The mayor was blunt: “The town has lost 300 homes.”'},
  {bullet: 'the same figure attributed elsewhere', flagged: 'The storm killed 12 people.\n\nThe 12 deaths were the first in a decade.', figure: ['12 people', '12 deaths'], leaves: 'The storm killed 12 people, the coroner said.\n\nThe 12 deaths were the first in a decade.'},
  {bullet: 'agentless passive does not attribute', flagged: 'At least 60 cases were reported in the district.', figure: 'At least 60 cases', leaves: 'At least 60 cases were reported by the district health office.'},
  {bullet: '"an estimated" does not attribute', flagged: 'An estimated 4,000 people fled the fighting.', figure: 'An estimated 4,000 people', leaves: 'An estimated 4,000 people fled the fighting, the UN refugee agency said.'}
]

const quantities: Pair[] = [
  {bullet: 'digits with separators and decimals', flagged: 'The fund lost 1,234.5 million dollars.', figure: '1,234.5 million dollars', leaves: 'The fund lost 1,234.5 million dollars, its annual report shows.'},
  {bullet: 'number words', flagged: 'Two dozen workers were injured in the blast.', figure: 'Two dozen workers', leaves: 'Two dozen workers were injured in the blast, the company said.'},
  {bullet: '"75+"', flagged: 'With 75+ dead, the clinic closed.', figure: '75+ dead', leaves: 'With 75+ dead, the clinic closed, health officials said.'},
  {bullet: 'ranges', flagged: 'The repairs will cost $5 billion to $8 billion.', figure: '$5 billion to $8 billion', leaves: 'The repairs will cost $5 billion to $8 billion, engineers estimate.'},
  {bullet: 'vague plurals', flagged: 'Hundreds of thousands of people lack clean water.', figure: 'Hundreds of thousands of people', leaves: 'Hundreds of thousands of people lack clean water, the Red Cross says.'},
  {bullet: 'hedges', flagged: 'Nearly 700 flights were cancelled.', figure: 'Nearly 700 flights', leaves: 'Nearly 700 flights were cancelled, the airport said on Monday.'}
]

const groups: Array<[string, Pair[]]> = [
  ['statistics', statistics],
  ['not statistics', notStatistics],
  ['attribution', attributions],
  ['quantity recognition', quantities]
]

describe('unattributed-statistic', () => {
  for (const [group, pairs] of groups) {
    describe(group, () => {
      for (const pair of pairs) {
        it(`${pair.bullet}: flags the figure, leaves the twin (text)`, async () => {
          const flagged = await flags(pair.flagged)
          expect(flagged.map((message) => message.actual)).toEqual([pair.figure].flat())
          expect(spans(pair.flagged, flagged)).toEqual([pair.figure].flat())
          expect(await flags(pair.leaves)).toEqual([])
        })
        it(`${pair.bullet}: flags the figure, leaves the twin (Markdown)`, async () => {
          const heading = '# Desk copy\n\nFiled by the *metro* desk.\n\n'
          const flaggedText = heading + pair.flagged + '\n'
          const flagged = await flags(flaggedText, 'markdown')
          expect(spans(flaggedText, flagged)).toEqual([pair.figure].flat())
          const firstFigure = [pair.figure].flat()[0]!
          expect(flagged[0]!.line).toBe(flaggedText.slice(0, flaggedText.indexOf(firstFigure)).split('\n').length)
          expect(await flags(heading + pair.leaves + '\n', 'markdown')).toEqual([])
        })
      }
    })
  }

  it('says what kind of figure it is and that no source was found', async () => {
    const [message] = await flags('Flooding has killed at least 40 people since Sunday.')
    expect(message!.reason).toMatch(/^“at least 40 people” is a casualty count with no source in the sentence or its context/)
    expect(message!.severity).toBe('warning')
    expect(message!.url).toMatch(/unattributed-statistic\.md$/)
  })

  it('keeps Markdown positions right around inline markup', async () => {
    const text = 'Rents rose **9 percent** in _March_.\n'
    const messages = await flags(text, 'markdown')
    expect(spans(text, messages)).toEqual(['9 percent'])
  })

  it('leaves figures in code and URLs alone in Markdown', async () => {
    const text = 'See `rate = 45%` and https://example.com/report-2019-75-percent for the story.\n'
    expect(await flags(text, 'markdown')).toEqual([])
  })

  describe('options', () => {
    it('largeCount: counts of other things become statistics from that size', async () => {
      const text = 'The exhibit shows 60 paintings.'
      expect(await flags(text)).toEqual([])
      expect((await flags(text, 'text', {largeCount: 50})).map((message) => message.actual)).toEqual(['60 paintings'])
    })
    it('sources: extra phrases that name a source', async () => {
      const text = 'Rents rose 9 percent last year, our data desk found in its analysis of listings.'
      const withoutVerb = 'Rents rose 9 percent last year in our data desk analysis of listings.'
      expect(await flags(text)).toEqual([])
      expect(await flags(withoutVerb)).toHaveLength(1)
      expect(await flags(withoutVerb, 'text', {sources: ['data desk analysis']})).toEqual([])
    })
  })

  describe('fixtures', () => {
    for (const name of ['unattributed-statistic/flood-report.txt', 'unattributed-statistic/flood-report-markdown.md']) {
      it(`${name} gives the report in its .expected.json`, async () => {
        const expected = JSON.parse(readFileSync(fixturePath(name.replace(/\.\w+$/, '.expected.json')), 'utf8'))
        const messages = await lintFixture(name, only(rule))
        expect(places(messages).map(({ruleId, line, column, endLine, endColumn, actual}) => ({ruleId, line, column, endLine, endColumn, actual}))).toEqual(expected)
      })
    }
  })

  describe('the canonical article', () => {
    it('gives exactly the three messages on the unsourced death toll and strike count', async () => {
      const text = readFixture('colombia-intel-sharing.txt')
      const messages = await flags(text)
      expect(messages.map((message) => [message.line, message.actual])).toEqual([
        [1, 'at least 75 people'],
        [4, 'at least 19 strikes on 20 vessels'],
        [7, '75+ dead']
      ])
      expect(messages.some((message) => message.line === 5)).toBe(false)
    })
  })
})
