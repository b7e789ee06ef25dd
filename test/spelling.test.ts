/** The spelling rule: the examples in its doc comment, the news-copy cases it must leave alone, and its fixes. */
import {mkdtempSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {lintFixture, only} from './helpers.js'

const config = only('spelling')
const flagged = async (text: string, options: {format?: 'markdown' | 'html'} = {}) =>
  (await lint(text, {...options, config})).map((message) => message.actual)

describe('spelling', () => {
  it('flags the doc comment example and suggests the fix', async () => {
    const messages = await lint('The goverment said it would recieve the report.', {config})
    expect(messages.map((m) => [m.actual, m.expected?.[0], m.severity, m.ruleId, m.source])).toEqual([
      ['goverment', 'government', 'warning', 'spelling', 'newslint'],
      ['recieve', 'receive', 'warning', 'spelling', 'newslint']
    ])
  })

  it('leaves the doc comment counter-example alone', async () => {
    expect(await flagged('The government of Gustavo Petro said so in the 1990s.')).toEqual([])
  })

  it('catches misspellings of common words', async () => {
    expect(await flagged('It occured on a seperate day; we definately saw it.')).toEqual(['occured', 'seperate', 'definately'])
  })

  it('checks words inside quotation marks and between dashes', async () => {
    expect(await flagged('He called it “unaceptable” — a recieve — and left.')).toEqual(['unaceptable', 'recieve'])
  })

  it('leaves names, mixed case, acronyms and codes alone', async () => {
    expect(
      await flagged('Hegseth met Türk, Volker and DeSantis at McDonald’s with an iPhone; NATO, Q3, 4bn, COVID-19 and the 1990s.')
    ).toEqual([])
  })

  it('leaves URLs, e-mail addresses, handles and hashtags alone', async () => {
    expect(await flagged('See https://exmpl.org/pth?q=zzyzx or mail desk@nwsrm.org, follow @kwxyz and #qwzzt.')).toEqual([])
  })

  it('accepts British and American spellings, accents, contractions and possessives', async () => {
    expect(await flagged('The organisation’s colour and the organization’s color; a café, a naïve résumé; there’ll be the mayor’s.')).toEqual([])
  })

  it('knows newsroom vocabulary', async () => {
    expect(await flagged('A ceasefire, a hardline stance, counternarcotics and a livestream.')).toEqual([])
  })

  it('accepts words coined from known ones, but not misspelt inflections', async () => {
    expect(await flagged('The unvaccinated whistleblower spoke epically in a rainless week.')).toEqual([])
    expect(await flagged('It occured twice.')).toEqual(['occured'])
  })

  it('skips a sentence in another language', async () => {
    expect(await flagged('Ele disse que o governo vai anunciar novas medidas amanhã cedo.')).toEqual([])
  })

  it('leaves an unknown word used twice alone: a coinage, not a slip', async () => {
    expect(await flagged('The zorbing craze: zorbing is rolling downhill in a ball.')).toEqual([])
  })

  it('uses words from the config and from a personal dictionary', async () => {
    const messages = await lint('The goverment.', {config: {...config, words: ['goverment']}})
    expect(messages).toEqual([])
  })

  it('suggests from a personal dictionary as it is now, not as it was at the last lint', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'newslint-spelling-'))
    const dictionary = path.join(folder, 'words.txt')
    const suggestionsAfter = async (words: string, modified: Date) => {
      writeFileSync(dictionary, `${words}\n`)
      utimesSync(dictionary, modified, modified)
      const [message] = await lint('The zorbaxe.', {config: {...config, dictionary: [dictionary]}})
      return message?.expected?.[0]
    }
    expect(await suggestionsAfter('zorbax', new Date(2026, 0, 1))).toBe('zorbax')
    expect(await suggestionsAfter('zorbaxy', new Date(2026, 0, 2))).toBe('zorbaxy')
    rmSync(folder, {recursive: true})
  })

  it('points at the word without a trailing full stop', async () => {
    const [message] = await lint('We saw it occured.', {config})
    expect([message!.column, message!.endColumn, message!.actual]).toEqual([11, 18, 'occured'])
  })

  it('gives no message on the names in the canonical article', async () => {
    const messages = await lintFixture('colombia-intel-sharing.txt', config)
    const words = messages.map((message) => message.actual)
    for (const name of ['Petro', 'Hegseth', 'Türk', 'Volker', 'Qaeda', 'hardline']) expect(words).not.toContain(name)
  })

  it('does not also flag a token the joined-words rule explains', async () => {
    const messages = await lintFixture('colombia-intel-sharing.txt', only('spelling', 'joined-words'))
    const atMoveforces = messages.filter((message) => message.line === 7 && message.column === 179)
    expect(atMoveforces.map((message) => message.ruleId)).toEqual(['joined-words'])
  })

  it('puts a missing apostrophe back first, written as the copy writes apostrophes', async () => {
    const expectedFor = async (text: string) => (await lint(text, {config}))[0]?.expected
    expect(await expectedFor("Petro's aide said he dont know.")).toEqual(["don't", 'done', 'font'])
    expect(await expectedFor('Petro’s aide said he dont know.')).toEqual(['don’t', 'done', 'font'])
  })

  it('keeps the apostrophe a misspelt word is written with, whatever the rest of the copy uses', async () => {
    const expectedFor = async (text: string) => (await lint(text, {config}))[0]?.expected
    expect(await expectedFor("It's late, isn't it? The goverment’s plan.")).toEqual(['government’s'])
    expect(await expectedFor('It’s late, isn’t it? The goverment\'s plan.')).toEqual(["government's"])
  })

  it('flags a capitalised contraction without its apostrophe, but not the words and names it could be', async () => {
    const messages = await lint('Dont go. Theyre back, and Im told Ive said so.\nWhy We Couldnt Stay\n', {config})
    expect(messages.map((message) => [message.actual, message.expected?.[0]])).toEqual([
      ['Dont', "Don't"],
      ['Theyre', "They're"],
      ['Couldnt', "Couldn't"]
    ])
    expect(await flagged('Cant stop. Wont stop. Well, Were they here? Hell, Shell and Ill Eagle are names.')).toEqual([])
  })

  it('leaves elisions alone, written with either apostrophe', async () => {
    expect(await flagged("Rock ’n’ roll, rock 'n' roll, and ’twas night.")).toEqual([])
  })

  it('can skip suggestions, as the language server does while typing', async () => {
    const [message] = await lint('The goverment.', {config, suggestions: false})
    expect(message!.actual).toBe('goverment')
    expect(message!.expected).toBeUndefined()
  })
})
