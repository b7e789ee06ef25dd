/**
 * Changed-copy mode: parsing git's diff, and --changed-since end to end in a
 * git repository the test builds.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {keepMessagesOnChangedLines, parseAddedLines, unquoteGitPath} from '../src/changed-lines.js'
import {scratchFolder, scratchRepository} from './ci-helpers.js'

describe('reading git diff output', () => {
  it('collects added and changed lines per file, and none for pure deletions or deleted files', () => {
    const diff = [
      'diff --git a/a.txt b/a.txt',
      '--- a/a.txt',
      '+++ b/a.txt',
      '@@ -2 +2 @@ context',
      '-old',
      '+new',
      '@@ -5,0 +6,3 @@',
      '+x', '+y', '+z',
      '@@ -9,2 +11,0 @@',
      '-gone', '-gone',
      '@@ -20,0 +20,2 @@',
      '+++ an added line that looks like a header',
      '+--- and one like a removal header',
      'diff --git a/old.txt b/old.txt',
      '--- a/old.txt',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
      ''
    ].join('\n')
    const files = parseAddedLines(diff)
    expect([...files.keys()]).toEqual(['a.txt'])
    expect([...files.get('a.txt')!]).toEqual([2, 6, 7, 8, 20, 21])
  })

  it('reads names with spaces, which git ends with a tab, quoted or not', () => {
    const diff = ['+++ b/my story.txt\t', '@@ -1,0 +2 @@', '+new', '+++ "b/caf\\303\\251 story.txt"\t', '@@ -0,0 +1 @@', '+new'].join('\n')
    expect([...parseAddedLines(diff).keys()]).toEqual(['my story.txt', 'café story.txt'])
  })

  it('decodes the quoted paths git writes for unusual names', () => {
    expect(unquoteGitPath('"b/caf\\303\\251 \\"draft\\".md"')).toBe('b/café "draft".md')
    expect(unquoteGitPath('b/plain.md')).toBe('b/plain.md')
  })
})

describe('keeping messages on changed lines', () => {
  it('keeps messages that touch a changed line and messages about the file itself', () => {
    const file = new VFile({path: 'story.txt', value: 'one\ntwo\nthree\nfour\n'})
    const at = (reason: string, start: [number, number], end: [number, number], ruleId?: string) =>
      file.message(reason, {place: {start: {line: start[0], column: start[1]}, end: {line: end[0], column: end[1]}}, ruleId})
    at('on line 1', [1, 1], [1, 4], 'spelling')
    at('whole line 1 with its break', [1, 1], [2, 1], 'repeated-headline')
    at('lines 1 to 3', [1, 1], [3, 3], 'repeated-headline')
    at('on line 2', [2, 1], [2, 4], 'spelling')
    file.message('unreadable', {ruleId: undefined}).fatal = true
    keepMessagesOnChangedLines(file, new Set([2]))
    expect(file.messages.map((message) => message.reason)).toEqual(['lines 1 to 3', 'on line 2', 'unreadable'])
  })
})

const archive = {
  'stories/old.txt': 'The archive says recieve here.\nA clean line.\nAnother clean line.\n',
  'stories/other.txt': 'Old copy with an occured typo.\n'
}

describe('--changed-since', () => {
  it('checks only changed files and reports only messages on added or changed lines', () => {
    const repo = scratchRepository(archive)
    repo.write('stories/old.txt', 'The archive says recieve here.\nA clean line, now with the the typo.\nAnother clean line.\n')
    const result = repo.run(['--changed-since', 'HEAD', '-f', 'compact'])
    expect(result.stdout).toMatch(/^stories\/old\.txt:2:24: error repeated-words /)
    expect(result.stdout.trim().split('\n')).toHaveLength(1)
    expect(result.code).toBe(1)
  })

  it('--all-lines reports every line of the changed files, still not the unchanged files', () => {
    const repo = scratchRepository(archive)
    repo.write('stories/old.txt', 'The archive says recieve here.\nA clean line.\nAnother clean line, edited.\n')
    const result = repo.run(['--changed-since', 'HEAD', '--all-lines', '-f', 'compact'])
    expect(result.stdout).toMatch(/^stories\/old\.txt:1:\d+: warning spelling .*recieve/)
    expect(result.stdout).not.toMatch(/other\.txt/)
    expect(result.code).toBe(0)
  })

  it('counts committed work on a branch since it left the ref, and new untracked files whole', () => {
    const repo = scratchRepository(archive)
    repo.git('checkout', '--quiet', '-b', 'story')
    repo.write('stories/other.txt', 'Old copy with an occured typo.\nA new paragraph, seperate from it.\n')
    repo.git('commit', '--quiet', '-am', 'Edit')
    repo.write('stories/new.md', 'A brand new story with the the slip.\n')
    const result = repo.run(['--changed-since', 'main', '-f', 'compact', 'stories'])
    const lines = result.stdout.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^stories\/new\.md:1:\d+: error repeated-words/)
    expect(lines[1]).toMatch(/^stories\/other\.txt:2:\d+: warning spelling/)
    expect(result.code).toBe(1)
  })

  it('looks only inside the given folders and files', () => {
    const repo = scratchRepository({...archive, 'desk/brief.txt': 'Fine.\n'})
    repo.write('desk/brief.txt', 'Fine, the the end.\n')
    repo.write('stories/old.txt', 'The archive says recieve here.\nA new line, seperate from it.\n')
    expect(repo.run(['--changed-since', 'HEAD', '-f', 'compact', 'desk']).stdout).toMatch(/^desk\/brief\.txt:1/)
    expect(repo.run(['--changed-since', 'HEAD', '-f', 'compact', 'desk']).stdout).not.toMatch(/stories/)
    expect(repo.run(['--changed-since', 'HEAD', '-f', 'compact', 'stories/old.txt']).stdout).not.toMatch(/desk/)
  })

  it('with --baseline, still reports a known text pasted into new lines', () => {
    const repo = scratchRepository({'stories/old.txt': 'Old copy where the the slip stays.\n'})
    expect(repo.run(['--write-baseline', 'baseline.json', 'stories']).code).toBe(0)
    repo.write('stories/old.txt', 'A new opening where the the slip is back.\nOld copy where the the slip stays.\n')
    const result = repo.run(['--changed-since', 'HEAD', '--baseline', 'baseline.json', '-f', 'compact'])
    expect(result.stdout).toMatch(/^stories\/old\.txt:1:\d+: error repeated-words /)
    expect(result.stdout.trim().split('\n')).toHaveLength(1)
    expect(result.code).toBe(1)
  })

  it('exits 0 with an empty report when nothing changed', () => {
    const repo = scratchRepository(archive)
    const result = repo.run(['--changed-since', 'HEAD', '-f', 'json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual([])
  })

  it('exits 2 outside a git repository and on an unknown ref', () => {
    const plain = scratchFolder()
    plain.write('a.txt', 'Text.\n')
    const outside = plain.run(['--changed-since', 'HEAD', 'a.txt'])
    expect(outside.code).toBe(2)
    expect(outside.stderr).toMatch(/needs a git repository/)
    const repo = scratchRepository(archive)
    const unknown = repo.run(['--changed-since', 'no-such-branch'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/`no-such-branch` is not a commit/)
  })

  it('--all-lines without --changed-since is a usage error', () => {
    const repo = scratchRepository(archive)
    const result = repo.run(['--all-lines', 'stories'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/--all-lines needs --changed-since/)
  })
})
