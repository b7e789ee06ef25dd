/**
 * One measured process: wall time from spawn to exit, and the CPU time and
 * peak resident memory the process reports about itself on exit
 * (usage-probe.cjs). Output goes to /dev/null, as when a report is piped
 * away, unless it is wanted (the warm runner prints its timings).
 */
import {spawn} from 'node:child_process'
import {existsSync, readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import {usageProbe} from './tools.js'

export interface Run {
  wallMs: number
  cpuMs: number
  peakMiB: number
  /** What the process printed, when asked for. */
  output: string
}

let runCount = 0

export function measure(
  nodeArguments: readonly string[],
  options: {folder: string; keepOutput?: boolean; timeoutMs?: number; failureExitCode?: number}
): Promise<Run> {
  const usageFile = path.join(options.folder, `usage-${process.pid}-${runCount++}.json`)
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(process.execPath, ['--require', usageProbe, ...nodeArguments], {
      cwd: options.folder,
      env: {...process.env, NEWSLINT_BENCH_USAGE: usageFile, NO_COLOR: '1'},
      stdio: ['ignore', options.keepOutput ? 'pipe' : 'ignore', 'pipe'],
      timeout: options.timeoutMs
    })
    let output = ''
    let errors = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr!.on('data', (chunk) => (errors += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - start
      const usage = existsSync(usageFile)
        ? (JSON.parse(readFileSync(usageFile, 'utf8')) as {peakKiB: number; cpuMicros: number; crash?: string})
        : undefined
      rmSync(usageFile, {force: true})
      // Exit codes alone cannot tell a crash from findings: write-good exits with its count of them.
      if (!usage || usage.crash || signal || code === options.failureExitCode) {
        const reason = usage?.crash ?? (errors || `${signal ?? `exit ${code}`}`)
        reject(new Error(`${reason.slice(0, 800)}\n(command: node ${nodeArguments.join(' ').slice(0, 300)})`))
        return
      }
      resolve({wallMs, cpuMs: usage.cpuMicros / 1000, peakMiB: usage.peakKiB / 1024, output})
    })
  })
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
