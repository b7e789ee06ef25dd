/** The library API a CMS calls: the preset, `lint()` and configuration checks. */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import newslint, {ConfigError, lint, newslintParse, resolveConfig, ruleIds} from '../src/index.js'

describe('library', () => {
  it('works as a unified preset after the newslint parser', async () => {
    const file = new VFile({path: 'story.md', value: '# Title\n\nThe goverment said.\n'})
    const processor = unified().use(newslintParse).use(newslint, {rules: {'unattributed-statistic': 'off'}})
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['spelling', 3, 5]])
  })

  it('adds the parser itself when the processor has none', async () => {
    const file = new VFile({path: 'story.txt', value: 'The the goverment.'})
    const processor = unified().use(newslint)
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((message) => message.ruleId).sort()).toEqual(['repeated-words', 'spelling'])
  })

  it('lint() picks the format from filePath and returns sorted messages', async () => {
    const messages = await lint('<p>The recieve &amp; the goverment.</p>', {filePath: 'a.html'})
    expect(messages.map((message) => message.column)).toEqual([8, 26])
  })

  it('lint() applies severities from the config', async () => {
    const [message] = await lint('The goverment.', {config: {rules: {spelling: 'error'}}})
    expect(message!.severity).toBe('error')
    expect(await lint('The goverment.', {config: {rules: {spelling: 'off'}}})).toEqual([])
  })

  it('rejects unknown rules, bad severities and unknown fields', () => {
    expect(() => resolveConfig({rules: {speling: 'warn'}}, '/x/.retextrc.json')).toThrow(/Unknown rule `speling` in `\/x\/\.retextrc\.json`/)
    expect(() => resolveConfig({rules: {spelling: 'loud'}}, undefined)).toThrow(/Invalid setting for rule `spelling`/)
    expect(() => resolveConfig({rule: {}}, undefined)).toThrow(/Unknown field `rule`/)
    expect(() => resolveConfig({dictionary: 3}, undefined)).toThrow(/`dictionary`/)
  })

  it('resolves personal dictionaries against the config file, and requires them to be there', () => {
    const desk = mkdtempSync(path.join(tmpdir(), 'newslint-desk-'))
    try {
      writeFileSync(path.join(desk, 'words.txt'), 'Hegseth\n')
      const configPath = path.join(desk, '.retextrc.json')
      expect(resolveConfig({dictionary: 'words.txt'}, configPath).dictionary).toEqual([path.join(desk, 'words.txt')])
      expect(() => resolveConfig({dictionary: 'missing.txt'}, configPath)).toThrow(
        `Cannot read personal dictionary \`${path.join(desk, 'missing.txt')}\` named in \`${configPath}\`: no such file`
      )
      expect(() => resolveConfig({dictionary: '.'}, configPath)).toThrow(/named in .*: not a file$/)
    } finally {
      rmSync(desk, {recursive: true, force: true})
    }
  })

  it('returns one error message for text it cannot check, instead of throwing', async () => {
    const binary = await lint('PK\u0003\u0004\u0000\u0000')
    expect(binary).toEqual([expect.objectContaining({severity: 'error', ruleId: null, source: 'newslint', url: null, reason: expect.stringMatching(/binary/)})])
    const huge = await lint('word '.repeat(3_400_000))
    expect(huge).toEqual([expect.objectContaining({severity: 'error', reason: expect.stringMatching(/too large/)})])
  })

  it('checks the text it is given, not a file of the same name on disk', async () => {
    const desk = mkdtempSync(path.join(tmpdir(), 'newslint-desk-'))
    try {
      writeFileSync(path.join(desk, 'draft.txt'), Buffer.from('caf\xe9\n', 'latin1'))
      expect(await lint('A genuine \uFFFD sign.\n', {filePath: path.join(desk, 'draft.txt')})).toEqual([])
    } finally {
      rmSync(desk, {recursive: true, force: true})
    }
  })

  it('rejects text that is not a string and an unknown format, saying which', async () => {
    await expect(lint(null as unknown as string)).rejects.toThrow('lint() takes the text to check as a string, not null')
    await expect(lint('Text.', {format: 'pdf' as 'text'})).rejects.toThrow('Unknown format `pdf`; expected text, markdown, html')
  })

  it('says so when Markdown or HTML is nested too deep to read, rather than overflowing', async () => {
    for (const [format, text, name] of [['markdown', '>'.repeat(5000) + ' The goverment.', 'Markdown'], ['html', '<div>'.repeat(5000) + 'The goverment.', 'HTML']] as const) {
      expect((await lint(text, {format})).map((message) => [message.severity, message.reason])).toEqual([
        ['error', `Nesting too deep or a block too long to read as ${name}: not checked; break it up, or check it as plain text (--input-format text)`]
      ])
    }
  })

  it('refuses Markdown nested a thousand deep before parsing it, which would take minutes', async () => {
    const messages = await lint('>'.repeat(100_000) + ' The goverment.', {format: 'markdown'})
    expect(messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^Nesting too deep/)])
    expect(await lint('>'.repeat(500) + ' The goverment.', {format: 'markdown', config: {rules: {spelling: 'warn'}}})).toEqual([
      expect.objectContaining({actual: 'goverment'})
    ])
  })

  it('says so when one plain-text word has more parts than the parser can merge', async () => {
    const messages = await lint("don'".repeat(250_000))
    expect(messages.map((message) => [message.severity, message.reason])).toEqual([
      ['error', 'A word or paragraph too long to read (parse-english merges its parts in one call): not checked; break it up']
    ])
  })

  it('leaves a token longer than any word alone, however long, and checks the rest', async () => {
    const messages = await lint('x'.repeat(200_000) + ' ' + 'ab'.repeat(30) + ' goverment recieve', {config: {rules: {'unattributed-statistic': 'off'}}})
    expect(messages.map((message) => message.actual)).toEqual(['goverment', 'recieve'])
  })

  it('names UTF-16 as such rather than as binary', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x54, 0x00, 0x68, 0x00, 0x65, 0x00])
    const file = new VFile({path: 'windows.txt', value: bytes})
    expect(() => unified().use(newslintParse).parse(file)).toThrow('File is UTF-16 text: not checked; save it as UTF-8')
  })

  it('checks rule options as strictly as rule names', () => {
    const resolve = (rules: unknown) => () => resolveConfig({rules}, '/desk/.retextrc.json')
    expect(resolve({'unattributed-statistic': ['warn', {largeCount: 50, sources: ['our analysis']}], spelling: ['warn', {suggestions: false}]})).not.toThrow()
    expect(resolve({spelling: ['warn', 5]})).toThrow('Options for rule `spelling` in `/desk/.retextrc.json` must be an object; it takes suggestions')
    expect(resolve({spelling: ['warn', {bogus: true}]})).toThrow('Unknown option `bogus` for rule `spelling` in `/desk/.retextrc.json`; it takes suggestions')
    expect(resolve({spelling: ['warn', {constructor: []}]})).toThrow('Unknown option `constructor` for rule `spelling`')
    expect(resolve({spelling: ['warn', {suggestions: 'yes'}]})).toThrow('Option `suggestions` of rule `spelling` in `/desk/.retextrc.json` must be true or false')
    expect(resolve({'repeated-words': ['warn', {}]})).not.toThrow()
    expect(resolve({'repeated-words': ['warn', {quiet: true}]})).toThrow('Unknown option `quiet` for rule `repeated-words` in `/desk/.retextrc.json`; it takes none')
    expect(resolve({'unrelated-trailing-line': ['error', {minEvidence: '3'}]})).toThrow('must be a number')
    expect(resolve({'unattributed-statistic': ['warn', {sources: 'our analysis'}]})).toThrow('must be a list of strings')
    expect(resolve({spelling: ['warn', {}, 'extra']})).toThrow('expected "off", "warn", "error" or [severity, options]')
  })

  it('throws on an invalid configuration', async () => {
    await expect(lint('Text.', {config: {rules: {nope: 'warn'}}})).rejects.toThrow(/Unknown rule `nope`/)
    await expect(lint('Text.', {config: {rules: {nope: 'warn'}}})).rejects.toBeInstanceOf(ConfigError)
  })

  it('lists every rule', () => {
    expect([...ruleIds].sort()).toEqual(
      ['joined-words', 'repeated-headline', 'repeated-words', 'spelling', 'unattributed-statistic', 'unrelated-trailing-line'].sort()
    )
  })
})

describe('lintFiles', () => {
  it('finds the bytes of a file relative to its own folder, not the process folder', async () => {
    const {mkdtempSync, writeFileSync} = await import('node:fs')
    const {tmpdir} = await import('node:os')
    const path = await import('node:path')
    const {lintFiles} = await import('../src/engine.js')
    const folder = mkdtempSync(path.join(tmpdir(), 'newslint-cwd-'))
    writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from('caf\xe9 society\n', 'latin1'))
    const [file] = await lintFiles({files: ['latin1.txt'], cwd: folder, detectConfig: false})
    expect(file!.messages.map((message) => message.reason)).toEqual([expect.stringMatching(/not valid UTF-8/)])
  })
})

describe('lint() re-use', () => {
  it('gives the same messages on every call with the same settings, and follows a change of settings', async () => {
    const first = await lint('The goverment said the the thing.')
    expect(await lint('The goverment said the the thing.')).toEqual(first)
    expect(await lint('The goverment said the the thing.', {config: {rules: {spelling: 'off'}}})).toEqual(
      first.filter((message) => message.ruleId !== 'spelling')
    )
  })
})
