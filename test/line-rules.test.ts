/**
 * repeated-headline and unrelated-trailing-line: the canonical article, every
 * fixture case in text, Markdown and HTML against its expected report, the
 * rules' own doc examples and option, and the shared line views they read.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lint, type NewslintConfig} from '../src/index.js'
import {isCmsResidue, isCreditLine} from '../src/lexicon/line-patterns.js'
import {parseDocument} from '../src/parse.js'
import type {Format} from '../src/formats.js'
import {headlineTokens, isHeadlineShaped, splitLabel} from '../src/text/headline.js'
import {layoutView, linesAfterBody} from '../src/text/layout.js'
import {findRepeats, sameHeadline} from '../src/text/repeats.js'
import {relatedness} from '../src/text/topic.js'
import {fixturesRoot, lintFixture, only, readFixture} from './helpers.js'

const lineRules = ['repeated-headline', 'unrelated-trailing-line']
const config = only(...lineRules)

async function lineMessages(text: string, format: Format = 'text') {
  return (await lint(text, {format, config})).filter((message) => lineRules.includes(message.ruleId ?? ''))
}

function layoutOf(text: string, format: Format = 'text') {
  const {tree, sourceTree} = parseDocument(text, format)
  const file = new VFile(text)
  if (sourceTree) file.data.sourceTree = sourceTree
  return layoutView(tree, file)
}

describe('the canonical article', () => {
  it('flags the pasted headline and its repeat, and nothing on lines 1–7', async () => {
    const messages = (await lintFixture('colombia-intel-sharing.txt', config)).filter((message) =>
      lineRules.includes(message.ruleId ?? '')
    )
    expect(messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual([
      '8:1 unrelated-trailing-line',
      '9:1 repeated-headline',
      '9:1 unrelated-trailing-line'
    ])
    expect(messages.find((message) => message.ruleId === 'repeated-headline')!.reason).toContain('line 8')
    expect(messages.every((message) => message.line > 7 && message.severity === 'error')).toBe(true)
  })

  it('is a byte copy of the shared seed article', () => {
    expect(readFixture('colombia-intel-sharing.txt')).toMatch(/\nFootage Charlie Kirk has been shot\nCharlie Kirk has been shot\n/)
  })
})

for (const rule of lineRules) {
  const folder = `${fixturesRoot}${rule}/`
  const sources = readdirSync(folder).filter((name) => !name.endsWith('.json'))
  const cases = [...new Set(sources.map((name) => name.replace(/\.(txt|md|html)$/, '')))]

  describe(`${rule} fixtures`, () => {
    it('give every case in text, Markdown (# headline) and HTML (<h1>)', () => {
      expect(cases.length).toBeGreaterThan(8)
      for (const name of cases) {
        expect(sources).toEqual(expect.arrayContaining([`${name}.txt`, `${name}.md`, `${name}.html`]))
        expect(readFileSync(`${folder}${name}.md`, 'utf8')).toMatch(/^# /)
        expect(readFileSync(`${folder}${name}.html`, 'utf8')).toMatch(/^<h1>/)
      }
    })

    for (const source of sources) {
      it(`${source} gives its expected report`, async () => {
        const messages = await lintFixture(`${rule}/${source}`, config)
        const report = messages
          .filter((message) => lineRules.includes(message.ruleId ?? ''))
          .map(({ruleId, line, column, endLine, endColumn, reason}) => ({ruleId, line, column, endLine, endColumn, reason}))
        expect(report).toEqual(JSON.parse(readFileSync(`${folder}${source}.expected.json`, 'utf8')))
      })
    }
  })
}

describe('repeated-headline', () => {
  it('names the earlier line and spans the later one', async () => {
    const [message] = await lineMessages('Storm closes mountain pass\n\nSnow fell all night on the pass and the road stayed shut until noon on Sunday.\nStorm closes mountain pass\n')
    expect(message).toMatchObject({ruleId: 'repeated-headline', line: 4, column: 1, endLine: 4, endColumn: 27})
    expect(message!.reason).toContain('line 1')
  })

  it('compares a line with a headline-like one up to the comparable length exactly (a third more tokens)', () => {
    // The repeat is prose in shape (a full stop, not title case), so only the length bound lets it be compared.
    const layout = layoutOf(
      [
        'Extraordinary Parliamentary Investigations',
        '',
        'The committee met on Monday and heard from twelve witnesses about the contracts.',
        'Extraordinary parliamentary investigations a.'
      ].join('\n')
    )
    expect(isHeadlineShaped(layout.lines[2]!)).toBe(false)
    expect(findRepeats(layout).map(({line, original}) => [line.line, original.line])).toEqual([[4, 1]])
  })

  it('leaves headlines whose numbers differ alone (doc example)', async () => {
    const text = 'Storm leaves 3 dead in Texas\n\nThe storm hit the coast of Texas overnight and left three people dead, officials said.\nStorm leaves 5 dead in Texas\n'
    expect((await lineMessages(text)).filter((message) => message.ruleId === 'repeated-headline')).toEqual([])
  })

  it('leaves a line that recurs inside the body alone unless it is the headline', async () => {
    const text = [
      'Lakers beat Thunder in overtime',
      '',
      'Pos Player Plays % Stats',
      'The Lakers won 112-107 in overtime on Tuesday night after trailing by nine at half time.',
      'Pos Player Plays % Stats',
      'The Thunder host the Lakers again on Friday night in Oklahoma City, their third meeting.',
      ''
    ].join('\n')
    expect(await lineMessages(text)).toEqual([])
  })
})

describe('unrelated-trailing-line', () => {
  it('leaves a credit line alone (doc example)', async () => {
    const text = readFixture('colombia-intel-sharing.txt').replace(/Footage[^]*$/, '(Reporting by Luis Jaime Acosta; Editing by Tom Brown)\n')
    expect(await lineMessages(text)).toEqual([])
  })

  it('reports each line of a pasted block separately, last lines first read but in document order', async () => {
    const text = readFixture('unrelated-trailing-line/foreign-headline.txt') + 'Advertisement\n'
    const messages = await lineMessages(text)
    expect(messages.map((message) => message.line)).toEqual([8, 9])
    expect(messages[1]!.reason).toContain('CMS residue')
  })

  it('leaves the items of a list its lead-in announces alone', async () => {
    const text = [
      'Doobie Brothers announce summer tour',
      '',
      'The band will play twenty dates across North America this summer, with Michael McDonald back on keyboards.',
      'The 2020 tour dates:',
      'June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL',
      'June 10 -- Midflorida Credit Union Amphitheatre, Tampa, FL',
      'June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA',
      ''
    ].join('\n')
    expect(await lineMessages(text)).toEqual([])
  })

  it('reports headlines listed under a residue heading as related links', async () => {
    const text = readFixture('unrelated-trailing-line/kicker.txt') + 'Read more:\nHarbour fish market to reopen in spring\n'
    const messages = await lineMessages(text)
    expect(messages.map((message) => message.line)).toEqual([9, 10])
    expect(messages[1]!.reason).toContain('listed under “Read more:”')
  })

  it('takes a stricter minEvidence from its options', async () => {
    const text = readFixture('unrelated-trailing-line/foreign-headline.txt')
    const lenient: NewslintConfig = {rules: {...only(...lineRules).rules, 'unrelated-trailing-line': ['error', {minEvidence: -100}]}}
    expect((await lint(text, {config: lenient})).filter((message) => message.ruleId === 'unrelated-trailing-line')).toEqual([])
    expect(await lineMessages(text)).toHaveLength(1)
  })
})

describe('line patterns', () => {
  it.each([
    '(Reporting by Jane Okafor; Editing by Tom Reyes)',
    '— Compiled by Sam Patel',
    'Follow @janeokafor on Twitter',
    'Contact the reporter at jane.okafor@example.com',
    'This story has been updated to include comments from the mayor.',
    'Correction: An earlier version of this story misstated the cost.',
    '© Reuters',
    'With Post wires',
    '(AP)',
    'Photo: Marta Lindqvist/Harbour Gazette',
    '(Image credit: All About Space)',
    '— Ana Ribeiro (@anaribeiro) October 9, 2018',
    'Jane Okafor is a Metro reporter covering housing.',
    '-- Bryan Denson',
    'Kim Gump, Dallas',
    'Lady Cassandra from Doctor Who. Image: Nick Moreau.',
    'Image Credit: Getty'
  ])('%s is a legitimate ending', (line) => {
    expect(isCreditLine(line)).toBe(true)
    expect(isCmsResidue(line)).toBe(false)
  })

  it.each(['Advertisement', 'Read more: Council elections set for May', 'Related:', 'Share on Facebook', 'Continue reading the main story', 'More from Reuters:', 'SIGN UP FOR OUR NEWSLETTER'])(
    '%s is CMS residue',
    (line) => {
      expect(isCmsResidue(line)).toBe(true)
    }
  )

  it.each([
    'Charlie Kirk has been shot',
    'Footage Charlie Kirk has been shot',
    'Related questions remain about the budget.',
    'Photos: Crowds gather in Hong Kong',
    'Sensex ends flat, weaker markets'
  ])(
    '%s is neither credit nor residue',
    (line) => {
      expect(isCreditLine(line)).toBe(false)
      expect(isCmsResidue(line)).toBe(false)
    }
  )
})

describe('headline helpers', () => {
  it('splits CMS labels, with or without punctuation, but not ordinary first words', () => {
    expect(splitLabel('Footage Charlie Kirk has been shot')).toEqual({label: {text: 'Footage', kind: 'media'}, rest: 'Charlie Kirk has been shot'})
    expect(splitLabel('BREAKING: Council resigns').label).toEqual({text: 'BREAKING:', kind: 'news'})
    expect(splitLabel('Live music returns to the harbour').label).toBeUndefined()
    expect(headlineTokens('VIDEO: Charlie Kirk’s   rally, LIVE!')).toEqual(['charlie', 'kirk', 'rally', 'live'])
  })

  it('never takes differing numbers, one-sided negation or short labels for the same headline', () => {
    const tokens = (text: string) => headlineTokens(text)
    expect(sameHeadline(tokens('Charlie Kirk has been shot'), tokens('Footage Charlie Kirk has been shot'))).toBe(true)
    expect(sameHeadline(tokens('Charlie Kirk has been shot'), tokens('Charlie Kirk has not been shot'))).toBe(false)
    expect(sameHeadline(tokens('Storm leaves 3 dead in Texas'), tokens('Storm leaves 5 dead in Texas'))).toBe(false)
    expect(sameHeadline(tokens('Q: Why?'), tokens('Q: Why?'))).toBe(false)
    expect(sameHeadline(tokens('Council aproves flood barriers for the harbor'), tokens('Council approves flood barriers for the harbour'))).toBe(true)
  })
})

describe('the layout view', () => {
  it('maps Markdown headings and HTML <h1> to source positions and marks them', () => {
    const markdown = layoutOf('# Storm closes pass\n\nSnow fell all night.\nStorm closes pass\n', 'markdown')
    expect(markdown.lines[0]).toMatchObject({line: 1, text: 'Storm closes pass', heading: true, start: {line: 1, column: 3}})
    expect(markdown.lines.map((line) => line.paragraph)).toEqual([0, 1, 1])
    const html = layoutOf('<h1>Storm &amp; snow</h1>\n<p>Snow fell.</p>\n', 'html')
    expect(html.lines[0]).toMatchObject({text: 'Storm & snow', heading: true, start: {line: 1, column: 5}, end: {line: 1, column: 21}})
    expect(html.lines[1]).toMatchObject({heading: false, endsSentence: true, paragraph: 1})
  })

  it('tells headlines, questions, title case and running prose apart', () => {
    const layout = layoutOf(
      [
        'Colombia halts intelligence sharing',
        '',
        'Colombia suspended intelligence sharing with the United States on Tuesday, citing deadly strikes on boats.',
        'What is the value of drugs that come to the border?',
        'Home Depot Stock Is Falling After Its Earnings Release.',
        'Are you planning to visit? Also, tell us.',
        ''
      ].join('\n')
    )
    const [headline, body, question, titled, twoSentences] = layout.lines
    expect([headline, body, question, titled, twoSentences].map((line) => isHeadlineShaped(line!))).toEqual([true, false, true, true, false])
    expect(titled!.titleCase).toBe(true)
    expect(linesAfterBody(layout).map((line) => line.line)).toEqual([4, 5, 6])
  })

  it('finds repeats once per layout and weighs rare shared words above common ones', () => {
    const layout = layoutOf(readFixture('colombia-intel-sharing.txt'))
    expect(findRepeats(layout)).toBe(findRepeats(layout))
    expect(findRepeats(layout).map(({line, original}) => [line.line, original.line])).toEqual([[9, 8]])
    const last = layout.lines.at(-1)!
    expect(relatedness(layout, last, [layout.lines.at(-2)!]).evidence).toBeLessThan(0)
    expect(relatedness(layout, layout.lines[6]!).evidence).toBeGreaterThan(0)
  })
})
