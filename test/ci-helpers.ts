/**
 * Helpers for the CI-mode tests: run the built CLI (dist/cli.js, as users
 * and CI do) in a scratch folder whose configuration keeps only the two rules
 * whose messages are settled (spelling and repeated words, the latter as an
 * error), so these tests do not move when newsroom rules are tuned.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {onTestFinished} from 'vitest'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

export const stableRules = {
  rules: {
    'joined-words': 'off',
    'repeated-headline': 'off',
    'unrelated-trailing-line': 'off',
    'unattributed-statistic': 'off',
    'repeated-words': 'error'
  }
}

export interface Scratch {
  folder: string
  write(name: string, content: string): void
  read(name: string): string
  run(args: string[]): {code: number | null; stdout: string; stderr: string}
  git(...args: string[]): string
}

/** A fresh folder for the running test, removed when the test ends. */
export function scratchFolder(): Scratch {
  const folder = mkdtempSync(path.join(tmpdir(), 'newslint-ci-'))
  onTestFinished(() => rmSync(folder, {recursive: true, force: true}))
  const scratch: Scratch = {
    folder,
    write(name, content) {
      mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
      writeFileSync(path.join(folder, name), content)
    },
    read: (name) => readFileSync(path.join(folder, name), 'utf8'),
    run(args) {
      const result = spawnSync(process.execPath, [cli, ...args], {
        cwd: folder,
        input: '',
        encoding: 'utf8',
        env: {...process.env, CI: 'true', NO_COLOR: '1'}
      })
      return {code: result.status, stdout: result.stdout, stderr: result.stderr}
    },
    git(...args) {
      const result = spawnSync('git', args, {cwd: folder, encoding: 'utf8'})
      if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
      return result.stdout
    }
  }
  scratch.write('.retextrc.json', JSON.stringify(stableRules))
  return scratch
}

/** A scratch folder that is a git repository with one commit of `files`. */
export function scratchRepository(files: Record<string, string>): Scratch {
  const scratch = scratchFolder()
  scratch.git('init', '--quiet', '--initial-branch=main')
  scratch.git('config', 'user.email', 'test@example.com')
  scratch.git('config', 'user.name', 'newslint test')
  scratch.git('config', 'commit.gpgsign', 'false')
  for (const [name, content] of Object.entries(files)) scratch.write(name, content)
  scratch.git('add', '.')
  scratch.git('commit', '--quiet', '-m', 'Archive')
  return scratch
}
