/**
 * A real editor as the client: headless Neovim (Debian's package) attaches
 * the language server to the canonical article with fixtures/server/neovim.lua
 * and writes out the diagnostics it shows; they must be the CLI's JSON
 * report, message for message and place for place.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {FileReport} from '../src/report/messages.js'
import {fixturePath} from './helpers.js'
import {repoRoot, serverCommand} from './server-client.js'

const hasNeovim = !spawnSync('nvim', ['--version']).error
if (!hasNeovim) {
  const reason = '`nvim` is not installed (apt-get install neovim)'
  // CI sets this so that a missing editor fails the run instead of skipping its test.
  if (process.env.NEWSLINT_REQUIRE_NEOVIM === '1') throw new Error(`The Neovim language client test needs Neovim: ${reason}`)
  console.warn(`Skipping the Neovim language client test: ${reason}.`)
}

const cliCommand = [...serverCommand.slice(0, -1), path.join(repoRoot, 'src/cli.ts')]
const severities: Record<string, number> = {error: 1, warning: 2, info: 3}

describe.skipIf(!hasNeovim)('Neovim as the language client', () => {
  it('shows for the canonical article exactly what the CLI reports', () => {
    const article = fixturePath('colombia-intel-sharing.txt')
    const folder = mkdtempSync(path.join(tmpdir(), 'newslint-nvim-'))
    const output = path.join(folder, 'diagnostics.json')
    try {
      const nvim = spawnSync(
        'nvim',
        ['--headless', '--noplugin', '-n', '-i', 'NONE', '-u', fixturePath('server/neovim.lua'), article],
        {
          cwd: repoRoot,
          env: {...process.env, NEWSLINT_LSP_CMD: JSON.stringify(serverCommand), NEWSLINT_NVIM_OUT: output},
          timeout: 90_000,
          encoding: 'utf8'
        }
      )
      expect(nvim.status, nvim.stderr).toBe(0)
      const shown = JSON.parse(readFileSync(output, 'utf8')) as {
        published: boolean
        diagnostics: Array<{line: number; column: number; endLine: number; endColumn: number; severity: number; code: string; message: string; source: string}>
      }
      expect(shown.published).toBe(true)

      const [command, ...args] = cliCommand
      const cli = spawnSync(command!, [...args, '--format', 'json', article], {cwd: repoRoot, encoding: 'utf8'})
      const [report] = JSON.parse(cli.stdout) as FileReport[]
      expect(report!.messages.length).toBeGreaterThan(0)

      const place = (item: {line: number; column: number; endLine: number; endColumn: number}) =>
        [item.line, item.column, item.endLine, item.endColumn].join(':')
      const byPlace = (a: {key: string}, b: {key: string}) => a.key.localeCompare(b.key)
      const fromNeovim = shown.diagnostics
        .map((d) => ({key: `${place(d)} ${d.code}`, severity: d.severity, source: d.source, message: d.message}))
        .sort(byPlace)
      const fromCli = report!.messages
        .map((m) => ({key: `${place(m)} ${m.ruleId}`, severity: severities[m.severity], source: m.source, message: m.reason}))
        .sort(byPlace)
      expect(fromNeovim.map((d) => d.key)).toEqual(fromCli.map((m) => m.key))
      for (const [index, diagnostic] of fromNeovim.entries()) {
        const message = fromCli[index]!
        expect(diagnostic.severity).toBe(message.severity)
        expect(diagnostic.source).toBe(message.source)
        // The CLI appends spelling suggestions; the editor gets them from the quick fix.
        expect(message.message.startsWith(diagnostic.message)).toBe(true)
      }
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  }, 120_000)
})
