/** The repeated-words rule (retext-repeated-words under newslint's id). */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createProcessor, lint} from '../src/index.js'
import {reporters} from '../src/report/index.js'
import {only} from './helpers.js'

const config = only('repeated-words')

describe('repeated-words', () => {
  it('flags the doc comment example with the single word as the fix', async () => {
    const [message] = await lint('He said that the the talks had failed.', {config})
    expect(message).toMatchObject({
      ruleId: 'repeated-words',
      source: 'newslint',
      line: 1,
      column: 14,
      endColumn: 21,
      expected: ['the'],
      reason: '“the” appears twice in a row; delete one',
      url: expect.stringMatching(/repeated-words\.md$/)
    })
  })

  it('says the same in the stylish report as in the others', async () => {
    const processor = createProcessor('text', config)
    const file = new VFile({value: 'He said that the the talks had failed.', path: 'story.txt'})
    await processor.run(processor.parse(file), file)
    const stylish = reporters.stylish!([file], {color: false, quiet: false})
    expect(stylish).toContain('“the” appears twice in a row; delete one')
    expect(stylish).not.toContain('Unexpected repeated')
  })

  it('keeps the first word as written, so a fix never lowercases a sentence start', async () => {
    const messages = await lint('The the talks failed. He said. Is is it over?', {config})
    expect(messages.map((message) => [message.actual, message.expected])).toEqual([
      ['The the', ['The']],
      ['Is is', ['Is']]
    ])
  })

  it('leaves grammatical doubles alone', async () => {
    expect(await lint('She had had enough. That that is so is plain.', {config})).toEqual([])
  })

  it('catches a repeat across a line break in Markdown', async () => {
    const [message] = await lint('The report from\nfrom the desk.', {format: 'markdown', config})
    expect([message!.line, message!.column, message!.endLine]).toEqual([1, 12, 2])
  })
})
