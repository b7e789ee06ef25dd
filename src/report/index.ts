/**
 * Report formats for the CLI. Each renders the processed files to a string;
 * `stylish` is vfile-reporter's (file, line:column-range, severity, reason,
 * rule id), `json` is newslint's documented contract (src/report/messages.ts).
 */
import type {VFile} from 'vfile'
import {reporter as vfileReporter} from 'vfile-reporter'
import {fileReport} from './messages.js'

export interface ReportOptions {
  color: boolean
  /** Only error-level messages. */
  quiet: boolean
}

export type Reporter = (files: readonly VFile[], options: ReportOptions) => string

const stylish: Reporter = (files, options) =>
  vfileReporter([...files], {color: options.color, silent: options.quiet, quiet: false})

const json: Reporter = (files, options) =>
  JSON.stringify(
    files.map((file) => {
      const report = fileReport(file)
      return options.quiet ? {...report, messages: report.messages.filter((m) => m.severity === 'error')} : report
    }),
    null,
    2
  ) + '\n'

export const reporters: Record<string, Reporter> = {stylish, json}
