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

interface Tally {
  errors: number
  warnings: number
  /** A fatal message without a rule: a file that could not be read, a configuration that could not be used. */
  failed: boolean
}

function tally(files: readonly VFile[]): Tally {
  const counts: Tally = {errors: 0, warnings: 0, failed: false}
  for (const file of files) {
    for (const message of file.messages) {
      // Fatal messages without a rule come from reading or configuring, not from checking.
      if (message.fatal === true && !message.ruleId) counts.failed = true
      else if (message.fatal === true) counts.errors++
      else if (message.fatal === false) counts.warnings++
    }
  }
  return counts
}

/** Why warnings alone fail the check under `policy`, or undefined when they do not. */
function warningFailure({warnings}: Tally, policy: ExitPolicy): string | undefined {
  if (policy.frail && warnings > 0) return '--frail'
  if (policy.maxWarnings !== undefined && warnings > policy.maxWarnings) return `more than --max-warnings ${policy.maxWarnings}`
  return undefined
}

export function exitCodeFor(files: readonly VFile[], policy: ExitPolicy): number {
  const counts = tally(files)
  if (counts.failed) return exitCodes.failure
  if (counts.errors > 0 || warningFailure(counts, policy)) return exitCodes.problems
  return exitCodes.clean
}

/**
 * With --quiet the report leaves warnings out, yet --frail or --max-warnings
 * may still fail the check on them: a pipeline that stops with an empty
 * report needs this line to say why.
 */
export function hiddenWarningsNote(files: readonly VFile[], policy: ExitPolicy): string | undefined {
  const counts = tally(files)
  const reason = counts.failed || counts.errors > 0 ? undefined : warningFailure(counts, policy)
  if (!reason) return undefined
  const warnings = counts.warnings === 1 ? '1 warning' : `${counts.warnings} warnings`
  return `newslint: ${warnings}, not shown with --quiet, fail the check (${reason})`
}
