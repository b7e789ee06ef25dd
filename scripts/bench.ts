/**
 * newslint's benchmark against its peers: `npm run bench -- [--runs N]
 * [--cases article,big-file,folder,warm] [--tools newslint,alex,...]
 * [--corpus PATH] [--warm-lints N] [--warm-ups N] [--json FILE]`
 * (docs/performance.md).
 *
 * Four cases, on the same inputs for every tool (scripts/bench/inputs.ts):
 * a 1,000-word article checked by a fresh process (the pre-commit case),
 * 100,000 words in one file, a folder of 200 articles in one run (the CI
 * case), and re-linting one article in a process that is already up (the
 * editor case). Runs alternate between tools, round by round, so that a
 * burst of load on the machine falls on all of them; the tables give
 * medians, spread, peak memory and ratios, then the goals of issue 8.
 * newslint runs from dist/ (`npm run build` first), as its users run it.
 * This is a benchmark, not a test: its figures depend on the machine.
 */
import {existsSync, writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {defaultCorpusPath} from './eval/corpus.js'
import {prepareInputs, type BenchInputs} from './bench/inputs.js'
import {measure} from './bench/measure.js'
import {caseTable, goalsTable, loadAverage, machineDescription, type CaseResult, type ToolResult} from './bench/report.js'
import {newslintCli, tools, warmArguments, type Tool} from './bench/tools.js'

const caseIds: CaseResult['id'][] = ['article', 'big-file', 'folder', 'warm']

const {values} = parseArgs({
  options: {
    runs: {type: 'string', default: '5'},
    cases: {type: 'string', default: caseIds.join(',')},
    tools: {type: 'string', default: tools.map((tool) => tool.name).join(',')},
    corpus: {type: 'string', default: defaultCorpusPath},
    'warm-lints': {type: 'string', default: '20'},
    // An editor's server has linted many times within a minute of typing; three lints leave V8 still compiling.
    'warm-ups': {type: 'string', default: '30'},
    json: {type: 'string'}
  }
})

const runs = Number(values.runs)
const warmLints = Number(values['warm-lints'])
const warmUps = Number(values['warm-ups'])
const selectedCases = values.cases!.split(',') as CaseResult['id'][]
const selectedTools = values.tools!.split(',').map((name) => {
  const tool = tools.find((candidate) => candidate.name === name)
  if (!tool) throw new Error(`Unknown tool \`${name}\`; expected one of ${tools.map((t) => t.name).join(', ')}`)
  return tool
})
if (!existsSync(newslintCli)) {
  console.error('dist/cli.js is missing: run `npm run build` first (the benchmark measures the built CLI).')
  process.exit(2)
}

/** Slower than any peer on these inputs on a loaded machine; past it the tool is reported as failed. */
const timeoutMs = 600_000

function describe(inputs: BenchInputs, id: CaseResult['id']): {title: string; files: string[]} {
  const words = (count: number) => count.toLocaleString('en-US')
  switch (id) {
    case 'article':
      return {title: `One article (${words(inputs.article.words)} words), cold CLI`, files: [inputs.article.path]}
    case 'big-file':
      return {title: `One file of ${words(inputs.bigFile.words)} words, cold CLI`, files: [inputs.bigFile.path]}
    case 'folder':
      return {
        title: `${inputs.articles.paths.length} articles (${words(inputs.articles.words)} words) in one run, cold CLI`,
        files: inputs.articles.paths
      }
    case 'warm':
      return {
        title: `Warm re-lint of one article (${words(inputs.article.words)} words) in one process, after ${warmUps} lints to warm up`,
        files: [inputs.article.path]
      }
  }
}

/** A one-line progress note on a terminal, overwritten by the next. */
function progress(note: string) {
  if (process.stderr.isTTY) process.stderr.write(`\r${note.slice(0, 99).padEnd(100)}\r`)
}

async function runOnce(tool: Tool, id: CaseResult['id'], files: string[], result: ToolResult, folder: string) {
  if (id === 'warm') {
    const run = await measure(warmArguments(tool, files[0]!, warmLints, warmUps), {folder, keepOutput: true, timeoutMs, failureExitCode: 1})
    result.runs.push(run)
    result.lintMs!.push(...(JSON.parse(run.output) as number[]))
  } else {
    result.runs.push(await measure(tool.coldArguments(files), {folder, timeoutMs, failureExitCode: tool.failureExitCode}))
  }
}

async function runCase(inputs: BenchInputs, id: CaseResult['id']): Promise<CaseResult> {
  const {title, files} = describe(inputs, id)
  const results: ToolResult[] = selectedTools.map((tool) => ({tool: tool.name, runs: [], ...(id === 'warm' ? {lintMs: []} : {})}))
  for (let round = 0; round < runs; round++) {
    // Each round starts with a different tool, so no tool always runs first (or right after the slowest).
    for (let step = 0; step < selectedTools.length; step++) {
      const index = (round + step) % selectedTools.length
      const result = results[index]!
      if (result.error) continue
      progress(`${title}: round ${round + 1}/${runs}, ${result.tool}`)
      try {
        await runOnce(selectedTools[index]!, id, files, result, inputs.folder)
      } catch (error) {
        result.error = (error as Error).message
        process.stderr.write(`\n${result.tool} failed on ${id}: ${result.error}\n`)
      }
    }
  }
  progress('')
  return {id, title, results}
}

const inputs = prepareInputs(values.corpus)
const loadBefore = loadAverage()
const started = Date.now()
const results: CaseResult[] = []
try {
  console.log(`## newslint benchmark\n\nInputs: ${inputs.source}. ${runs} alternating runs per tool and case.\n`)
  for (const id of caseIds.filter((caseId) => selectedCases.includes(caseId))) {
    const result = await runCase(inputs, id)
    results.push(result)
    console.log(caseTable(result) + '\n')
  }
  console.log(goalsTable(results) + '\n')
  console.log(
    `Machine: ${machineDescription()}. Load average (1, 5, 15 min) ${loadBefore} before, ${loadAverage()} after; ` +
      `${((Date.now() - started) / 60_000).toFixed(1)} minutes.`
  )
  if (values.json) writeFileSync(values.json, JSON.stringify({machine: machineDescription(), inputs: inputs.source, runs, results}, null, 2))
} finally {
  inputs.remove()
}
