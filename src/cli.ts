/**
 * The newslint command line. Flags follow ESLint and unified-args habits so
 * that a newsroom's CI and a reporter's terminal read the same way.
 */
import {existsSync, realpathSync, statSync, writeFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {readBaseline, removeBaselinedMessages, writeBaseline} from './baseline.js'
import {
  type ChangedLines,
  changedFilesIn,
  changedLinesSince,
  keepMessagesOnChangedLines,
  touchesChangedLines
} from './changed-lines.js'
import {lintFiles, type RunOptions} from './engine.js'
import {exitCodeFor, exitCodes, hiddenWarningsNote} from './exit-code.js'
import {applyFixes, describeFixes, type FixPlan, fixDiff, planFixes} from './fix.js'
import {type Format, formats, isFormat, supportedExtensions} from './formats.js'
import {unreadablePathReason} from './input.js'
import {reporters} from './report/index.js'
import {countSummary} from './report/summary.js'
import {rules} from './rules/index.js'
import {newslintVersion} from './version.js'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

const help = `Usage: newslint [options] [file|folder|glob ...]

Check newsroom copy for joined words, pasted or repeated headlines, unsourced
figures, misspellings and repeated words. Folders are searched for .txt, .text,
.md, .markdown, .html and .htm files. With no file, or with -, reads stdin.

Options:
  -f, --format NAME          report format: ${Object.keys(reporters).join(', ')} (default: stylish)
      --input-format NAME    read every input as ${formats.join(', ')} (default: by extension, else text)
      --stdin-filename NAME  name for text read from stdin (its extension picks the format)
  -c, --config PATH          use this configuration file instead of searching for .retextrc*
      --no-config            ignore configuration files; use the defaults
      --frail                exit with 1 on warnings too
  -q, --quiet                report errors only (a line on stderr says when hidden
                             warnings still fail the check)
      --max-warnings N       exit with 1 when there are more than N warnings
      --color, --no-color    force or turn off colour (default: on for a terminal, off in CI
                             or when NO_COLOR is set)
  -h, --help                 show this help
  -v, --version              show the version

CI and pre-publish:
  -o, --output-file PATH     write the report to PATH; print a one-line summary instead
      --summary-format NAME  with --output-file, print the report in this format as the
                             summary (e.g. sarif to a file and github annotations on stdout)
      --changed-since REF    check only files changed since git REF (its merge base with
                             HEAD, plus uncommitted and untracked files), and report only
                             messages on added or changed lines (default folder: .)
      --all-lines            with --changed-since, report every line of the changed files
      --write-baseline FILE  record every message in FILE (for adopting newslint on an
                             archive), print how many, exit 0 unless a file could not be read
      --baseline FILE        report only messages not recorded in FILE (matched by rule, file
                             and text, not by line number)
      --fix                  apply the replacements with exactly one candidate, in place;
                             list them on stderr and report what remains
      --fix-dry-run          print those replacements as a unified diff instead; exit 1 when
                             there is something to fix, 0 when there is not

Exit codes: 0 no errors, 1 errors found (or warnings with --frail / --max-warnings),
2 newslint could not run: bad usage, a missing, unreadable or binary file, a glob or
folder with no file to check, a malformed config or baseline (or a config naming a
missing dictionary), a report it cannot write, --changed-since outside a git
repository or with an unknown ref.

Rules (set each to "off", "warn" or "error" under "rules" in .retextrc.json):
${rules.map((rule) => `  ${rule.id.padEnd(25)}${rule.defaultSeverity.padEnd(7)}${rule.summary}`).join('\n')}
`

class UsageError extends Error {}

/** Where each checked file is, resolved (a file read from stdin without a name has no path). */
function checkedPaths(files: readonly VFile[]): string[] {
  return files.flatMap((file) => (file.path ? [path.resolve(file.cwd, file.path)] : []))
}

/**
 * Files named on the command line that the engine left out: `.newslintignore`
 * excludes them. A pre-commit hook or lint-staged names every staged file, so
 * an excluded one is noted, not a failure (as with --changed-since).
 */
function ignoredInputs(inputs: readonly string[], files: readonly VFile[]): string[] {
  const checked = new Set(checkedPaths(files))
  return inputs.filter((input) => {
    const resolved = path.resolve(input)
    return !checked.has(resolved) && existsSync(resolved) && statSync(resolved).isFile()
  })
}

/** Folders and globs among `inputs` that led to no file (missing plain paths are reported by the engine). */
function unmatchedInputs(inputs: readonly string[], files: readonly VFile[]): string[] {
  const checked = checkedPaths(files)
  return inputs.filter((input) => {
    const resolved = path.resolve(input)
    const isFolder = existsSync(resolved) && statSync(resolved).isDirectory()
    const isGlob = !existsSync(resolved) && /[*?[\]{}]/.test(input)
    if (!isFolder && !isGlob) return false
    if (isFolder) return !checked.some((file) => file.startsWith(resolved + path.sep))
    return files.length === 0
  })
}

function parse(argv: string[]) {
  // node:util only negates boolean flags; --no-config negates a path.
  const noConfig = argv.includes('--no-config')
  const {values, positionals} = parseArgs({
    args: argv.filter((argument) => argument !== '--no-config'),
    allowPositionals: true,
    allowNegative: true,
    options: {
      format: {type: 'string', short: 'f', default: 'stylish'},
      'input-format': {type: 'string'},
      'stdin-filename': {type: 'string'},
      config: {type: 'string', short: 'c', default: undefined},
      frail: {type: 'boolean', default: false},
      quiet: {type: 'boolean', short: 'q', default: false},
      'max-warnings': {type: 'string'},
      color: {type: 'boolean'},
      'output-file': {type: 'string', short: 'o'},
      'summary-format': {type: 'string'},
      'changed-since': {type: 'string'},
      'all-lines': {type: 'boolean', default: false},
      'write-baseline': {type: 'string'},
      baseline: {type: 'string'},
      fix: {type: 'boolean', default: false},
      'fix-dry-run': {type: 'boolean', default: false},
      help: {type: 'boolean', short: 'h', default: false},
      version: {type: 'boolean', short: 'v', default: false}
    }
  })
  if (!reporters[values.format!]) {
    throw new UsageError(`Unknown format \`${values.format}\`; expected one of ${Object.keys(reporters).join(', ')}`)
  }
  const inputFormat = values['input-format']
  if (inputFormat !== undefined && !isFormat(inputFormat)) {
    throw new UsageError(`Unknown input format \`${inputFormat}\`; expected one of ${formats.join(', ')}`)
  }
  const maxWarningsText = values['max-warnings']
  const maxWarnings = maxWarningsText === undefined ? undefined : Number(maxWarningsText)
  // Number() reads "" as 0 and takes "0x10" and "1e3": only digits are a count.
  if (maxWarningsText !== undefined && !/^\d+$/.test(maxWarningsText)) {
    throw new UsageError(`--max-warnings takes a whole number, not \`${maxWarningsText}\``)
  }
  if (noConfig && values.config) throw new UsageError('--config and --no-config cannot be used together')
  const summaryFormat = values['summary-format']
  if (summaryFormat !== undefined && !reporters[summaryFormat]) {
    throw new UsageError(`Unknown summary format \`${summaryFormat}\`; expected one of ${Object.keys(reporters).join(', ')}`)
  }
  const requirements: Array<[string, boolean, string, boolean]> = [
    ['--summary-format', summaryFormat !== undefined, '--output-file', values['output-file'] !== undefined],
    ['--all-lines', values['all-lines']!, '--changed-since', values['changed-since'] !== undefined]
  ]
  for (const [flag, used, needed, given] of requirements) {
    if (used && !given) throw new UsageError(`${flag} needs ${needed}`)
  }
  const conflicts: Array<[string, boolean, string, boolean]> = [
    ['--fix', values.fix!, '--fix-dry-run', values['fix-dry-run']!],
    ['--write-baseline', values['write-baseline'] !== undefined, '--baseline', values.baseline !== undefined],
    ['--write-baseline', values['write-baseline'] !== undefined, '--fix or --fix-dry-run', values.fix! || values['fix-dry-run']!],
    ['--output-file', values['output-file'] !== undefined, '--fix-dry-run or --write-baseline', values['fix-dry-run']! || values['write-baseline'] !== undefined]
  ]
  for (const [first, hasFirst, second, hasSecond] of conflicts) {
    if (hasFirst && hasSecond) throw new UsageError(`${first} cannot be used with ${second}`)
  }
  const changedSince = values['changed-since']
  // Changed-copy mode looks in the current folder by default; it never reads stdin.
  const inputs = positionals.length === 0 && changedSince !== undefined ? ['.'] : positionals
  const readStdin = inputs.length === 0 || (inputs.length === 1 && inputs[0] === '-')
  const fileOnlyFlags: Record<string, boolean> = {
    '--write-baseline': values['write-baseline'] !== undefined,
    '--fix': values.fix!,
    '--fix-dry-run': values['fix-dry-run']!
  }
  const fileOnly = Object.keys(fileOnlyFlags).find((flag) => fileOnlyFlags[flag])
  if (readStdin && fileOnly) throw new UsageError(`${fileOnly} works on files, not on stdin`)
  return {values, inputs, readStdin, noConfig, inputFormat: inputFormat as Format | undefined, maxWarnings, changedSince}
}

function useColor(flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag
  return Boolean(process.stdout.isTTY) && !process.env.CI && !('NO_COLOR' in process.env)
}

export async function main(argv: string[]): Promise<number> {
  let options: ReturnType<typeof parse>
  try {
    options = parse(argv)
  } catch (error) {
    process.stderr.write(`newslint: ${(error as Error).message}\nRun \`newslint --help\` for usage.\n`)
    return exitCodes.failure
  }
  const {values, inputs, readStdin} = options
  if (values.help) {
    process.stdout.write(help)
    return exitCodes.clean
  }
  if (values.version) {
    process.stdout.write(`${newslintVersion}\n`)
    return exitCodes.clean
  }
  if (readStdin && process.stdin.isTTY) {
    process.stderr.write(`newslint: no files given and nothing piped in\n\n${help}`)
    return exitCodes.failure
  }
  if (!readStdin && inputs.includes('-')) {
    process.stderr.write('newslint: `-` (stdin) cannot be combined with file names\n')
    return exitCodes.failure
  }

  let checked: Awaited<ReturnType<typeof check>>
  try {
    checked = await check(options)
  } catch (error) {
    process.stderr.write(`newslint: ${(error as Error).message}\n`)
    return exitCodes.failure
  }
  let {files} = checked
  for (const input of checked.ignored) process.stderr.write(`newslint: \`${input}\` is excluded by .newslintignore: not checked\n`)
  for (const input of checked.unmatched) {
    process.stderr.write(`newslint: \`${input}\` matched no file to check (newslint reads ${supportedExtensions.map((e) => '.' + e).join(', ')})\n`)
  }
  const exitCode = (code: number) => (checked.unmatched.length > 0 ? exitCodes.failure : code)
  const couldNotRead = () => exitCodeFor(files, {frail: false}) === exitCodes.failure

  const baselinePath = values['write-baseline']
  if (baselinePath !== undefined) {
    let count: number
    try {
      count = writeBaseline(files, baselinePath)
    } catch (error) {
      process.stderr.write(`newslint: cannot write the baseline ${baselinePath}: ${(error as Error).message}\n`)
      return exitCodes.failure
    }
    process.stdout.write(`newslint: recorded ${count} message${count === 1 ? '' : 's'} from ${files.length} file${files.length === 1 ? '' : 's'} in ${baselinePath}\n`)
    return exitCode(couldNotRead() ? exitCodes.failure : exitCodes.clean)
  }

  const plans = values.fix || values['fix-dry-run'] ? oncePerFile(files.flatMap((file) => planFixes(file) ?? [])) : []
  if (values['fix-dry-run']) {
    process.stdout.write(plans.map(fixDiff).join(''))
    return exitCode(couldNotRead() ? exitCodes.failure : plans.length > 0 ? exitCodes.problems : exitCodes.clean)
  }
  let fixFailed = false
  if (values.fix) {
    const written: string[] = []
    for (const plan of plans) {
      try {
        if ((await applyFixes(plan)) === 'written') {
          for (const change of describeFixes(plan)) process.stderr.write(`newslint: fixed ${change}\n`)
          written.push(plan.path)
        } else {
          process.stderr.write(`newslint: left ${plan.path} alone: it changed after newslint read it\n`)
        }
      } catch (error) {
        process.stderr.write(`newslint: cannot fix ${plan.path}: ${(error as Error).message}\n`)
        fixFailed = true
      }
    }
    if (written.length > 0) {
      // Report what remains at its new position: check the rewritten files again, under every name they were given.
      const rewritten = new Set(written.map(fileIdentity))
      const recheck = files.filter((file) => rewritten.has(fileIdentity(file.path))).map((file) => file.path)
      try {
        const refreshed = (await check(options, recheck)).files
        files = files.map((file) => refreshed.find((candidate) => candidate.path === file.path) ?? file)
      } catch (error) {
        process.stderr.write(`newslint: ${(error as Error).message}\n`)
        return exitCodes.failure
      }
    }
  }

  const reportOptions = {color: useColor(values.color), quiet: values.quiet!}
  const report = reporters[values.format!]!(files, reportOptions)
  const outputFile = values['output-file']
  if (outputFile === undefined) {
    if (report) process.stdout.write(report.endsWith('\n') ? report : report + '\n')
  } else {
    // The report must never take the place of copy: a file checked or named, under any name or link.
    const inputs = [...checkedPaths(files), ...(options.inputs ?? [])]
    if (isSameFileAsAny(outputFile, inputs)) {
      process.stderr.write(`newslint: will not write the report over ${outputFile}: it is one of the files newslint was given\n`)
      return exitCodes.failure
    }
    try {
      writeFileSync(outputFile, report)
    } catch (error) {
      process.stderr.write(`newslint: cannot write the report to ${outputFile}: ${(error as Error).message}\n`)
      return exitCodes.failure
    }
    const summaryFormat = values['summary-format']
    const summary = summaryFormat ? reporters[summaryFormat]!(files, reportOptions) : countSummary(files, outputFile)
    if (summary) process.stdout.write(summary.endsWith('\n') ? summary : summary + '\n')
  }
  if (fixFailed) return exitCodes.failure
  const policy = {frail: values.frail!, maxWarnings: options.maxWarnings}
  const hiddenWarnings = values.quiet ? hiddenWarningsNote(files, policy) : undefined
  if (hiddenWarnings) process.stderr.write(hiddenWarnings + '\n')
  return exitCode(exitCodeFor(files, policy))
}

/**
 * Lint the inputs (or, after --fix, just `paths`) and narrow their messages
 * as the CI flags ask: to what the baseline lacks, then to changed lines.
 */
async function check(options: ReturnType<typeof parse>, paths?: string[]): Promise<{files: VFile[]; unmatched: string[]; ignored: string[]}> {
  const {values, changedSince} = options
  const cwd = process.cwd()
  const changed = changedSince === undefined ? undefined : await changedLinesSince(changedSince, cwd)
  const targets =
    paths ??
    (changed
      ? changedFilesIn(changed, options.inputs, supportedExtensions, cwd).map((file) => path.relative(cwd, file))
      : options.readStdin
        ? undefined
        : options.inputs)
  // Paths that cannot be read safely are reported without handing them to the engine, which would read them.
  const refused = (targets ?? []).flatMap((target) => {
    const reason = unreadablePathReason(path.resolve(cwd, target))
    return reason ? [refusedFile(target, cwd, reason)] : []
  })
  const readable = targets?.filter((target) => !refused.some((file) => file.path === target))
  // With no changed or readable file there is nothing to check (and an empty list would make the engine read stdin).
  if (readable?.length === 0) return {files: refused, unmatched: [], ignored: []}
  const run: RunOptions = {
    files: readable ?? [],
    format: options.inputFormat,
    configPath: values.config,
    detectConfig: !options.noConfig,
    streamIn: targets ? undefined : process.stdin,
    streamInPath: values['stdin-filename'],
    // A file that .newslintignore excludes is not checked, even when named (see ignoredInputs).
    silentlyIgnore: true,
    // One core stays with this thread, which also runs V8's collector and compiler: on two cores, workers did not pay.
    workers: availableParallelism() - 1,
    tuneLargeRuns: true
  }
  const files = [...(await lintFiles(run)), ...refused]
  const unmatched = readable && !changed && !paths ? unmatchedInputs(readable, files) : []
  const ignored = readable && !changed && !paths ? ignoredInputs(readable, files) : []
  const linesByFile = new Map<VFile, ChangedLines>()
  const changedLinesOf = (file: VFile) => {
    if (!linesByFile.has(file)) linesByFile.set(file, changed?.get(realPathOf(file)) ?? new Set())
    return linesByFile.get(file)!
  }
  if (values.baseline !== undefined) {
    // Old copy uses up the baseline's counts first, so a copy of an old message pasted into new lines is still reported.
    const onNewCopy = changed ? (file: VFile, message: VFileMessage) => touchesChangedLines(message, changedLinesOf(file)) : undefined
    removeBaselinedMessages(files, readBaseline(values.baseline), values.baseline, onNewCopy)
  }
  if (changed && !values['all-lines']) {
    for (const file of files) keepMessagesOnChangedLines(file, changedLinesOf(file))
  }
  return {files, unmatched, ignored}
}

/** A file newslint will not read, with the one fatal message that says why (as the engine gives for an unreadable file). */
function refusedFile(target: string, cwd: string, reason: string): VFile {
  const file = new VFile({path: target, cwd})
  const message = file.message(reason)
  message.fatal = true
  message.source = 'newslint'
  return file
}

/** Which file `name` is, by device and inode (a symlink or hard link is the same file); undefined when it is no regular file. */
function fileIdentity(name: string): string | undefined {
  try {
    const stats = statSync(name)
    return stats.isFile() ? `${stats.dev}:${stats.ino}` : undefined
  } catch {
    return undefined
  }
}

/** Whether `file` exists and is one of `others`. */
function isSameFileAsAny(file: string, others: readonly string[]): boolean {
  const target = fileIdentity(file)
  return target !== undefined && others.some((other) => fileIdentity(other) === target)
}

/** One plan per file: a story named twice, as a link and as its target, is fixed (or diffed) once. */
function oncePerFile(plans: FixPlan[]): FixPlan[] {
  const seen = new Set<string>()
  return plans.filter((plan) => {
    const identity = fileIdentity(plan.absolutePath) ?? plan.absolutePath
    return !seen.has(identity) && Boolean(seen.add(identity))
  })
}

/** The file's real path, as git names it (a missing file keeps its resolved path). */
function realPathOf(file: VFile): string {
  const resolved = path.resolve(file.cwd, file.path)
  return existsSync(resolved) ? realpathSync(resolved) : resolved
}

// Not a top-level await: the CLI is bundled as a CommonJS script, to start from V8's code cache (src/code-cache.ts).
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
