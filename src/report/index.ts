/**
 * Report formats for the CLI. Each renders the processed files to a string;
 * `stylish` is vfile-reporter's (file, line:column-range, severity, reason,
 * rule id), `json` is newslint's documented contract (src/report/messages.ts);
 * the CI formats live one per module beside this one.
 */
import {reporter as vfileReporter} from 'vfile-reporter'
import {checkstyle} from './checkstyle.js'
import {compact} from './compact.js'
import {github} from './github.js'
import {junit} from './junit.js'
import {type Reporter, reportedFiles} from './reporter.js'
import {sarif} from './sarif.js'

export type {ReportOptions, Reporter} from './reporter.js'

const stylish: Reporter = (files, options) =>
  vfileReporter([...files], {color: options.color, silent: options.quiet, quiet: false})

const json: Reporter = (files, options) => JSON.stringify(reportedFiles(files, options), null, 2) + '\n'

export const reporters: Record<string, Reporter> = {stylish, json, sarif, github, junit, checkstyle, compact}
