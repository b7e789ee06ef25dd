/**
 * Many files at once are checked in worker threads (engine.ts): the result
 * must be exactly what checking them in one thread gives — the same files
 * in the same order, the same messages with every field, configuration
 * found per file, a bad file failing the same way — and so must the CLI's
 * report and exit code. Workers only run from the build (Node 20 does not
 * load TypeScript in a worker), so this uses dist/, as users do.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'

const distEngine = pathToFileURL(fileURLToPath(new URL('../dist/engine.js', import.meta.url))).href
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const benchFixtures = fileURLToPath(new URL('../fixtures/bench/', import.meta.url))
let folder: string

function write(name: string, content: string | Buffer) {
  mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
  writeFileSync(path.join(folder, name), content)
}

/** Everything a reporter, an exit code or a fix reads from the checked files. */
function outcome(files: VFile[]) {
  return files.map((file) => ({
    path: file.path,
    // vfile-reporter prints `message`; the other formats read `reason`.
    messages: file.messages.map(({reason, message, place, ruleId, source, fatal, url, note, expected, actual, name, line, column, file}) => ({
      reason,
      message,
      place,
      ruleId,
      source,
      fatal,
      url,
      note,
      expected,
      actual,
      name,
      line,
      column,
      file
    }))
  }))
}

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'newslint-workers-'))
  const articles = readdirSync(benchFixtures).filter((name) => name.endsWith('.txt')).slice(0, 12)
  for (const name of articles) copyFileSync(path.join(benchFixtures, name), path.join(folder, name))
  copyFileSync(fileURLToPath(new URL('../fixtures/colombia-intel-sharing.txt', import.meta.url)), path.join(folder, 'colombia.txt'))
  write('desk/.retextrc.json', JSON.stringify({rules: {spelling: 'error', 'unattributed-statistic': 'off'}, words: ['transcriptome']}))
  write('desk/story.md', '# Budget\n\nThe goverment said the the plan would work.\n\n<!-- newslint-disable spelling -->\n\nThe goverment again.\n')
  write('desk/page.html', '<p>The goverment&nbsp;said so, and the the council agreed.</p>\n')
  write('desk/binary.txt', Buffer.from([0x00, 0x01, 0x02, 0x03]))
})

describe('checking many files in worker threads', () => {
  it('gives the same files, in the same order, with the same messages as one thread', async () => {
    const {lintFiles, minFilesForWorkers} = (await import(distEngine)) as typeof import('../src/engine.js')
    const inOneThread = await lintFiles({files: [folder], cwd: folder})
    const inWorkers = await lintFiles({files: [folder], cwd: folder, workers: 2})
    expect(inOneThread.length).toBeGreaterThanOrEqual(minFilesForWorkers)
    // The main thread parsed nothing: the workers did.
    expect(inWorkers.every((file) => file.data.sourceText === undefined)).toBe(true)
    expect(inOneThread.some((file) => file.messages.some((message) => message.ruleId === 'spelling' && message.fatal))).toBe(true)
    expect(outcome(inWorkers)).toEqual(outcome(inOneThread))
  })

  it('leaves the CLI report and exit code as they are', async () => {
    const dist = (name: string) => pathToFileURL(fileURLToPath(new URL(`../dist/${name}`, import.meta.url))).href
    const {lintFiles} = (await import(distEngine)) as typeof import('../src/engine.js')
    const {reporters} = (await import(dist('report/index.js'))) as typeof import('../src/report/index.js')
    const {exitCodeFor} = (await import(dist('exit-code.js'))) as typeof import('../src/exit-code.js')
    const inOneThread = await lintFiles({files: ['.'], cwd: folder})
    // On a machine with one core the CLI checks in one thread; either way the report must be this one.
    const cliRun = spawnSync(process.execPath, [cli, '--format', 'json', '.'], {cwd: folder, encoding: 'utf8', env: {...process.env, CI: 'true'}})
    expect(cliRun.stdout).toBe(reporters.json!(inOneThread, {color: false, quiet: false}))
    expect(cliRun.status).toBe(exitCodeFor(inOneThread, {frail: false}))
  })
})
