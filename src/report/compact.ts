/**
 * `compact`: one `file:line:col: severity rule message` line per message, the
 * shape vim's and emacs's default error formats (and GitHub problem
 * matchers) read.
 */
import type {Reporter} from './reporter.js'
import {reportedFiles} from './reporter.js'

// A reason spanning lines would start a bogus entry in a quickfix list.
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ')

export const compact: Reporter = (files, options) =>
  reportedFiles(files, options)
    .flatMap((file) =>
      file.messages.map((message) => {
        const rule = message.ruleId ? `${message.ruleId} ` : ''
        return `${file.path}:${message.line}:${message.column}: ${message.severity} ${rule}${oneLine(message.reason)}\n`
      })
    )
    .join('')
