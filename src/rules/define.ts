/**
 * How a newslint rule is declared. Each rule is a unified plugin wrapped by
 * unified-lint-rule, which gives its messages `ruleId`, `source: 'newslint'`,
 * `url` and the severity configured for it (`off`, `warn`, `error`, or
 * `[severity, options]`), exactly as remark-lint rules do.
 */
import type {Root} from 'nlcst'
import type {Point} from 'unist'
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

export function defineRule<Options = unknown>(
  meta: Omit<NewslintRule, 'plugin'>,
  check: (tree: Root, file: VFile, options: Options | undefined) => void | Promise<void>
): NewslintRule<Options> {
  const plugin = lintRule<Root, Options>({origin: `newslint:${meta.id}`, url: ruleDocsUrl(meta.id)}, check)
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
  const message = file.message(reason, {place: {start, end}})
  if (details.actual !== undefined) message.actual = details.actual
  if (details.expected !== undefined) message.expected = details.expected
  return message
}
