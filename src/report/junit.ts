/**
 * `junit`: JUnit XML, which every CI server shows as a test report. Each
 * checked file is one test case; each error-level message is one <failure>
 * of it; a file that could not be read is an <error>; warnings and notes do
 * not fail the case and are listed in its <system-out>.
 */
import type {FileReport, NewslintMessage} from './messages.js'
import {isFileProblem, type Reporter, reportedFiles} from './reporter.js'
import {escapeXml, xmlDeclaration} from './xml.js'

const place = (file: FileReport, message: NewslintMessage) =>
  `${file.path}:${message.line}:${message.column}${message.ruleId ? ` ${message.ruleId}` : ''}`

function testCase(file: FileReport): string[] {
  const problems = file.messages.filter(isFileProblem)
  const failures = file.messages.filter((m) => m.severity === 'error' && !isFileProblem(m))
  const notes = file.messages.filter((m) => m.severity !== 'error')
  const open = `    <testcase name="${escapeXml(file.path)}" classname="newslint" file="${escapeXml(file.path)}"`
  if (problems.length + failures.length + notes.length === 0) return [`${open}/>`]
  const lines = [`${open}>`]
  for (const message of problems) {
    lines.push(`      <error message="${escapeXml(message.reason)}" type="unreadable">${escapeXml(message.reason)}</error>`)
  }
  for (const message of failures) {
    lines.push(
      `      <failure message="${escapeXml(message.reason)}" type="${escapeXml(message.ruleId ?? 'newslint')}">` +
        `${escapeXml(`${place(file, message)} ${message.reason}`)}</failure>`
    )
  }
  if (notes.length > 0) {
    const text = notes.map((m) => `${place(file, m)} ${m.severity} ${m.reason}`).join('\n')
    lines.push(`      <system-out>${escapeXml(text)}</system-out>`)
  }
  lines.push('    </testcase>')
  return lines
}

export const junit: Reporter = (files, options) => {
  const reports = reportedFiles(files, options)
  // Counts are of test cases (files), as JUnit's are of tests, not of <failure> elements.
  const errors = reports.filter((file) => file.messages.some(isFileProblem)).length
  const failures = reports.filter(
    (file) => !file.messages.some(isFileProblem) && file.messages.some((m) => m.severity === 'error')
  ).length
  const counts = `tests="${reports.length}" failures="${failures}" errors="${errors}"`
  return (
    [
      xmlDeclaration,
      `<testsuites name="newslint" ${counts}>`,
      `  <testsuite name="newslint" ${counts} skipped="0">`,
      ...reports.flatMap(testCase),
      '  </testsuite>',
      '</testsuites>'
    ].join('\n') + '\n'
  )
}
