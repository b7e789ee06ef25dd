/**
 * `sarif`: SARIF 2.1.0, the format GitHub code scanning (and Azure DevOps,
 * GitLab, VS Code's SARIF viewer) imports. One run; the driver describes each
 * rule that has results, with its summary and documentation link; each message is a
 * result with a region in UTF-16 columns (SARIF's default column kind, and
 * newslint's); an unambiguous replacement becomes a `fix`. Files newslint
 * could not read are tool execution notifications, not results.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {ruleDocsUrl} from '../rules/define.js'
import {rules} from '../rules/index.js'
import {newslintVersion} from '../version.js'
import type {MessageSeverity, NewslintMessage} from './messages.js'
import {isFileProblem, type Reporter, reportedFiles} from './reporter.js'

const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json'
const informationUri = 'https://github.com/newslint/newslint'

const levels: Record<MessageSeverity, string> = {error: 'error', warning: 'warning', info: 'note'}

/** A relative, `/`-separated, percent-encoded URI, as code scanning resolves against the repository root. */
function artifactUri(filePath: string): string {
  if (path.isAbsolute(filePath)) {
    const relative = path.relative(process.cwd(), filePath)
    if (relative.startsWith('..') || path.isAbsolute(relative)) return pathToFileURL(filePath).href
    filePath = relative
  }
  return filePath.split(/[\\/]/).map(encodeURIComponent).join('/')
}

function ruleDescriptor(id: string) {
  const rule = rules.find((candidate) => candidate.id === id)
  const url = ruleDocsUrl(id)
  return {
    id,
    shortDescription: {text: rule?.summary ?? id},
    helpUri: url,
    help: {text: `${rule?.summary ?? id}\n\n${url}`, markdown: `${rule?.summary ?? id}\n\n[How to fix](${url})`},
    defaultConfiguration: {level: levels[rule?.defaultSeverity === 'error' ? 'error' : 'warning']}
  }
}

function region(message: NewslintMessage) {
  return {startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn}
}

export const sarif: Reporter = (files, options) => {
  const reports = reportedFiles(files, options)
  const reported = new Set(reports.flatMap((report) => report.messages.flatMap((message) => message.ruleId ?? [])))
  // The rules that have results, in registry order; one from outside the registry (none today) still gets a descriptor.
  const ruleIds = [...new Set([...rules.map((rule) => rule.id).filter((id) => reported.has(id)), ...reported])]
  const results = []
  const notifications = []
  for (const report of reports) {
    const artifactLocation = {uri: artifactUri(report.path)}
    for (const message of report.messages) {
      if (isFileProblem(message) || !message.ruleId) {
        notifications.push({
          level: levels[message.severity],
          message: {text: message.reason},
          locations: [{physicalLocation: {artifactLocation}}]
        })
        continue
      }
      const result: Record<string, unknown> = {
        ruleId: message.ruleId,
        ruleIndex: ruleIds.indexOf(message.ruleId),
        level: levels[message.severity],
        message: {text: message.reason},
        locations: [{physicalLocation: {artifactLocation, region: region(message)}}]
      }
      if (message.expected?.length === 1) {
        const replacement = message.expected[0]!
        result.fixes = [
          {
            description: {text: `Replace with “${replacement}”`},
            artifactChanges: [
              {artifactLocation, replacements: [{deletedRegion: region(message), insertedContent: {text: replacement}}]}
            ]
          }
        ]
      }
      results.push(result)
    }
  }
  const log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'newslint',
            version: newslintVersion,
            semanticVersion: newslintVersion,
            informationUri,
            rules: ruleIds.map(ruleDescriptor)
          }
        },
        invocations: [
          {executionSuccessful: !notifications.some((n) => n.level === 'error'), toolExecutionNotifications: notifications}
        ],
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}
