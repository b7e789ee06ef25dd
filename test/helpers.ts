/** Shared test helpers: run newslint on fixtures and project messages to what a test compares. */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {lint, type NewslintConfig, type NewslintMessage} from '../src/index.js'

export const fixturesRoot = fileURLToPath(new URL('../fixtures/', import.meta.url))

export function fixturePath(name: string): string {
  return fixturesRoot + name
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8')
}

const allRulesOff = {
  'joined-words': 'off',
  spelling: 'off',
  'repeated-words': 'off',
  'repeated-headline': 'off',
  'unrelated-trailing-line': 'off',
  'unattributed-statistic': 'off'
} as const

/** A configuration with only `ruleIds` on, at their default severity. */
export function only(...ruleIds: string[]): NewslintConfig {
  const rules: Record<string, 'off' | 'warn' | 'error'> = {...allRulesOff}
  for (const id of ruleIds) delete rules[id]
  return {rules}
}

export interface Place {
  ruleId: string | null
  line: number
  column: number
  endLine: number
  endColumn: number
  actual?: string
  expected?: string[]
}

export function places(messages: readonly NewslintMessage[]): Place[] {
  return messages.map(({ruleId, line, column, endLine, endColumn, actual, expected}) => {
    const place: Place = {ruleId, line, column, endLine, endColumn}
    if (actual !== undefined) place.actual = actual
    if (expected !== undefined) place.expected = expected
    return place
  })
}

/** Lint a fixture by name (format from its extension) with `config`. */
export function lintFixture(name: string, config?: NewslintConfig): Promise<NewslintMessage[]> {
  return lint(readFixture(name), {filePath: fixturePath(name), config})
}
