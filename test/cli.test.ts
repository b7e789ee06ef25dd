/**
 * The CLI as a newsroom and its CI use it: report formats, exit codes,
 * configuration, stdin, and one clear error line for input it cannot check.
 * Runs the built CLI (dist/cli.js), as users do.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeEach, describe, expect, it} from 'vitest'
import {supportedExtensions} from '../src/formats.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
let folder: string

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: folder,
    input: input ?? '',
    encoding: 'utf8',
    env: {...process.env, CI: 'true', NO_COLOR: '1'}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function write(name: string, content: string | Buffer) {
  mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
  writeFileSync(path.join(folder, name), content)
}

const onlySpelling = JSON.stringify({
  rules: {'joined-words': 'off', 'repeated-headline': 'off', 'unrelated-trailing-line': 'off', 'unattributed-statistic': 'off'}
})

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'newslint-cli-'))
  write('.retextrc.json', onlySpelling)
})

describe('newslint CLI', () => {
  it('prints help and the version', () => {
    const help = run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Usage: newslint/)
    expect(help.stdout).toMatch(/joined-words/)
    // The folder search the help describes is the one the CLI does.
    const searched = help.stdout.replace(/\s+/g, ' ').match(/Folders are searched for (.*?) files/)![1]!
    expect(searched.match(/\.\w+/g)!.map((extension) => extension.slice(1)).sort()).toEqual([...supportedExtensions].sort())
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it('reports in stylish by default, with file, range, severity, reason and rule, and exits 0 on warnings', () => {
    write('story.txt', 'The goverment said so.\n')
    const result = run(['story.txt'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/story\.txt\n1:5-1:14\s+warning\s+“goverment” is not in the dictionary; did you mean “government”\?\s+spelling/)
    expect(result.stdout).not.toMatch(/\u001B\[/)
  })

  it('never echoes the document', () => {
    write('story.txt', 'A distinctive sentence about goverment.\n')
    expect(run(['story.txt']).stdout).not.toMatch(/distinctive sentence/)
  })

  it('prints the JSON contract for .txt, .md and .html', () => {
    write('a.txt', 'The goverment said.\n')
    write('b.md', '# Title\n\nThe `code` and the goverment.\n')
    write('c.html', '<p>The &amp; goverment.</p>\n')
    const result = run(['--format', 'json', 'a.txt', 'b.md', 'c.html'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.map((file: {path: string}) => file.path).sort()).toEqual(['a.txt', 'b.md', 'c.html'])
    const byPath = Object.fromEntries(report.map((file: {path: string; messages: unknown[]}) => [file.path, file.messages]))
    expect(byPath['a.txt']).toEqual([
      {
        ruleId: 'spelling',
        source: 'newslint',
        reason: '“goverment” is not in the dictionary; did you mean “government”?',
        severity: 'warning',
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 14,
        url: 'https://github.com/newslint/newslint/blob/main/docs/rules/spelling.md',
        expected: ['government'],
        actual: 'goverment'
      }
    ])
    expect(byPath['b.md'][0]).toMatchObject({line: 3, column: 20})
    expect(byPath['c.html'][0]).toMatchObject({line: 1, column: 14})
  })

  it('reads stdin, named and formatted by --stdin-filename', () => {
    const result = run(['--format', 'json', '--stdin-filename', 'piped.md'], '`goverment` and the the recieve\n')
    const [file] = JSON.parse(result.stdout)
    expect(file.path).toBe('piped.md')
    expect(file.messages.map((m: {ruleId: string; column: number}) => [m.ruleId, m.column])).toEqual([
      ['repeated-words', 17],
      ['spelling', 25]
    ])
  })

  it('checks piped bytes for their encoding as it checks a file’s, and never reads the file --stdin-filename names', () => {
    const invalid = run(['--format', 'json'], Buffer.from('caf\xe9 moveforces\n', 'latin1'))
    expect(invalid.code).toBe(2)
    expect(JSON.parse(invalid.stdout)[0].messages.map((message: {reason: string}) => message.reason)).toEqual([
      'File is not valid UTF-8 (first bad byte at line 1, column 4): not checked; save it as UTF-8'
    ])
    // Columns as an editor shows them: a BOM is not counted.
    const withBom = run(['--format', 'json'], Buffer.from('\xef\xbb\xbfcaf\xe9\n', 'latin1'))
    expect(JSON.parse(withBom.stdout)[0].messages[0].reason).toMatch(/line 1, column 4\)/)
    // A Latin-1 file on disk under the name given: what is checked is what came in, a real U+FFFD and all.
    writeFileSync(path.join(folder, 'draft.txt'), Buffer.from('caf\xe9\n', 'latin1'))
    const piped = run(['--format', 'json', '--stdin-filename', 'draft.txt'], 'A genuine \uFFFD sign.\n')
    expect(piped.code).toBe(0)
    expect(JSON.parse(piped.stdout)[0].messages).toEqual([])
  })

  it('reads stdin given as -, with --input-format', () => {
    const result = run(['--format', 'json', '--input-format', 'html', '-'], '<p>x &amp; goverment</p>')
    expect(JSON.parse(result.stdout)[0].messages[0]).toMatchObject({column: 12})
  })

  it('exits 1 with --frail on warnings, and with more warnings than --max-warnings', () => {
    write('story.txt', 'The goverment and the recieve.\n')
    expect(run(['--frail', 'story.txt']).code).toBe(1)
    expect(run(['--max-warnings', '1', 'story.txt']).code).toBe(1)
    for (const notACount of ['', '0x10', '1e3', '-1']) expect(run(['--max-warnings', notACount, 'story.txt']).code).toBe(2)
    expect(run(['--max-warnings', '2', 'story.txt']).code).toBe(0)
  })

  it('says on stderr when warnings that --quiet leaves out fail the check', () => {
    write('story.txt', 'The goverment and the recieve.\n')
    const frail = run(['--quiet', '--frail', 'story.txt'])
    expect(frail.code).toBe(1)
    expect(frail.stdout).toBe('')
    expect(frail.stderr).toBe('newslint: 2 warnings, not shown with --quiet, fail the check (--frail)\n')
    const overLimit = run(['-q', '--max-warnings', '1', 'story.txt'])
    expect(overLimit.code).toBe(1)
    expect(overLimit.stderr).toMatch(/2 warnings, .*\(more than --max-warnings 1\)/)
    const withinLimit = run(['-q', '--max-warnings', '2', 'story.txt'])
    expect([withinLimit.code, withinLimit.stderr]).toEqual([0, ''])
  })

  it('reads a YAML configuration, whose reader the CLI loads only when one is found', () => {
    rmSync(path.join(folder, '.retextrc.json'))
    write('.retextrc.yml', 'rules:\n  spelling: "off"\n  repeated-words: error\n')
    write('story.txt', 'The goverment said the the thing.\n')
    const result = run(['--format', 'json', 'story.txt'])
    expect(result.code).toBe(1)
    const messages: Array<{ruleId: string; severity: string}> = JSON.parse(result.stdout)[0].messages
    expect(messages.map((message) => [message.ruleId, message.severity])).toEqual([['repeated-words', 'error']])
  })

  it('exits 1 on an error-level message and --quiet shows only errors', () => {
    write('.retextrc.json', JSON.stringify({rules: {...JSON.parse(onlySpelling).rules, 'repeated-words': 'error'}}))
    write('story.txt', 'The goverment said the the thing.\n')
    const result = run(['story.txt'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/error .*repeated-words/)
    const quiet = run(['--quiet', 'story.txt'])
    expect(quiet.stdout).not.toMatch(/goverment/)
    expect(quiet.stdout).toMatch(/repeated-words/)
  })

  it('exits 2 on a usage error', () => {
    const result = run(['--format', 'xml', 'story.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Unknown format `xml`/)
    expect(run(['--max-warnings', 'many', 'x.txt']).code).toBe(2)
    expect(run(['--bogus']).code).toBe(2)
  })

  it('gives one clear error line for each unreadable input and still checks the others', () => {
    write('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]))
    write('latin1.txt', Buffer.from('caf\xe9 society\n', 'latin1'))
    write('good.txt', 'The goverment.\n')
    const result = run(['--format', 'json', 'binary.txt', 'latin1.txt', 'missing.txt', 'good.txt'])
    expect(result.code).toBe(2)
    const byPath = Object.fromEntries(JSON.parse(result.stdout).map((f: {path: string; messages: Array<{reason: string; severity: string}>}) => [f.path, f.messages]))
    expect(byPath['binary.txt']).toEqual([expect.objectContaining({severity: 'error', reason: expect.stringMatching(/binary/)})])
    expect(byPath['latin1.txt']).toEqual([expect.objectContaining({severity: 'error', reason: expect.stringMatching(/not valid UTF-8.*line 1, column 4/)})])
    expect(byPath['missing.txt']).toEqual([expect.objectContaining({reason: 'No such file or folder'})])
    expect(byPath['good.txt']).toEqual([expect.objectContaining({ruleId: 'spelling'})])
  })

  it('warns on an empty or whitespace-only file without failing', () => {
    write('empty.txt', '')
    write('blank.md', '  \n\n\t\n')
    write('blank.html', ' \r\n\r')
    write('bom.html', '\uFEFF')
    const result = run(['--format', 'json', 'empty.txt', 'blank.md', 'blank.html', 'bom.html'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toHaveLength(4)
    for (const file of JSON.parse(result.stdout)) {
      expect(file.messages).toEqual([expect.objectContaining({severity: 'warning', reason: 'File is empty: nothing to check'})])
    }
  })

  it('says so when a glob or a folder gives no file to check', () => {
    write('notes/readme.pdf', 'x')
    const glob = run(['*.nothing'])
    expect(glob.code).toBe(2)
    expect(glob.stderr).toMatch(/`\*\.nothing` matched no file to check/)
    const empty = run(['notes'])
    expect(empty.code).toBe(2)
    expect(empty.stderr).toMatch(/`notes` matched no file to check/)
  })

  it('expands folders to supported extensions and honours .newslintignore', () => {
    write('copy/a.md', 'The goverment.\n')
    write('copy/b.txt', 'The recieve.\n')
    write('copy/c.pdf', 'goverment')
    write('copy/drafts/d.txt', 'The occured.\n')
    write('.newslintignore', 'copy/drafts/\n')
    const paths = JSON.parse(run(['--format', 'json', 'copy']).stdout).map((f: {path: string}) => f.path).sort()
    expect(paths).toEqual(['copy/a.md', 'copy/b.txt'])
  })

  it('notes a named file .newslintignore excludes, checks the others, and does not fail for it', () => {
    write('.newslintignore', 'wire/\n')
    write('wire/agency.txt', 'The goverment.\n')
    write('story.txt', 'The recieve.\n')
    const result = run(['--format', 'json', 'story.txt', 'wire/agency.txt'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).map((file: {path: string}) => file.path)).toEqual(['story.txt'])
    expect(result.stderr).toBe('newslint: `wire/agency.txt` is excluded by .newslintignore: not checked\n')
    const alone = run(['wire/agency.txt'])
    expect([alone.code, alone.stdout]).toEqual([0, ''])
  })

  it('refuses a device or pipe named as input without reading it, and checks the other files', () => {
    write('story.txt', 'The goverment.\n')
    const result = run(['--format', 'json', '/dev/null', 'story.txt'])
    expect(result.code).toBe(2)
    const report = JSON.parse(result.stdout) as {path: string; messages: {ruleId: string | null; reason: string}[]}[]
    expect(report.map((file) => [file.path, file.messages.map((message) => message.ruleId ?? message.reason)])).toEqual([
      ['story.txt', ['spelling']],
      ['/dev/null', ['Not a regular file (a device, pipe or socket): not checked']]
    ])
  })

  it('reports a malformed config with its file, line and column, and exits 2', () => {
    write('.retextrc.json', '{\n  "rules": {"spelling": "warn",}\n}\n')
    write('story.txt', 'Fine.\n')
    const result = run(['story.txt'])
    expect(result.code).toBe(2)
    expect(result.stdout).toMatch(/Cannot parse file `\.retextrc\.json`: .*\.retextrc\.json:2:32\)/)
  })

  it('explains a config that starts with a byte order mark, and a YAML error, in one line each', () => {
    write('.retextrc.json', '\uFEFF{"rules": {"spelling": "off"}}')
    write('story.txt', 'Fine.\n')
    const bom = run(['story.txt'])
    expect(bom.code).toBe(2)
    expect(bom.stdout).toMatch(/\(the file starts with a byte order mark: save it as UTF-8 without one\)\n/)
    rmSync(path.join(folder, '.retextrc.json'))
    write('.retextrc.yml', 'rules:\n  spelling: [warn\n  x: 1\n')
    const yaml = run(['story.txt'])
    expect(yaml.code).toBe(2)
    expect(yaml.stdout).toMatch(/Cannot parse file `\.retextrc\.yml`: .* at line 3, column 3\n/)
  })

  it('rejects an unknown rule name in config', () => {
    write('.retextrc.json', JSON.stringify({rules: {speling: 'off'}}))
    write('story.txt', 'Fine.\n')
    const result = run(['story.txt'])
    expect(result.code).toBe(2)
    expect(result.stdout).toMatch(/Unknown rule `speling`/)
  })

  it('rejects a config that names a missing personal dictionary, in one line, and exits 2', () => {
    write('.retextrc.json', JSON.stringify({dictionary: 'newsroom-words.txt'}))
    write('story.txt', 'The goverment.\n')
    const result = run(['story.txt'])
    expect(result.code).toBe(2)
    expect(result.stdout).toMatch(/Cannot read personal dictionary `.*newsroom-words\.txt` named in `.*\.retextrc\.json`: no such file\n/)
    expect(result.stdout).not.toMatch(/ at |goverment/)
    expect(run(['-q', 'story.txt']).code).toBe(2)
  })

  it('finds config up the tree, in package.json, by --config, and ignores it with --no-config', () => {
    write('.retextrc.json', JSON.stringify({rules: {spelling: 'error'}}))
    write('desk/story.txt', 'The goverment.\n')
    expect(run(['desk/story.txt']).code).toBe(1)
    expect(run(['--no-config', 'desk/story.txt']).code).toBe(0)
    write('other.json', JSON.stringify({rules: {spelling: 'off'}}))
    expect(run(['--config', 'other.json', '--format', 'json', 'desk/story.txt']).stdout).not.toMatch(/goverment/)
    write('desk/package.json', JSON.stringify({name: 'desk', newslint: {rules: {spelling: 'off'}}}))
    expect(JSON.parse(run(['--format', 'json', 'desk/story.txt']).stdout)[0].messages).toEqual([])
  })

  it.each([
    ['.retextrc.mjs', 'export default {rules: {spelling: "off"}}\n'],
    ['.retextrc.cjs', 'module.exports = {rules: {spelling: "off"}}\n'],
    ['.retextrc.yml', 'rules:\n  spelling: "off"\n']
  ])('reads a %s configuration, with no warning from Node', (name, content) => {
    rmSync(path.join(folder, '.retextrc.json'))
    write(name, content)
    write('story.txt', 'The goverment.\n')
    const result = run(['--format', 'json', 'story.txt'])
    expect([result.code, result.stderr]).toEqual([0, ''])
    expect(JSON.parse(result.stdout)[0].messages).toEqual([])
  })

  it('reads a personal dictionary named in config', () => {
    write('.retextrc.json', JSON.stringify({...JSON.parse(onlySpelling), dictionary: 'words.txt'}))
    write('words.txt', '# house words\ngoverment\n')
    write('story.txt', 'The goverment.\n')
    expect(JSON.parse(run(['--format', 'json', 'story.txt']).stdout)[0].messages).toEqual([])
  })
})
