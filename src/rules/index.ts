/**
 * Every newslint rule, in the order they run. Order matters once: joined-words
 * runs before spelling, which then leaves the tokens it explained alone.
 */
import type {NewslintRule} from './define.js'
import joinedWords from './joined-words.js'
import repeatedHeadline from './repeated-headline.js'
import repeatedWords from './repeated-words.js'
import spelling from './spelling.js'
import unattributedStatistic from './unattributed-statistic.js'
import unrelatedTrailingLine from './unrelated-trailing-line.js'

export const rules: readonly NewslintRule<any>[] = [
  joinedWords,
  spelling,
  repeatedWords,
  repeatedHeadline,
  unrelatedTrailingLine,
  unattributedStatistic
]

export const ruleIds: readonly string[] = rules.map((rule) => rule.id)

export function findRule(id: string): NewslintRule<any> | undefined {
  return rules.find((rule) => rule.id === id)
}
