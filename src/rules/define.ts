/**
 * How a newslint rule is declared. Each rule is a unified plugin wrapped by
 * unified-lint-rule, which gives its messages `ruleId`, `source: 'newslint'`,
 * `url` and the severity configured for it (`off`, `warn`, `error`, or
 * `[severity, options]`), exactly as remark-lint rules do.
 */
import type {Root} from 'nlcst'
import type {Point, Position} from 'unist'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'

export type Severity = 'off' | 'warn' | 'error'

export const docsBaseUrl = 'https://github.com/newslint/newslint/blob/main/docs/rules/'

export function ruleDocsUrl(id: string): string {
  return `${docsBaseUrl}${id}.md`
}

/** The kinds of value a rule option takes in `.retextrc.json`. */
export type OptionType = 'number' | 'boolean' | 'string[]'

export interface NewslintRule<Options = unknown> {
  id: string
  defaultSeverity: Exclude<Severity, 'off'>
  /** One line for rule listings, SARIF rule descriptions and help text. */
  summary: string
  /** The options a configuration may give it (`[severity, {…}]`), checked when the configuration is read. */
  options?: Readonly<Record<string, OptionType>>
  plugin: ReturnType<typeof lintRule<Root, Options>>
}

/**
 * Messages one rule reports in one file at most. Real copy stays far below
 * (~3 a thousand words from the busiest rule); thousands mean a table, a
 * list or a log, where every further message only costs memory (~1 KB
 * each: 500,000 lines of "a" held 1.2 GB) and an editor's patience.
 */
export const maxMessagesPerRule = 1000

/** Thrown by `report` when the rule has used up its messages for the file; caught by the rule's wrapper. */
class MessageLimitReached extends Error {
  constructor(readonly place: Position) {
    super('message limit reached')
  }
}

const remainingMessages = new WeakMap<VFile, {count: number}>()

/** Cut the rule's messages from `first` on to the limit and say where it stopped, if it did. */
function enforceMessageLimit(file: VFile, first: number, stoppedAt: Position | undefined) {
  const dropped = file.messages[first + maxMessagesPerRule]
  if (dropped) file.messages.length = first + maxMessagesPerRule
  const place = stoppedAt ?? dropped?.place
  if (!place) return
  const count = maxMessagesPerRule.toLocaleString('en-US')
  file.message(
    `Stopped after ${count} messages of this rule in this file, which usually means a table, a list or a log rather than copy; later ones are not reported`,
    {place}
  )
}

export function defineRule<Options = unknown>(
  meta: Omit<NewslintRule, 'plugin'>,
  check: (tree: Root, file: VFile, options: Options | undefined) => void
): NewslintRule<Options> {
  const limitedCheck = (tree: Root, file: VFile, options: Options | undefined) => {
    const first = file.messages.length
    let stoppedAt: Position | undefined
    remainingMessages.set(file, {count: maxMessagesPerRule})
    try {
      check(tree, file, options)
    } catch (error) {
      if (!(error instanceof MessageLimitReached)) throw error
      stoppedAt = error.place
    } finally {
      remainingMessages.delete(file)
    }
    enforceMessageLimit(file, first, stoppedAt)
  }
  const plugin = lintRule<Root, Options>({origin: `newslint:${meta.id}`, url: ruleDocsUrl(meta.id)}, limitedCheck)
  return {...meta, plugin}
}

export interface ReportDetails {
  /** Replacements that fix the problem, best first. */
  expected?: string[]
  /** The text the message is about. */
  actual?: string
}

/** Add a message spanning `start`–`end` in the source; the rule wrapper fills in its id and severity. */
export function report(file: VFile, reason: string, start: Point, end: Point, details: ReportDetails = {}) {
  const remaining = remainingMessages.get(file)
  if (remaining && remaining.count-- === 0) throw new MessageLimitReached({start, end})
  const message = file.message(reason, {place: {start, end}})
  if (details.actual !== undefined) message.actual = details.actual
  if (details.expected !== undefined) message.expected = details.expected
  return message
}
