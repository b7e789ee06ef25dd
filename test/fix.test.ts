/**
 * --fix and --fix-dry-run on a copy of fixtures/fix/wire-story.txt: only the
 * unambiguous replacements are applied, nothing else in the file changes
 * (BOM, CRLF, the ambiguous misspelling), and a file edited after newslint
 * read it is left alone.
 */
import {chmodSync, copyFileSync, linkSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lintFiles} from '../src/engine.js'
import {applyFixes, planFixes} from '../src/fix.js'
import {type Scratch, scratchFolder} from './ci-helpers.js'

const fixture = new URL('../fixtures/fix/wire-story.txt', import.meta.url)
const fixed =
  '\uFEFFTalks resume 🕊 the envoy said.\r\n' +
  'The ministry did not recieve the letter.\r\n' +
  'Officials met in Geneva on Tuesday.\r\n'

function copyOfFixture(): Scratch {
  const scratch = scratchFolder()
  copyFileSync(fixture, path.join(scratch.folder, 'story.txt'))
  return scratch
}

const lintCopy = (scratch: Scratch) =>
  lintFiles({files: ['story.txt'], cwd: scratch.folder, configPath: path.join(scratch.folder, '.retextrc.json')})

describe('planning and applying fixes', () => {
  it('changes nothing but the replaced text: BOM, line ends and the ambiguous misspelling stay', async () => {
    const scratch = copyOfFixture()
    const [file] = await lintCopy(scratch)
    const plan = planFixes(file!)!
    expect(plan.replacements.map(({before, after}) => [before, after])).toEqual([
      ['the the', 'the'],
      ['in in', 'in']
    ])
    expect(await applyFixes(plan)).toBe('written')
    expect(scratch.read('story.txt')).toBe(fixed)
    expect(readdirSync(scratch.folder).sort()).toEqual(['.retextrc.json', 'story.txt'])
  })

  it('leaves a file alone when it changed after newslint read it', async () => {
    const scratch = copyOfFixture()
    const [file] = await lintCopy(scratch)
    const plan = planFixes(file!)!
    const edited = readFileSync(fixture, 'utf8') + 'A line the editor added meanwhile.\r\n'
    writeFileSync(path.join(scratch.folder, 'story.txt'), edited)
    expect(await applyFixes(plan)).toBe('changed-since-read')
    expect(scratch.read('story.txt')).toBe(edited)
    expect(readdirSync(scratch.folder).sort()).toEqual(['.retextrc.json', 'story.txt'])
  })

  it('rewrites the file a symlink points to and keeps the link', async () => {
    const scratch = copyOfFixture()
    symlinkSync('story.txt', path.join(scratch.folder, 'link.txt'))
    const [file] = await lintFiles({files: ['link.txt'], cwd: scratch.folder, configPath: path.join(scratch.folder, '.retextrc.json')})
    expect(await applyFixes(planFixes(file!)!)).toBe('written')
    expect(lstatSync(path.join(scratch.folder, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(scratch.read('story.txt')).toBe(fixed)
  })

  it('refuses a read-only file, and keeps the mode of a file it rewrites', async () => {
    const scratch = copyOfFixture()
    const story = path.join(scratch.folder, 'story.txt')
    chmodSync(story, 0o444)
    const [file] = await lintCopy(scratch)
    await expect(applyFixes(planFixes(file!)!)).rejects.toThrow(/story\.txt` is read-only: not written/)
    expect(scratch.read('story.txt')).toBe(readFileSync(fixture, 'utf8'))
    expect(readdirSync(scratch.folder).sort()).toEqual(['.retextrc.json', 'story.txt'])
    chmodSync(story, 0o640)
    expect(await applyFixes(planFixes(file!)!)).toBe('written')
    expect(statSync(story).mode & 0o777).toBe(0o640)
  })

  it('refuses a file with other hard links, which a rename would leave with the old text', async () => {
    const scratch = copyOfFixture()
    linkSync(path.join(scratch.folder, 'story.txt'), path.join(scratch.folder, 'second-name.txt'))
    const [file] = await lintCopy(scratch)
    await expect(applyFixes(planFixes(file!)!)).rejects.toThrow(/story\.txt` has other hard links, which would keep the old text: not written/)
    expect(scratch.read('story.txt')).toBe(readFileSync(fixture, 'utf8'))
  })

  it('skips a replacement whose span no longer holds the text the rule saw, and overlapping ones', () => {
    const file = new VFile({path: 'x.txt', value: 'one two three\n', cwd: '/tmp'})
    const stale = file.message('stale', {place: {start: {line: 1, column: 1}, end: {line: 1, column: 4}}, ruleId: 'spelling'})
    stale.actual = 'uno'
    stale.expected = ['1']
    const first = file.message('first', {place: {start: {line: 1, column: 5}, end: {line: 1, column: 14}}, ruleId: 'spelling'})
    first.expected = ['2 3']
    const overlapping = file.message('overlap', {place: {start: {line: 1, column: 9}, end: {line: 1, column: 14}}, ruleId: 'spelling'})
    overlapping.expected = ['3']
    const ambiguous = file.message('two ways', {place: {start: {line: 1, column: 1}, end: {line: 1, column: 4}}, ruleId: 'spelling'})
    ambiguous.expected = ['1', 'I']
    expect(planFixes(file)?.fixed).toBe('one 2 3\n')
  })
})

describe('--fix and --fix-dry-run', () => {
  it('--fix rewrites the file, lists each change on stderr and reports what remains at its new place', () => {
    const scratch = copyOfFixture()
    const result = scratch.run(['--fix', '-f', 'compact', 'story.txt'])
    expect(scratch.read('story.txt')).toBe(fixed)
    expect(result.stderr).toBe(
      'newslint: fixed story.txt:1:17 repeated-words: “the the” → “the”\n' +
        'newslint: fixed story.txt:3:15 repeated-words: “in in” → “in”\n'
    )
    expect(result.stdout).toMatch(/^story\.txt:2:22: warning spelling .*recieve/)
    expect(result.stdout.trim().split('\n')).toHaveLength(1)
    expect(result.code).toBe(0)
    expect(scratch.run(['--fix', '--frail', 'story.txt']).code).toBe(1)
  })

  it('fixes a story named twice, as a link and as its target, once, and reports it fresh under both names', () => {
    const scratch = copyOfFixture()
    symlinkSync('story.txt', path.join(scratch.folder, 'link.txt'))
    const dryRun = scratch.run(['--fix-dry-run', 'link.txt', 'story.txt'])
    expect(dryRun.stdout.match(/^\+\+\+ /gm)).toHaveLength(1)
    const result = scratch.run(['--fix', '-f', 'compact', 'link.txt', 'story.txt'])
    expect(scratch.read('story.txt')).toBe(fixed)
    expect(result.stderr).not.toMatch(/left .* alone/)
    expect(result.stderr.match(/^newslint: fixed /gm)).toHaveLength(2)
    expect(result.stdout.trim().split('\n').map((line) => line.split(':').slice(0, 3).join(':'))).toEqual(['link.txt:2:22', 'story.txt:2:22'])
  })

  it('--fix-dry-run prints a unified diff, leaves the file alone and exits 1; 0 once nothing is left to fix', () => {
    const scratch = copyOfFixture()
    const result = scratch.run(['--fix-dry-run', 'story.txt'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        '--- a/story.txt',
        '+++ b/story.txt',
        '@@ -1,3 +1,3 @@',
        '-\uFEFFTalks resume 🕊 the the envoy said.\r',
        '+\uFEFFTalks resume 🕊 the envoy said.\r',
        ' The ministry did not recieve the letter.\r',
        '-Officials met in in Geneva on Tuesday.\r',
        '+Officials met in Geneva on Tuesday.\r',
        ''
      ].join('\n')
    )
    expect(scratch.read('story.txt')).toBe(readFileSync(fixture, 'utf8'))
    scratch.write('story.txt', fixed)
    const clean = scratch.run(['--fix-dry-run', 'story.txt'])
    expect(clean.code).toBe(0)
    expect(clean.stdout).toBe('')
  })

  it('refuses stdin, conflicting flags and a report over the copy with exit 2', () => {
    const scratch = copyOfFixture()
    expect(scratch.run(['--fix']).code).toBe(2)
    expect(scratch.run(['--fix', '--fix-dry-run', 'story.txt']).code).toBe(2)
    expect(scratch.run(['--fix-dry-run', '-o', 'out.txt', 'story.txt']).code).toBe(2)
    const overCopy = scratch.run(['-o', 'story.txt', 'story.txt'])
    expect(overCopy.code).toBe(2)
    expect(overCopy.stderr).toBe('newslint: will not write the report over story.txt: it is one of the files newslint was given\n')
    // Under another name too: a hard link is the same copy.
    linkSync(path.join(scratch.folder, 'story.txt'), path.join(scratch.folder, 'report.txt'))
    expect(scratch.run(['-o', 'report.txt', 'story.txt']).code).toBe(2)
    expect(scratch.read('story.txt')).toBe(readFileSync(fixture, 'utf8'))
  })
})
