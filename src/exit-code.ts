/**
 * The CLI's exit code, a contract for CI: 0 when there is no error-level
 * message, 1 when there is one (or a warning with --frail, or more warnings
 * than --max-warnings), 2 when newslint could not do its job: a usage error,
 * a file it could not read or decode, a malformed configuration.
 */
import type {VFile} from 'vfile'

export const exitCodes = {clean: 0, problems: 1, failure: 2} as const

export interface ExitPolicy {
  frail: boolean
  maxWarnings?: number
}

export function exitCodeFor(files: readonly VFile[], policy: ExitPolicy): number {
  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const message of file.messages) {
      // Fatal messages without a rule come from reading or configuring, not from checking.
      if (message.fatal === true && !message.ruleId) return exitCodes.failure
      if (message.fatal === true) errors++
      else if (message.fatal === false) warnings++
    }
  }
  if (errors > 0) return exitCodes.problems
  if (policy.frail && warnings > 0) return exitCodes.problems
  if (policy.maxWarnings !== undefined && warnings > policy.maxWarnings) return exitCodes.problems
  return exitCodes.clean
}
