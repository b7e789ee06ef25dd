/**
 * Report formats for the CLI. Each renders the processed files to a string;
 * `stylish` is vfile-reporter's (file, line:column-range, severity, reason,
 * rule id), `json` is newslint's documented contract (src/report/messages.ts);
 * the CI formats live one per module beside this one.
 */
import {VFile} from 'vfile'
import {reporter as vfileReporter} from 'vfile-reporter'
import {compareMessage} from 'vfile-sort'
import {checkstyle} from './checkstyle.js'
import {compact} from './compact.js'
import {github} from './github.js'
import {junit} from './junit.js'
import {type Reporter, reportedFiles} from './reporter.js'
import {sarif} from './sarif.js'

export type {ReportOptions, Reporter} from './reporter.js'

/**
 * vfile-reporter spreads each file's rows into one `push()`, which overflows
 * the stack past ~120,000 messages (a 15 MB file of copy can have them). A
 * file with more than this many is reported in parts, in order, each under
 * the file's name; the totals still count every message.
 */
const maxMessagesPerPart = 50_000

export function inParts(file: VFile, maxMessages = maxMessagesPerPart): VFile[] {
  if (file.messages.length <= maxMessages) return [file]
  const messages = [...file.messages].sort(compareMessage)
  const parts: VFile[] = []
  for (let start = 0; start < messages.length; start += maxMessages) {
    const part = new VFile({path: file.path, cwd: file.cwd})
    part.messages = messages.slice(start, start + maxMessages)
    parts.push(part)
  }
  return parts
}

const stylish: Reporter = (files, options) =>
  vfileReporter(files.flatMap((file) => inParts(file)), {color: options.color, silent: options.quiet, quiet: false})

const json: Reporter = (files, options) => JSON.stringify(reportedFiles(files, options), null, 2) + '\n'

export const reporters: Record<string, Reporter> = {stylish, json, sarif, github, junit, checkstyle, compact}
