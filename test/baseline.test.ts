/**
 * Baselines: what is recorded, what matching by text survives (lines
 * inserted above), what it does not hide (a new occurrence), and bad files.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createBaseline, removeBaselinedMessages} from '../src/baseline.js'
import {scratchFolder} from './ci-helpers.js'

const story = 'The talks will recieve a boost.\nA quiet paragraph.\nThe the delegates left.\n'

function fileWith(value: string, messages: Array<{line: number; column: number; endColumn: number; actual?: string}>): VFile {
  const file = new VFile({path: 'story.txt', value, cwd: '/newsroom'})
  for (const {line, column, endColumn, actual} of messages) {
    const message = file.message('flagged', {place: {start: {line, column}, end: {line, column: endColumn}}, ruleId: 'spelling'})
    if (actual) message.actual = actual
  }
  return file
}

describe('baseline matching', () => {
  it('records rule, file (relative to the baseline) and the text at the place, with counts', () => {
    const file = fileWith('Teh cat. Teh dog.\nA line.\n', [
      {line: 1, column: 1, endColumn: 4, actual: 'Teh'},
      {line: 1, column: 10, endColumn: 13},
      {line: 2, column: 3, endColumn: 3}
    ])
    expect(createBaseline([file], '/newsroom/ci/baseline.json').messages).toEqual([
      {file: '../story.txt', rule: 'spelling', text: 'A line.', count: 1},
      {file: '../story.txt', rule: 'spelling', text: 'Teh', count: 2}
    ])
  })

  it('hides known messages wherever they moved, and reports an occurrence past the recorded count', () => {
    const before = fileWith('Teh cat.\n', [{line: 1, column: 1, endColumn: 4}])
    const baseline = createBaseline([before], '/newsroom/baseline.json')
    const after = fileWith('New lede.\n\nTeh cat.\nTeh again.\n', [
      {line: 3, column: 1, endColumn: 4},
      {line: 4, column: 1, endColumn: 4}
    ])
    expect(removeBaselinedMessages([after], baseline, '/newsroom/baseline.json')).toBe(1)
    expect(after.messages.map((message) => message.line)).toEqual([4])
  })

  it('lets old copy use up the counts first, so a known text pasted into new copy is still reported', () => {
    const baseline = createBaseline([fileWith('Teh cat.\n', [{line: 1, column: 1, endColumn: 4}])], '/newsroom/baseline.json')
    const after = fileWith('Teh new lede.\nTeh cat.\n', [
      {line: 1, column: 1, endColumn: 4},
      {line: 2, column: 1, endColumn: 4}
    ])
    removeBaselinedMessages([after], baseline, '/newsroom/baseline.json', (_file, message) => message.line === 1)
    expect(after.messages.map((message) => message.line)).toEqual([1])
  })
})

describe('--write-baseline and --baseline', () => {
  it('survives lines inserted above a known message, and still reports new ones', () => {
    const scratch = scratchFolder()
    scratch.write('story.txt', story)
    const written = scratch.run(['--write-baseline', 'newslint-baseline.json', 'story.txt'])
    expect(written.code).toBe(0)
    expect(written.stdout).toBe('newslint: recorded 2 messages from 1 file in newslint-baseline.json\n')
    expect(JSON.parse(scratch.read('newslint-baseline.json')).messages.map((entry: {rule: string}) => entry.rule)).toEqual([
      'repeated-words',
      'spelling'
    ])

    scratch.write('story.txt', 'UPDATE: a new first line.\nAnd a second.\n\n' + story)
    const known = scratch.run(['--baseline', 'newslint-baseline.json', '-f', 'json', 'story.txt'])
    expect(JSON.parse(known.stdout)[0].messages).toEqual([])
    expect(known.code).toBe(0)

    scratch.write('story.txt', 'UPDATE: the the vote.\n' + story)
    const fresh = scratch.run(['--baseline', 'newslint-baseline.json', '-f', 'compact', 'story.txt'])
    expect(fresh.stdout).toMatch(/^story\.txt:1:\d+: error repeated-words /)
    expect(fresh.stdout.trim().split('\n')).toHaveLength(1)
    expect(fresh.code).toBe(1)
  })

  it('exits 2 on a missing or malformed baseline, and when combined with --write-baseline', () => {
    const scratch = scratchFolder()
    scratch.write('story.txt', story)
    expect(scratch.run(['--baseline', 'missing.json', 'story.txt']).code).toBe(2)
    scratch.write('bad.json', '{"messages": 3}')
    const malformed = scratch.run(['--baseline', 'bad.json', 'story.txt'])
    expect(malformed.code).toBe(2)
    expect(malformed.stderr).toMatch(/bad\.json is not a newslint baseline/)
    expect(scratch.run(['--baseline', 'a.json', '--write-baseline', 'b.json', 'story.txt']).code).toBe(2)
  })

  it('--write-baseline exits 2 when a file cannot be read, and refuses stdin', () => {
    const scratch = scratchFolder()
    scratch.write('story.txt', story)
    scratch.write('binary.txt', 'a\0b')
    expect(scratch.run(['--write-baseline', 'b.json', 'story.txt', 'binary.txt']).code).toBe(2)
    const stdin = scratch.run(['--write-baseline', 'b.json'])
    expect(stdin.code).toBe(2)
    expect(stdin.stderr).toMatch(/--write-baseline works on files, not on stdin/)
  })
})
