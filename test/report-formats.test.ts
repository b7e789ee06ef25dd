/**
 * Every report format against golden files: a multi-file run built here from
 * fixed messages (so it never moves with the rules), and the canonical article
 * as the engine checks it today. SARIF is also validated against the SARIF
 * 2.1.0 schema. Regenerate the golden files after an intended change with
 * `npx vitest run test/report-formats.test.ts -u`, and read the diff.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lintFiles} from '../src/engine.js'
import {inParts, reporters} from '../src/report/index.js'
import {ruleDocsUrl} from '../src/rules/define.js'
import {rules} from '../src/rules/index.js'
import {newslintVersion} from '../src/version.js'

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url))
const goldenSuffixes: Record<string, string> = {
  stylish: 'stylish.txt',
  json: 'json',
  sarif: 'sarif',
  github: 'github.txt',
  junit: 'junit.xml',
  checkstyle: 'checkstyle.xml',
  compact: 'compact.txt'
}

interface Planted {
  ruleId?: string
  reason: string
  severity: 'error' | 'warning' | 'info'
  start?: [number, number]
  end?: [number, number]
  expected?: string[]
  actual?: string
}

function fileWith(path: string, value: string, planted: Planted[]): VFile {
  const file = new VFile({path, value, cwd: repositoryRoot})
  for (const {ruleId, reason, severity, start, end, expected, actual} of planted) {
    const place = start && end ? {start: {line: start[0], column: start[1]}, end: {line: end[0], column: end[1]}} : undefined
    const message = file.message(reason, {place, ruleId, source: ruleId ? 'newslint' : undefined})
    message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
    if (ruleId) message.url = ruleDocsUrl(ruleId)
    if (expected) message.expected = expected
    if (actual) message.actual = actual
  }
  return file
}

/** Three files: one with every severity, a fix and text that needs escaping in each format; one clean; one unreadable. */
function multiFileRun(): VFile[] {
  const story = [
    'Ceasefire holds in the north',
    'Ceasefire holds in the north',
    'The goverment said 50% of 1,000 <residents> & "others" left: most by road.'
  ].join('\n')
  return [
    fileWith('stories/ceasefire.md', story + '\n', [
      {ruleId: 'repeated-headline', reason: 'This line repeats line 1 (“Ceasefire holds in the north”); keep one of them', severity: 'error', start: [2, 1], end: [2, 29]},
      {ruleId: 'spelling', reason: '“goverment” is not in the dictionary; did you mean “government”?', severity: 'warning', start: [3, 5], end: [3, 14], expected: ['government'], actual: 'goverment'},
      {ruleId: 'unattributed-statistic', reason: 'Figure “50% of 1,000 <residents>” & "others": who says so?\nName the source.', severity: 'info', start: [3, 20], end: [3, 52]}
    ]),
    fileWith('stories/clean.txt', 'Nothing to see here.\n', []),
    fileWith('stories/wire copy.html', '\0\0', [{reason: 'File looks binary (it contains NUL bytes), not text: not checked', severity: 'error'}])
  ]
}

/**
 * The version and the rule summaries come from the package and the rule
 * registry, which other work changes; pin them so the fixed run's golden
 * files show only what the reporters themselves decide.
 */
function pinned(report: string): string {
  let result = report.replaceAll(`"${newslintVersion}"`, '"0.0.0-test"')
  for (const rule of rules) result = result.replaceAll(rule.summary, `(summary of ${rule.id})`)
  return result
}

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'))
const ajv = new Ajv2020.default({allErrors: true, strict: false})
addFormats.default(ajv)
const validateSarif = ajv.compile(schema)

function expectValidSarif(report: string) {
  const valid = validateSarif(JSON.parse(report))
  expect(validateSarif.errors ?? []).toEqual([])
  expect(valid).toBe(true)
}

describe('report formats on a fixed multi-file run', () => {
  for (const [format, suffix] of Object.entries(goldenSuffixes)) {
    it(`renders ${format} as the golden file says`, async () => {
      const report = pinned(reporters[format]!(multiFileRun(), {color: false, quiet: false}))
      await expect(report).toMatchFileSnapshot(`../fixtures/reports/multi-file.${suffix}`)
    })
  }

  it('writes SARIF that the SARIF 2.1.0 schema accepts, with rule metadata, regions, a fix and the unreadable file as a notification', () => {
    const report = reporters.sarif!(multiFileRun(), {color: false, quiet: false})
    expectValidSarif(report)
    const run = JSON.parse(report).runs[0]
    const ruleIds = run.tool.driver.rules.map((rule: {id: string}) => rule.id)
    expect(ruleIds).toContain('spelling')
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0)
      expect(rule.helpUri).toBe(ruleDocsUrl(rule.id))
    }
    for (const result of run.results) expect(ruleIds[result.ruleIndex]).toBe(result.ruleId)
    expect(run.results.map((result: {level: string}) => result.level)).toEqual(['error', 'warning', 'note'])
    expect(run.results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: {uri: 'stories/ceasefire.md'},
      region: {startLine: 3, startColumn: 5, endLine: 3, endColumn: 14}
    })
    expect(run.results[1].fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('government')
    expect(run.invocations[0].executionSuccessful).toBe(false)
    expect(run.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'stories/wire%20copy.html'
    )
  })

  it('the schema check can fail: a result with an unknown level is rejected', () => {
    const log = JSON.parse(reporters.sarif!(multiFileRun(), {color: false, quiet: false}))
    log.runs[0].results[0].level = 'fatal'
    expect(validateSarif(log)).toBe(false)
  })

  it('escapes workflow-command data and properties, so one message stays one annotation', () => {
    const lines = reporters.github!(multiFileRun(), {color: false, quiet: false}).trimEnd().split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[2]).toMatch(/^::notice file=stories\/ceasefire\.md,line=3,col=20,endLine=3,endColumn=52,title=newslint unattributed-statistic::/)
    expect(lines[2]).toContain('50%25 of 1,000')
    expect(lines[2]).toContain('%0AName the source.')
    expect(lines[3]).toBe('::error file=stories/wire copy.html,title=newslint could not check this file::File looks binary (it contains NUL bytes), not text: not checked')
  })

  it('junit: one test case per file, a failure per error-level message, an error for an unreadable file', () => {
    const xml = reporters.junit!(multiFileRun(), {color: false, quiet: false})
    expect(xml.match(/<testcase /g)).toHaveLength(3)
    expect(xml.match(/<failure /g)).toHaveLength(1)
    expect(xml.match(/<error /g)).toHaveLength(1)
    expect(xml).toContain('<testsuites name="newslint" tests="3" failures="1" errors="1">')
  })

  it('--quiet leaves only error-level messages in every format', () => {
    for (const format of ['compact', 'github', 'checkstyle']) {
      const report = reporters[format]!(multiFileRun(), {color: false, quiet: true})
      expect(report).not.toMatch(/goverment|unattributed/)
      expect(report).toMatch(/repeated-headline/)
    }
  })
})

describe('report formats on the canonical article', () => {
  for (const [format, suffix] of Object.entries(goldenSuffixes)) {
    it(`renders ${format} as the golden file says`, async () => {
      const files = await lintFiles({files: ['fixtures/colombia-intel-sharing.txt'], cwd: repositoryRoot, detectConfig: false})
      const report = reporters[format]!(files, {color: false, quiet: false}).replaceAll(`"${newslintVersion}"`, '"0.0.0-test"')
      if (format === 'sarif') expectValidSarif(report)
      await expect(report).toMatchFileSnapshot(`../fixtures/reports/colombia-intel-sharing.${suffix}`)
    })
  }
})

describe('stylish on a file with more messages than vfile-reporter can lay out at once', () => {
  it('splits the file into parts, in document order, each under the file’s name, with every message kept', () => {
    const file = new VFile({path: 'copy/huge.txt'})
    for (const line of [5, 3, 1, 4, 2]) file.message(`line ${line}`, {place: {line, column: 1}})
    const parts = inParts(file, 2)
    expect(parts.map((part) => [part.path, part.messages.map((message) => message.line)])).toEqual([
      ['copy/huge.txt', [1, 2]],
      ['copy/huge.txt', [3, 4]],
      ['copy/huge.txt', [5]]
    ])
    expect(inParts(file)).toEqual([file])
  })
})
