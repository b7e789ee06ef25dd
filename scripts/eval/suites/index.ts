/** Extra evaluation suites (labelled data sets), each printing its own table. */
import type {Article} from '../corpus.js'
import {lineRulesSuite} from './line-rules.js'
import {statisticsSuite} from './statistics.js'

export interface SuiteContext {
  articles: readonly Article[]
  corpusPath: string
  verbose: boolean
}

export const suites: Array<(context: SuiteContext) => Promise<void>> = [statisticsSuite, lineRulesSuite]
