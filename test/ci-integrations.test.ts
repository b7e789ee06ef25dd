/**
 * The files other tools read: the pre-commit hook manifest must offer hooks
 * exactly the files newslint reads, and the GitHub Action's run script must
 * turn its inputs into the right flags (run here with bash, as the runner does).
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {supportedExtensions} from '../src/formats.js'
import {scratchRepository} from './ci-helpers.js'

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url))
const read = (name: string) => readFileSync(new URL(`../${name}`, import.meta.url), 'utf8')

describe('.pre-commit-hooks.yaml', () => {
  const manifest = read('.pre-commit-hooks.yaml')

  it('passes every hook the files newslint reads, and no others', () => {
    const patterns = [...manifest.matchAll(/^ {2}files: (.+)$/gm)].map((match) => new RegExp(match[1]!))
    expect(patterns).toHaveLength([...manifest.matchAll(/^- id: /gm)].length)
    for (const pattern of patterns) {
      for (const extension of supportedExtensions) expect(pattern.test(`stories/a.${extension}`)).toBe(true)
      for (const other of ['a.js', 'a.mdx', 'a.txt.bak', 'a.json']) expect(pattern.test(other)).toBe(false)
    }
  })

  it('runs the newslint bin, once with --fix', () => {
    expect([...manifest.matchAll(/^ {2}entry: (.+)$/gm)].map((match) => match[1])).toEqual(['newslint', 'newslint --fix'])
  })
})

describe('action.yml', () => {
  const action = read('action.yml')
  const inputs = [...action.slice(action.indexOf('\ninputs:'), action.indexOf('\nruns:')).matchAll(/^ {2}([\w-]+):$/gm)].map(
    (match) => match[1]!
  )
  // The script of the step that runs newslint: the block under its `run: |`, unindented.
  const script = action
    .slice(action.indexOf('run: |', action.indexOf('- name: Run newslint')) + 'run: |'.length)
    .split('\n')
    .filter((line) => line.startsWith('        '))
    .map((line) => line.slice(8))
    .join('\n')

  it('hands every input but node-version to the run step through the environment', () => {
    expect(inputs).toContain('changed-since')
    for (const input of inputs.filter((name) => name !== 'node-version')) {
      expect(action).toContain(`\${{ inputs.${input} }}`)
    }
    expect(script).not.toContain('${{')
  })

  function runAction(folder: string, env: Record<string, string>) {
    const defaults = {PATHS: '.', FORMAT: 'github', FRAIL: 'false', CHANGED_SINCE: '', ALL_LINES: 'false', BASELINE: '', SARIF_FILE: '', CONFIG: ''}
    const variables = Object.fromEntries(Object.entries({...defaults, ...env}).map(([key, value]) => [`NEWSLINT_${key}`, value]))
    const result = spawnSync('bash', ['-e', '-c', script], {
      cwd: folder,
      encoding: 'utf8',
      env: {...process.env, ...variables, GITHUB_ACTION_PATH: repositoryRoot, CI: 'true'}
    })
    return {code: result.status, stdout: result.stdout, stderr: result.stderr}
  }

  it('annotates only changed lines, writes SARIF, and fails on warnings when frail', () => {
    const repo = scratchRepository({'stories/a.txt': 'An old line we will recieve.\n'})
    repo.write('stories/a.txt', 'An old line we will recieve.\nA new line that occured today.\n')
    const result = runAction(repo.folder, {PATHS: 'stories', CHANGED_SINCE: 'HEAD', SARIF_FILE: 'newslint.sarif'})
    expect(result.stdout).toMatch(/^::warning file=stories\/a\.txt,line=2,col=\d+,.*occured/)
    expect(result.stdout).not.toMatch(/line=1,/)
    expect(result.code).toBe(0)
    expect(JSON.parse(repo.read('newslint.sarif')).runs[0].results).toHaveLength(1)
    expect(runAction(repo.folder, {PATHS: 'stories', CHANGED_SINCE: 'HEAD', FRAIL: 'true'}).code).toBe(1)
  })
})
