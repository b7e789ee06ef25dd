/** `<!-- newslint-disable/enable/ignore -->` comments in Markdown and HTML. */
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {only} from './helpers.js'

const config = only('spelling', 'repeated-words')
const actuals = async (text: string, format: 'markdown' | 'html') =>
  (await lint(text, {format, config})).map((message) => message.actual)

describe('inline control comments', () => {
  it('ignores the next HTML block when the comment stands on its own line, in a fragment and in a full document', async () => {
    const ignoredIn = async (text: string) => (await lint(text, {format: 'html', config: only('spelling')})).map((message) => message.actual)
    const blocks = '<p>Intro.</p>\n<!-- newslint-ignore spelling -->\n<p>The goverment y.</p>\n<p>The govermint z.</p>\n'
    expect(await ignoredIn(blocks)).toEqual(['govermint'])
    expect(await ignoredIn(`<html><body>${blocks}</body></html>`)).toEqual(['govermint'])
    // First in a fragment, it ignores the first block, not the whole document.
    expect(await ignoredIn('<!-- newslint-ignore spelling -->\n<p>The goverment said.</p>\n<p>The goverrment again.</p>\n')).toEqual(['goverrment'])
  })

  it('checks text at the very start of an HTML fragment, which the parser wraps in unplaced elements', async () => {
    const messages = await lint('The goverment met.\n<!-- newslint-disable spelling -->\n<p>The recieve.</p>', {format: 'html', config: only('spelling')})
    expect(messages.map((message) => [message.actual, message.line, message.column])).toEqual([['goverment', 1, 5]])
  })

  it('disables one rule from a Markdown comment on and enables it again', async () => {
    const text = [
      'The goverment.',
      '',
      '<!-- newslint-disable spelling -->',
      '',
      'The recieve and the the end.',
      '',
      '<!-- newslint-enable spelling -->',
      '',
      'It occured.'
    ].join('\n')
    expect(await actuals(text, 'markdown')).toEqual(['goverment', 'the the', 'occured'])
  })

  it('ignores the next Markdown block only', async () => {
    const text = '<!-- newslint-ignore spelling -->\nThe goverment.\n\nThe recieve.\n'
    expect(await actuals(text, 'markdown')).toEqual(['recieve'])
  })

  it('disables every rule when none is named', async () => {
    const text = '<!-- newslint-disable -->\n\nThe goverment and the the end.\n'
    expect(await actuals(text, 'markdown')).toEqual([])
  })

  it('works with HTML comments', async () => {
    const text = '<p>The goverment.</p><!-- newslint-disable spelling --><p>The recieve.</p><!--newslint-enable spelling--><p>It occured.</p>'
    expect(await actuals(text, 'html')).toEqual(['goverment', 'occured'])
  })

  it('keeps positions right in a Markdown file that starts with a BOM', async () => {
    const text = '\uFEFF<!-- newslint-ignore spelling -->\nThe goverment.\n\nThe recieve.\n'
    const messages = await lint(text, {format: 'markdown', config})
    expect(messages.map((message) => [message.actual, message.line, message.column])).toEqual([['recieve', 4, 5]])
  })

  it('warns about an unknown rule in a comment', async () => {
    const messages = await lint('<!-- newslint-disable speling -->\n\nText.\n', {format: 'markdown', config})
    expect(messages.map((message) => message.reason)).toEqual([expect.stringMatching(/speling/)])
  })
})
