/**
 * One rule reports at most `maxMessagesPerRule` messages in one file, then
 * one message saying it stopped (src/message-limit.ts): a table or a log
 * linted by mistake must not flood the report.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createBaseline, removeBaselinedMessages} from '../src/baseline.js'
import {keepMessagesOnChangedLines} from '../src/changed-lines.js'
import {lint} from '../src/index.js'
import {isMessageLimitNotice, limitMessagesPerRule, maxMessagesPerRule} from '../src/message-limit.js'
import {only} from './helpers.js'

/** A file whose rule `ruleId` reported one message on each of `lines`, in that order. */
function fileWithMessages(lines: number[], ruleId = 'unrelated-trailing-line'): VFile {
  const file = new VFile({path: 'story.txt', value: 'x\n'.repeat(Math.max(...lines)), cwd: '/newsroom'})
  for (const line of lines) {
    const message = file.message('flagged', {place: {start: {line, column: 1}, end: {line, column: 2}}, ruleId, source: 'newslint'})
    message.actual = 'x'
  }
  return file
}

const limit = (file: VFile) => (limitMessagesPerRule() as (tree: unknown, file: VFile) => void)({type: 'RootNode', children: []}, file)

const stopped = /^Stopped after 1,000 messages of this rule in this file/

describe('the limit on messages per rule and file', () => {
  it('stops a rule of its own at the limit, at the place of the first message not reported', async () => {
    const sentence = 'At least 75 people died in the flood. '
    const text = sentence.repeat(maxMessagesPerRule + 50)
    const messages = await lint(text, {config: only('unattributed-statistic')})
    expect(messages).toHaveLength(maxMessagesPerRule + 1)
    const last = messages.at(-1)!
    expect(last.reason).toMatch(stopped)
    expect(last).toMatchObject({ruleId: 'unattributed-statistic', source: 'newslint', severity: 'warning'})
    // The 1,001st figure, had it been reported.
    expect(last.column).toBe(maxMessagesPerRule * sentence.length + 1)
    expect(messages.slice(0, -1).every((message) => message.actual === 'At least 75 people')).toBe(true)
  })

  it('cuts a wrapped plugin’s messages to the limit after it has run', async () => {
    const text = 'the\n'.repeat(maxMessagesPerRule + 20)
    const messages = await lint(text, {config: only('repeated-words')})
    expect(messages).toHaveLength(maxMessagesPerRule + 1)
    const last = messages.at(-1)!
    expect(last.reason).toMatch(stopped)
    expect(last).toMatchObject({ruleId: 'repeated-words', line: maxMessagesPerRule + 1})
  })

  it('counts only what comment control leaves: a switched-off table does not use up the rest', async () => {
    const flagged = 'At least 75 people died in the flood.'
    const text = [
      '<!-- newslint-disable unattributed-statistic -->',
      '',
      `${flagged} `.repeat(maxMessagesPerRule + 50).trim(),
      '',
      '<!-- newslint-enable unattributed-statistic -->',
      '',
      `${flagged} ${flagged}`,
      ''
    ].join('\n')
    const messages = await lint(text, {format: 'markdown', config: only('unattributed-statistic')})
    expect(messages.map((message) => [message.line, message.actual])).toEqual([
      [7, 'At least 75 people'],
      [7, 'At least 75 people']
    ])
  })

  it('keeps the first messages in the copy, whatever order the rule reported them in', () => {
    const lines = Array.from({length: maxMessagesPerRule + 5}, (_, index) => maxMessagesPerRule + 5 - index)
    const file = fileWithMessages(lines)
    limit(file)
    const kept = file.messages.filter((message) => !isMessageLimitNotice(message)).map((message) => message.line)
    expect(kept).toHaveLength(maxMessagesPerRule)
    expect(Math.max(...(kept as number[]))).toBe(maxMessagesPerRule)
    expect(file.messages.filter(isMessageLimitNotice).map((message) => [message.line, message.ruleId])).toEqual([
      [maxMessagesPerRule + 1, 'unrelated-trailing-line']
    ])
  })

  it('survives --changed and --baseline, so a cut is always said', () => {
    const lines = Array.from({length: maxMessagesPerRule + 5}, (_, index) => index + 1)
    const file = fileWithMessages(lines)
    limit(file)
    keepMessagesOnChangedLines(file, new Set([2]))
    expect(file.messages.map((message) => [message.line, isMessageLimitNotice(message)])).toEqual([
      [2, false],
      [maxMessagesPerRule + 1, true]
    ])
    const known = fileWithMessages(lines)
    limit(known)
    removeBaselinedMessages([known], createBaseline([known], '/newsroom/baseline.json'), '/newsroom/baseline.json')
    expect(known.messages.map(isMessageLimitNotice)).toEqual([true])
  })

  it('leaves a rule under the limit as it was', async () => {
    const messages = await lint('At least 75 people died in the flood. '.repeat(3), {config: only('unattributed-statistic')})
    expect(messages).toHaveLength(3)
    expect(messages.some((message) => stopped.test(message.reason))).toBe(false)
  })
})
