/**
 * The planting protocols of repeated-headline and unrelated-trailing-line put
 * their defect where they say, so the eval's "caught" figures count the
 * right lines. Runs on made-up articles: no shared corpus needed.
 */
import {describe, expect, it} from 'vitest'
import {seededRandom, type Article} from '../scripts/eval/corpus.js'
import {protocols as repeatedHeadline} from '../scripts/eval/protocols/repeated-headline.js'
import {protocols as unrelatedTrailingLine} from '../scripts/eval/protocols/unrelated-trailing-line.js'
import {lint} from '../src/index.js'
import {only} from './helpers.js'

const article = (id: string, headline: string, body: string): Article => ({id, source: 'test', licence: 'CC0', headline, body})

const corpus = [
  article(
    'harbour',
    'City council approves new flood barriers for the harbour district',
    'The city council voted 7 to 2 on Tuesday to build movable flood barriers along the harbour district.\n\nMayor Ana Ribeiro said the barriers would be ready before next winter and would cost about 40 million euros.'
  ),
  article('tour', 'Pop star Lina Marek cancels European tour after throat surgery', 'The singer said she needed rest.')
]

describe.each([...repeatedHeadline, ...unrelatedTrailingLine])('$rule: $defect', (protocol) => {
  it('plants on the lines it names, the same way for the same seed, and the rule catches it', async () => {
    const first = protocol.plant(corpus[0]!, seededRandom(7), corpus)!
    expect(protocol.plant(corpus[0]!, seededRandom(7), corpus)).toEqual(first)
    const lines = first.text.split('\n')
    for (const line of first.lines) expect(lines[line - 1]!.trim().length).toBeGreaterThan(0)
    expect(first.label).toContain(`line ${first.lines[0]}`)
    const messages = await lint(first.text, {config: only(protocol.rule)})
    expect(messages.some((message) => message.ruleId === protocol.rule && first.lines.includes(message.line))).toBe(true)
  })
})

describe('foreign headlines', () => {
  it('come from another article', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const planted = unrelatedTrailingLine[0]!.plant(corpus[0]!, seededRandom(seed), corpus)!
      expect(planted.text).toContain('Lina Marek')
      expect(planted.text.split('\n')[planted.lines[0]! - 1]).toMatch(/Pop star Lina Marek cancels European tour after throat surgery$/)
    }
  })
})
