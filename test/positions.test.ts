/**
 * Every message must point at the right place in the source file, whatever
 * the bytes around it: BOM, CRLF, lone CR, tabs, emoji, combining marks,
 * character references and backslash escapes.
 */
import {readFileSync} from 'node:fs'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toNlcst as mdastToNlcst} from 'mdast-util-to-nlcst'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {parseDocument} from '../src/parse.js'
import {documentView, leavesOf} from '../src/text/document.js'
import {createLocator} from '../src/text/location.js'
import {collectAlignments, repositionTree} from '../src/text/source-map.js'
import {fixturePath, lintFixture, only, places} from './helpers.js'

const spellingOnly = only('spelling')

describe('positions in the source', () => {
  for (const name of ['positions/bom-crlf-cr-tab-emoji.txt', 'positions/entities-escapes.md', 'positions/entities.html']) {
    it(`${name} gives the report in its .expected.json`, async () => {
      const expected = JSON.parse(readFileSync(fixturePath(name.replace(/\.\w+$/, '.expected.json')), 'utf8'))
      const messages = await lintFixture(name, spellingOnly)
      expect(places(messages).map(({ruleId, line, column, endLine, endColumn}) => ({ruleId, line, column, endLine, endColumn}))).toEqual(expected)
    })
  }

  it('hides a BOM from columns, as editors do', async () => {
    const [message] = await lint('\uFEFFgoverment is wrong.', {config: spellingOnly})
    expect([message!.line, message!.column, message!.endColumn]).toEqual([1, 1, 10])
  })

  it('counts a lone CR as a line break, as LSP does', async () => {
    const [message] = await lint('First line.\rSecond goverment.', {config: spellingOnly})
    expect([message!.line, message!.column]).toEqual([2, 8])
  })

  it('keeps positions across blank lines, which plain text is parsed block by block at', async () => {
    const messages = await lint('First para.\n\nSecond goverment.\r\n \r\n\nThird recieve.', {config: spellingOnly})
    expect(messages.map((message) => [message.line, message.column, message.endColumn])).toEqual([
      [3, 8, 17],
      [6, 7, 14]
    ])
  })

  it('counts columns in UTF-16 code units after an astral emoji', async () => {
    const [message] = await lint('\u{1F600}\u{1F600} goverment.', {config: spellingOnly})
    expect(message!.column).toBe(6)
  })

  it('counts a combining mark as its own code unit', async () => {
    const [message] = await lint('Cafe\u0301 goverment.', {config: spellingOnly})
    expect(message!.column).toBe(7)
  })

  it('maps a word after a named character reference in Markdown', async () => {
    const [message] = await lint('R&eacute;sum&eacute; goverment', {format: 'markdown', config: spellingOnly})
    expect([message!.column, message!.endColumn]).toEqual([22, 31])
  })

  it('maps a word after numeric references in HTML', async () => {
    const [message] = await lint('<p>&#x48;&#105; goverment</p>', {format: 'html', config: spellingOnly})
    expect(message!.column).toBe(17)
  })

  // Each case names the text the messages must cover: where a parser decodes a reference differently from its plain meaning, the words after it must not move.
  it.each([
    ['html', '<p>The council&#146;s plan will moveforces north, the the mayor said.</p>', ['moveforces', 'the the']],
    ['html', '<p>Caf&eacute et Tom &amp Jerry &copy &lt will moveforces north.</p>', ['moveforces']],
    ['html', '<p>A &#0; &#xD800; &#x110000; &#159; the army will moveforces north.</p>', ['moveforces']],
    ['html', '<p>&notit; the army will moveforces north.</p>', ['moveforces']],
    ['markdown', 'A &#0; b The army will recieve the the north.', ['recieve', 'the the']],
    // A quote marker, then a reference or an escape on the continuation line, with the decoded character also written out later.
    ['markdown', '> He said\n> &ldquo;the goverment&rdquo; and “another” recieve', ['goverment', 'recieve']],
    ['markdown', '> foo\n> \\*bar the goverment*', ['goverment']],
    // Continuation lines whose left-out indentation or quote markers run past the aligner's usual reach.
    ['markdown', 'The goverment\n' + ' '.repeat(80) + 'will recieve the the aid.', ['goverment', 'recieve', 'the the']],
    ['markdown', 'The goverment\n' + '\t'.repeat(70) + 'will recieve it.', ['goverment', 'recieve']],
    ['markdown', '> '.repeat(33) + 'The goverment is\n' + '> '.repeat(33) + 'to recieve aid.', ['goverment', 'recieve']],
    // A word that keeps a full stop, spelt with a reference: the stop is dropped from the span, not the reference.
    ['markdown', 'She said t&#101;h. it was fine.', ['t&#101;h']],
    ['html', '<p>She said t&#101;h. it was fine.</p>', ['t&#101;h']]
  ] as const)('maps words after unusual character references in %s: %s', async (format, text, covered) => {
    const messages = await lint(text, {format, config: {rules: {'unattributed-statistic': 'off'}}})
    const lines = text.split('\n')
    expect(messages.map((message) => lines[message.line - 1]!.slice(message.column - 1, message.endColumn - 1))).toEqual(covered)
  })

  it('maps words after a lone CR inside an HTML text node', async () => {
    const [message] = await lint('<p>a\rThe army will moveforces north.</p>', {format: 'html'})
    expect([message!.line, message!.column, message!.endColumn]).toEqual([2, 15, 25])
  })

  it('maps a word after a backslash escape in Markdown', async () => {
    const [message] = await lint('\\# not a heading, goverment', {format: 'markdown', config: spellingOnly})
    expect(message!.column).toBe(19)
  })

  it('does not check code or link targets in Markdown', async () => {
    const messages = await lint('Use `goverment` and [a link](https://example.com/goverment).\n\n```\nrecieve\n```\n', {
      format: 'markdown',
      config: spellingOnly
    })
    expect(messages).toEqual([])
  })

  it('does not check script or style in HTML', async () => {
    const messages = await lint('<script>var goverment = 1</script><style>.recieve{}</style><p>Fine words.</p>', {
      format: 'html',
      config: spellingOnly
    })
    expect(messages).toEqual([])
  })
})

describe('the tree’s positions', () => {
  // A long document's tree is most of its memory: tokens share the points where they meet.
  for (const format of ['text', 'markdown', 'html'] as const) {
    it(`share one point where two ${format} tokens meet, and a one-word text node’s position, with the offsets still right`, () => {
      const source = 'Petro’s moveforces Washington, at last.'
      const {tree} = parseDocument(format === 'html' ? `<p>${source}</p>` : source, format)
      const base = format === 'html' ? 3 : 0
      const leaves = leavesOf(tree)
      for (const [index, leaf] of leaves.entries()) {
        const {start, end} = leaf.position!
        expect(start.offset! - base + leaf.value.length).toBe(end.offset! - base)
        if (index > 0) expect(start).toBe(leaves[index - 1]!.position!.end)
      }
      const moveforces = documentView(tree).words.find((word) => word.text === 'moveforces')!.node
      expect(moveforces.children).toHaveLength(1)
      expect(moveforces.position).toBe(moveforces.children[0]!.position)
    })
  }
})

describe('long Markdown, converted a chunk of blocks at a time', () => {
  it('gives the tree a whole-document conversion gives, positions included', () => {
    const blocks = [
      '# Floods close the valley road',
      'Heavy rain fell all night, officials said, and the river rose 3.5 m by dawn.',
      '* first item with goverment\n* second item, e.g. this one',
      '> A quote that runs on.\n> And on, with the U.S. in it.',
      '```\ncode stays source\n```',
      '## Later\nA paragraph right under its heading, no blank line between.',
      'Wait... what? It’s 9:30 a.m. — and “quoted” too.'
    ]
    let text = ''
    for (let index = 0; text.length < 3 * 64 * 1024; index++) text += blocks[index % blocks.length] + '\n'.repeat(1 + (index % 3))
    const sourceTree = fromMarkdown(text)
    const whole = mdastToNlcst(sourceTree, new VFile(text), new ParseEnglish()) as Root
    repositionTree(whole, createLocator(text), collectAlignments(sourceTree, text))
    expect(parseDocument(text, 'markdown').tree).toEqual(whole)
  })
})
