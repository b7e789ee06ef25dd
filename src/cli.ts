#!/usr/bin/env node
/**
 * The newslint command line. Flags follow ESLint and unified-args habits so
 * that a newsroom's CI and a reporter's terminal read the same way.
 */
import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {lintFiles} from './engine.js'
import {exitCodeFor, exitCodes} from './exit-code.js'
import {type Format, formats, isFormat, supportedExtensions} from './formats.js'
import {reporters} from './report/index.js'
import {rules} from './rules/index.js'
import type {VFile} from 'vfile'

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}

const help = `Usage: newslint [options] [file|folder|glob ...]

Check newsroom copy for joined words, pasted or repeated headlines, unsourced
figures, misspellings and repeated words. Folders are searched for .txt, .md,
.markdown, .html and .htm files. With no file, or with -, reads stdin.

Options:
  -f, --format NAME          report format: ${Object.keys(reporters).join(', ')} (default: stylish)
      --input-format NAME    read every input as ${formats.join(', ')} (default: by extension, else text)
      --stdin-filename NAME  name for text read from stdin (its extension picks the format)
  -c, --config PATH          use this configuration file instead of searching for .retextrc*
      --no-config            ignore configuration files; use the defaults
      --frail                exit with 1 on warnings too
  -q, --quiet                report errors only
      --max-warnings N       exit with 1 when there are more than N warnings
      --color, --no-color    force or turn off colour (default: on for a terminal, off in CI)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors, 1 errors found (or warnings with --frail / --max-warnings),
2 newslint could not run: bad usage, unreadable or binary file, malformed config.

Rules (set each to "off", "warn" or "error" under "rules" in .retextrc.json):
${rules.map((rule) => `  ${rule.id.padEnd(25)}${rule.defaultSeverity.padEnd(7)}${rule.summary}`).join('\n')}
`

class UsageError extends Error {}

/** Folders and globs among `inputs` that led to no file (missing plain paths are reported by the engine). */
function unmatchedInputs(inputs: readonly string[], files: readonly VFile[]): string[] {
  const checked = files.map((file) => path.resolve(file.cwd, file.path))
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
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError(`--max-warnings takes a whole number, not \`${maxWarningsText}\``)
  }
  if (noConfig && values.config) throw new UsageError('--config and --no-config cannot be used together')
  return {values, positionals, noConfig, inputFormat: inputFormat as Format | undefined, maxWarnings}
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
  const {values, positionals} = options
  if (values.help) {
    process.stdout.write(help)
    return exitCodes.clean
  }
  if (values.version) {
    process.stdout.write(`${packageJson.version}\n`)
    return exitCodes.clean
  }
  const readStdin = positionals.length === 0 || (positionals.length === 1 && positionals[0] === '-')
  if (readStdin && process.stdin.isTTY) {
    process.stderr.write(`newslint: no files given and nothing piped in\n\n${help}`)
    return exitCodes.failure
  }
  if (!readStdin && positionals.includes('-')) {
    process.stderr.write('newslint: `-` (stdin) cannot be combined with file names\n')
    return exitCodes.failure
  }

  let files
  try {
    files = await lintFiles({
      files: readStdin ? [] : positionals,
      format: options.inputFormat,
      configPath: values.config,
      detectConfig: !options.noConfig,
      streamIn: readStdin ? process.stdin : undefined,
      streamInPath: values['stdin-filename']
    })
  } catch (error) {
    process.stderr.write(`newslint: ${(error as Error).message}\n`)
    return exitCodes.failure
  }
  const unmatched = readStdin ? [] : unmatchedInputs(positionals, files)
  for (const input of unmatched) {
    process.stderr.write(`newslint: \`${input}\` matched no file to check (newslint reads ${supportedExtensions.map((e) => '.' + e).join(', ')})\n`)
  }
  const report = reporters[values.format!]!(files, {color: useColor(values.color), quiet: values.quiet!})
  if (report) process.stdout.write(report.endsWith('\n') ? report : report + '\n')
  const code = exitCodeFor(files, {frail: values.frail!, maxWarnings: options.maxWarnings})
  return unmatched.length > 0 ? exitCodes.failure : code
}

process.exitCode = await main(process.argv.slice(2))
