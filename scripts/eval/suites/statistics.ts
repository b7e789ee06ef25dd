/** The unattributed-statistic dev set suite. Not written yet. */
import type {SuiteContext} from './index.js'

export async function statisticsSuite(_context: SuiteContext): Promise<void> {}
