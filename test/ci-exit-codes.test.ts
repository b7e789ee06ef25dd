/**
 * Exit codes in every CI mode — 0 clean, 1 problems, 2 could not run — for
 * each report format, and --output-file with its summary. (--changed-since,
 * --baseline and --fix have theirs in their own test files.)
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {reporters} from '../src/report/index.js'
import {scratchFolder} from './ci-helpers.js'

function newsroom() {
  const scratch = scratchFolder()
  scratch.write('clean.txt', 'The talks resumed on Tuesday.\n')
  scratch.write('warning.txt', 'The talks will recieve a boost.\n')
  scratch.write('error.txt', 'The the talks resumed.\n')
  scratch.write('binary.txt', 'a\0b')
  return scratch
}

describe('exit codes per report format', () => {
  for (const format of Object.keys(reporters)) {
    it(`${format}: 0 on warnings only, 1 on an error, 2 on a file it cannot read`, () => {
      const scratch = newsroom()
      const warnings = scratch.run(['-f', format, 'clean.txt', 'warning.txt'])
      expect(warnings.code).toBe(0)
      expect(warnings.stdout).toMatch(/warning\.txt/)
      expect(scratch.run(['-f', format, 'clean.txt', 'error.txt']).code).toBe(1)
      expect(scratch.run(['-f', format, 'clean.txt', 'binary.txt']).code).toBe(2)
    })
  }
})

describe('--output-file', () => {
  it('writes the report to the file and prints a one-line summary; the exit code is the run’s', () => {
    const scratch = newsroom()
    const result = scratch.run(['-f', 'sarif', '-o', 'newslint.sarif', 'clean.txt', 'warning.txt', 'error.txt'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('newslint: 1 error, 1 warning in 3 files; report written to newslint.sarif\n')
    expect(JSON.parse(scratch.read('newslint.sarif')).runs[0].results).toHaveLength(2)
  })

  it('prints the summary in --summary-format, so one run both uploads SARIF and annotates', () => {
    const scratch = newsroom()
    const result = scratch.run(['-f', 'sarif', '-o', 'newslint.sarif', '--summary-format', 'github', 'warning.txt'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^::warning file=warning\.txt,line=1,col=\d+,/)
    expect(JSON.parse(scratch.read('newslint.sarif')).version).toBe('2.1.0')
  })

  it('exits 2 when the report cannot be written, or with a summary format but no output file', () => {
    const scratch = newsroom()
    const unwritable = scratch.run(['-o', path.join('no-such-folder', 'report.txt'), 'clean.txt'])
    expect(unwritable.code).toBe(2)
    expect(unwritable.stderr).toMatch(/cannot write the report/)
    const summaryAlone = scratch.run(['--summary-format', 'github', 'clean.txt'])
    expect(summaryAlone.code).toBe(2)
    expect(summaryAlone.stderr).toMatch(/--summary-format needs --output-file/)
    expect(scratch.run(['-o', 'r.txt', '--summary-format', 'nope', 'clean.txt']).code).toBe(2)
    expect(existsSync(path.join(scratch.folder, 'r.txt'))).toBe(false)
  })
})
