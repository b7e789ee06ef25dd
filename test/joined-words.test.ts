/** The joined-words rule: its doc comment examples, the compounds and errors of issue 3, what it leaves alone, and positions in every format. */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {findJoin} from '../src/lexicon/word-split.js'
import {bigramCount} from '../src/lexicon/frequency.js'
import {fixturePath, lintFixture, only, places, readFixture} from './helpers.js'

const config = only('joined-words')
const splits = async (text: string, options: {format?: 'markdown' | 'html'} = {}) =>
  (await lint(text, {...options, config})).map((message) => [message.actual, message.expected?.[0]])

describe('joined-words', () => {
  it('flags the doc comment example with the split, naming both words', async () => {
    const [message, ...others] = await lint('Petro’s moveforces Washington to choose between its allies.', {config})
    expect(others).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'joined-words',
      source: 'newslint',
      severity: 'warning',
      line: 1,
      column: 9,
      endColumn: 19,
      actual: 'moveforces',
      expected: ['move forces']
    })
    expect(message!.reason).toContain('“move”')
    expect(message!.reason).toContain('“forces”')
  })

  it('leaves the doc comment counter-example alone', async () => {
    expect(await splits('The newsroom cannot verify the whistleblower’s account.')).toEqual([])
  })

  it('knows the closed compounds news uses', async () => {
    const compounds = 'newsroom hardline counternarcotics nonetheless cannot worldwide lawmaker ceasefire livestream whistleblower'
    expect(await splits(`The words are ${compounds.split(' ').join(', ')}.`)).toEqual([])
    expect(await splits('The rollout, the roadmap, the offseason and the teardown were discussed.')).toEqual([])
  })

  it('flags the common joined errors with their split', async () => {
    const errors: Array<[string, string]> = [
      ['alot', 'a lot'],
      ['infact', 'in fact'],
      ['aswell', 'as well'],
      ['eventhough', 'even though'],
      ['noone', 'no one'],
      ['upto', 'up to'],
      ['atleast', 'at least'],
      ['incase', 'in case'],
      ['everytime', 'every time'],
      ['eachother', 'each other']
    ]
    for (const [joined, split] of errors) {
      expect(await splits(`They said ${joined} here.`), joined).toEqual([[joined, split]])
    }
  })

  it('leaves a possible new compound alone unless the story writes it as two words elsewhere', async () => {
    expect(await splits('The icesheet is thin.')).toEqual([])
    expect(await splits('The ice sheet is melting, and the icesheet is thin.')).toEqual([['icesheet', 'ice sheet']])
  })

  it('flags a listed error at a sentence start with its capital, but not a name', async () => {
    expect(await splits('Alot of people came. Infact, they stayed.')).toEqual([
      ['Alot', 'A lot'],
      ['Infact', 'In fact']
    ])
    expect(await splits('Peter Noone sang. Noone said so.')).toEqual([])
  })

  it('splits tokens a spell checker gets wrong', async () => {
    expect(await splits('The statement said thecity was calm and the forcesmoved north.')).toEqual([
      ['thecity', 'the city'],
      ['forcesmoved', 'forces moved']
    ])
  })

  it('leaves proper nouns, capitalised and mixed-case words alone', async () => {
    expect(await splits('Moveforces met YouTube, McDonald and DeSantis; MOVEFORCES and Thecity stayed.')).toEqual([])
  })

  it('keeps possessives whole, with a curly or straight apostrophe', async () => {
    expect(await splits('Petro’s aides and Colombia’s army met.')).toEqual([])
    expect(await splits('The mayor of thecity’s port spoke.')).toEqual([['thecity’s', 'the city’s']])
    expect(await splits("The mayor of thetown's port spoke.")).toEqual([["thetown's", "the town's"]])
  })

  it('does not cut affixes off words, nor split near-misspellings', async () => {
    expect(await splits('The killable, decertified mentorship ended in narcoterrorism and rainless skies.')).toEqual([])
    expect(await splits('It occured in the absense of the havent.')).toEqual([])
  })

  it('leaves handles, hashtags, URLs and e-mail addresses alone', async () => {
    expect(await splits('Follow @moveforces and #thecity at www.thecity.com or desk@thecity.org today.')).toEqual([])
  })

  it('leaves a token used more than once (a coinage or identifier) and code-like sentences alone', async () => {
    expect(await splits('The imagepath setting is new. Set imagepath first.')).toEqual([])
    expect(await splits('The gang ran shadowcrew.com until 2004, when the shadowcrew forum closed.')).toEqual([])
    expect(await splits('Datastore is the name; the datastore holds it.')).toEqual([])
    expect(await splits('if isset datastore users username then return fooquux barbaz')).toEqual([])
  })

  it('counts a token’s uses the same way in a story with many candidates', async () => {
    // Past 16 candidate tokens the rule counts them in one pass over the source instead of one search each.
    const coinages = 'zorvex quimbly frandle sploove grintak blorvish tranquex plimber vostrel skrund murvole snerkit xunthor yulvric fenzor clavisk'
    const filler = coinages.split(' ').map((coinage) => `The ${coinage} report was filed on Monday.`)
    const story = ['The imagepath setting is new.', ...filler, 'Petro’s moveforces Washington to choose.', 'Set imagepath first.'].join(' ')
    expect(await splits(story)).toEqual([['moveforces', 'move forces']])
  })

  it('flags each token at the start and end of a line', async () => {
    const messages = await lintFixture('joined-words/line-ends.txt', config)
    expect(places(messages)).toEqual(
      JSON.parse(readFixture('joined-words/line-ends.expected.json')).map((place: object) => ({ruleId: 'joined-words', ...place}))
    )
  })

  for (const name of ['markdown.md', 'page.html']) {
    it(`reports source positions in ${name}, skipping code, links and scripts`, async () => {
      const messages = await lintFixture(`joined-words/${name}`, config)
      const expected = JSON.parse(readFixture(`joined-words/${name.replace(/\.\w+$/, '.expected.json')}`))
      expect(places(messages)).toEqual(expected.map((place: object) => ({ruleId: 'joined-words', ...place})))
    })
  }

  it('gives exactly one message on the canonical article, and spelling stays off that token', async () => {
    const text = readFileSync(fixturePath('colombia-intel-sharing.txt'), 'utf8')
    const messages = await lint(text, {config: only('joined-words', 'spelling')})
    const joined = messages.filter((message) => message.ruleId === 'joined-words')
    expect(joined.map((m) => [m.line, m.column, m.expected])).toEqual([[7, 179, ['move forces']]])
    expect(messages.filter((m) => m.ruleId === 'spelling' && m.line === 7 && m.column === 179)).toEqual([])
  })
})

describe('word splits', () => {
  it('prefers the likelier pair', () => {
    expect(findJoin('theman')).toMatchObject({left: 'the', right: 'man'})
    expect(findJoin('inthe')).toMatchObject({left: 'in', right: 'the'})
  })

  it('looks word pairs up in the shipped bigram list', () => {
    expect(bigramCount('in', 'the')).toBeGreaterThan(1_000_000_000)
    expect(bigramCount('quantum', 'zebra')).toBe(0)
    // The first and last pairs of the sorted file are found too.
    const lines = readFileSync(new URL('../data/frequency/bigrams.txt', import.meta.url), 'utf8').trimEnd().split('\n')
    for (const line of [lines[0]!, lines.at(-1)!]) {
      const [first, second, count] = line.split(' ')
      expect(bigramCount(first!, second!)).toBe(Number(count))
    }
  })
})

describe('joined-words and personal dictionaries', () => {
  it('never splits a token the configuration lists as a word', async () => {
    const text = 'Petro’s moveforces Washington to choose.'
    const flaggedWithout = await lint(text, {config: only('joined-words')})
    expect(flaggedWithout.map((message) => message.actual)).toEqual(['moveforces'])
    expect(await lint(text, {config: {...only('joined-words'), words: ['moveforces']}})).toEqual([])
  })
})
