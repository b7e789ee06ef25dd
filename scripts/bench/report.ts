/**
 * The benchmark's report: a Markdown table per case (medians, spread, peak
 * memory and how many times faster newslint is), then the goals of issue 8
 * checked against the medians, then the machine and its load.
 */
import os from 'node:os'
import {median, type Run} from './measure.js'

export interface ToolResult {
  tool: string
  runs: Run[]
  /** Warm case: milliseconds per lint, over every round. */
  lintMs?: number[]
  error?: string
}

export interface CaseResult {
  id: 'article' | 'big-file' | 'folder' | 'warm'
  title: string
  results: ToolResult[]
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const milliseconds = (ms: number) => `${ms.toFixed(1)} ms`
const mebibytes = (value: number) => `${Math.round(value)} MB`

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map((_, index) => (index ? '---:' : '---')).join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')
}

/** The figure a case compares tools by: wall time of a cold run, or time per lint when warm. */
export function medianFigure(result: ToolResult): number | undefined {
  const values = result.lintMs ?? result.runs.map((run) => run.wallMs)
  return values.length ? median(values) : undefined
}

export function peakMiB(result: ToolResult): number {
  return Math.max(0, ...result.runs.map((run) => run.peakMiB))
}

function ratio(value: number | undefined, reference: number | undefined): string {
  if (value === undefined || reference === undefined) return '–'
  return `${(value / reference).toFixed(1)}×`
}

export function caseTable(caseResult: CaseResult): string {
  const newslint = medianFigure(caseResult.results.find((result) => result.tool === 'newslint') ?? {tool: '', runs: []})
  const warm = caseResult.id === 'warm'
  const header = warm
    ? ['tool', 'median per lint', 'fastest–slowest lint', 'lints', 'peak memory', 'newslint is … faster']
    : ['tool', 'median wall', 'fastest–slowest', 'median CPU', 'peak memory', 'newslint is … faster']
  const rows = caseResult.results.map((result) => {
    if (result.error) return [result.tool, `failed: ${result.error.split('\n')[0]!.slice(0, 80)}`, '', '', '', '']
    const value = medianFigure(result)
    const wall = result.runs.map((run) => run.wallMs)
    const spread = warm ? result.lintMs! : wall
    const format = warm ? milliseconds : seconds
    return [
      result.tool,
      value === undefined ? '–' : format(value),
      spread.length ? `${format(Math.min(...spread))}–${format(Math.max(...spread))}` : '–',
      warm ? String(result.lintMs!.length) : seconds(median(result.runs.map((run) => run.cpuMs))),
      mebibytes(peakMiB(result)),
      result.tool === 'newslint' ? '' : ratio(value, newslint)
    ]
  })
  return `### ${caseResult.title}\n\n${table(header, rows)}`
}

interface Goal {
  goal: string
  measured: string
  met: boolean | undefined
}

export function goalsTable(cases: readonly CaseResult[]): string {
  const find = (id: CaseResult['id'], tool: string) => cases.find((c) => c.id === id)?.results.find((r) => r.tool === tool && !r.error)
  const value = (id: CaseResult['id'], tool: string) => {
    const result = find(id, tool)
    return result ? medianFigure(result) : undefined
  }
  const goals: Goal[] = []
  const article = value('article', 'newslint')
  const writeGood = value('article', 'write-good')
  if (article !== undefined) {
    goals.push({goal: 'cold CLI, 1,000-word article: ≤ 0.25 s wall', measured: seconds(article), met: article <= 250})
    goals.push({
      goal: '… and faster than write-good',
      measured: writeGood === undefined ? 'write-good not run' : `${seconds(article)} vs ${seconds(writeGood)}`,
      met: writeGood === undefined ? undefined : article < writeGood
    })
  }
  const bigFile = value('big-file', 'newslint')
  if (bigFile !== undefined) goals.push({goal: '100,000 words in one file: ≤ 1.0 s', measured: seconds(bigFile), met: bigFile <= 1000})
  const folder = value('folder', 'newslint')
  if (folder !== undefined) {
    const alex = value('folder', 'alex')
    goals.push({
      goal: '200 articles: ≥ 3× faster than alex',
      measured: alex === undefined ? 'alex not run' : `${ratio(alex, folder)} (${seconds(folder)} vs ${seconds(alex)})`,
      met: alex === undefined ? undefined : alex >= 3 * folder
    })
    const peers = cases.find((c) => c.id === 'folder')!.results.filter((r) => r.tool !== 'newslint' && !r.error)
    const fastestPeer = Math.min(...peers.map((peer) => medianFigure(peer) ?? Infinity))
    goals.push({
      goal: '200 articles: faster than every peer',
      measured: peers.length ? `${seconds(folder)} vs fastest peer ${seconds(fastestPeer)}` : 'no peer run',
      met: peers.length ? folder < fastestPeer : undefined
    })
  }
  const warm = value('warm', 'newslint')
  if (warm !== undefined) goals.push({goal: 'warm re-lint, 1,000 words: ≤ 10 ms median', measured: milliseconds(warm), met: warm <= 10})
  const newslintPeaks = cases.flatMap((c) => c.results.filter((r) => r.tool === 'newslint' && !r.error).map(peakMiB))
  if (newslintPeaks.length) {
    const peak = Math.max(...newslintPeaks)
    goals.push({goal: 'peak memory in every case: ≤ 150 MB', measured: mebibytes(peak), met: peak <= 150})
  }
  const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : '**not met**')
  return `### Goals (issue 8)\n\n${table(['goal', 'newslint', ''], goals.map((g) => [g.goal, g.measured, verdict(g.met)]))}`
}

export function machineDescription(): string {
  const cpus = os.cpus()
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`
}

export function loadAverage(): string {
  return os.loadavg().map((load) => load.toFixed(2)).join(', ')
}
