// Preloaded (`node --require`) into every process the benchmark starts: when
// the process exits, it writes its peak resident memory, its CPU time and
// whether it crashed to the file named by NEWSLINT_BENCH_USAGE. (Exit codes
// cannot tell: write-good exits with its count of findings, and an uncaught
// error exits with 1, like a linter that found something.) Plain CommonJS so
// that it adds no loader work to the start-up being measured. Memory and CPU
// cover the whole process, worker threads included.
const {writeFileSync} = require('node:fs')
const {isMainThread} = require('node:worker_threads')

const target = process.env.NEWSLINT_BENCH_USAGE
if (target && isMainThread) {
  let crash
  process.on('uncaughtExceptionMonitor', (error) => {
    crash = String(error && error.stack ? error.stack : error)
  })
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(target, JSON.stringify({peakKiB: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime, crash}))
  })
}
