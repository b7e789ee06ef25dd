/**
 * The CLI tunes V8 for a large run (src/large-run.ts): once it has many
 * files or parses a long one, and never for a small run or a host that did
 * not ask (the language server, the library). The tuning itself is
 * process-wide, so it is observed here through the call, not applied.
 */
import {spawnSync} from 'node:child_process'
import {beforeEach, describe, expect, it, vi} from 'vitest'
import {lintFiles} from '../src/engine.js'
import {largeDocumentCharacters, largeRunFiles, tuneForLargeRun} from '../src/large-run.js'
import {scratchFolder} from './ci-helpers.js'

vi.mock('../src/large-run.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../src/large-run.js')>()),
  tuneForLargeRun: vi.fn()
}))

const sentence = 'The council met on Tuesday and voted to keep the library open. '

function longStory(): string {
  return sentence.repeat(Math.ceil(largeDocumentCharacters / sentence.length) + 1)
}

describe('tuning V8 for a large run', () => {
  beforeEach(() => vi.mocked(tuneForLargeRun).mockClear())

  it('leaves a run of a few short files alone', async () => {
    const scratch = scratchFolder()
    scratch.write('a.txt', sentence)
    scratch.write('b.txt', sentence)
    const files = await lintFiles({files: ['a.txt', 'b.txt'], cwd: scratch.folder, detectConfig: false, tuneLargeRuns: true})
    expect(files).toHaveLength(2)
    expect(tuneForLargeRun).not.toHaveBeenCalled()
  })

  it('tunes when a document is long, as it is parsed', async () => {
    const scratch = scratchFolder()
    scratch.write('long.txt', longStory())
    const [file] = await lintFiles({files: ['long.txt'], cwd: scratch.folder, detectConfig: false, tuneLargeRuns: true})
    expect(file!.messages.filter((message) => message.fatal)).toEqual([])
    expect(tuneForLargeRun).toHaveBeenCalled()
  })

  it('tunes when the run has many files', async () => {
    const scratch = scratchFolder()
    const names = Array.from({length: largeRunFiles}, (_, index) => `story-${index}.txt`)
    for (const name of names) scratch.write(name, sentence)
    await lintFiles({files: names, cwd: scratch.folder, detectConfig: false, tuneLargeRuns: true})
    expect(tuneForLargeRun).toHaveBeenCalled()
  })

  it('never tunes for a host that did not ask', async () => {
    const scratch = scratchFolder()
    scratch.write('long.txt', longStory())
    await lintFiles({files: ['long.txt'], cwd: scratch.folder, detectConfig: false})
    expect(tuneForLargeRun).not.toHaveBeenCalled()
  })
})

describe('the tuning itself', () => {
  it('sets flags this Node’s V8 knows, without a word on stderr, and may be asked twice', () => {
    // In a child process: the flags are process-wide. Built code, as the CLI runs it.
    const built = new URL('../dist/large-run.js', import.meta.url).href
    const script = `import {tuneForLargeRun} from '${built}'; tuneForLargeRun(); tuneForLargeRun(); console.log('tuned')`
    const result = spawnSync(process.execPath, ['--input-type=module', '--eval', script], {encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('tuned\n')
    expect(result.status).toBe(0)
  })
})
