/**
 * The linters the benchmark compares: newslint (its built CLI, as users run
 * it) and the peers installed as dev dependencies, each started the way its
 * own documentation starts it, on plain text.
 */
import path from 'node:path'

export const repoRoot = new URL('../../', import.meta.url).pathname

const moduleFile = (relative: string) => path.join(repoRoot, 'node_modules', relative)
const benchFile = (name: string) => path.join(repoRoot, 'scripts/bench', name)

export interface Tool {
  name: string
  /** Arguments after `node` that check `files` in a fresh process. */
  coldArguments(files: readonly string[]): string[]
  /** The exit code by which the tool says it could not check the files (findings use others). */
  failureExitCode?: number
}

export const newslintCli = path.join(repoRoot, 'dist/cli.js')

export const tools: readonly Tool[] = [
  {name: 'newslint', coldArguments: (files) => [newslintCli, ...files], failureExitCode: 2},
  // --text: plain text, as newslint reads .txt (alex would otherwise parse Markdown too).
  {name: 'alex', coldArguments: (files) => [moduleFile('alex/cli.js'), '--text', ...files]},
  {name: 'write-good', coldArguments: (files) => [moduleFile('write-good/bin/write-good.js'), ...files]},
  {
    name: 'textlint',
    coldArguments: (files) => [moduleFile('textlint/bin/textlint.js'), '--no-textlintrc', '--rule', 'write-good', ...files]
  },
  // harper.js is a library; this is the smallest CLI around it.
  {name: 'harper.js', coldArguments: (files) => [benchFile('harper-cli.mjs'), ...files]}
]

/** Runs `tool` warm, in one process (see warm.mjs). */
export function warmArguments(tool: Tool, file: string, lints: number, warmUps: number): string[] {
  return [benchFile('warm.mjs'), tool.name, file, String(lints), String(warmUps)]
}

export const usageProbe = benchFile('usage-probe.cjs')
