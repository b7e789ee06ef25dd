/**
 * What every report format shares: its signature, its options, and which
 * messages it shows. Formats differ only in how they write them down.
 */
import type {VFile} from 'vfile'
import {type FileReport, fileReport, type NewslintMessage} from './messages.js'

export interface ReportOptions {
  color: boolean
  /** Only error-level messages. */
  quiet: boolean
}

export type Reporter = (files: readonly VFile[], options: ReportOptions) => string

/** Each file's messages in document order, as the public message shape, less warnings and notes when quiet. */
export function reportedFiles(files: readonly VFile[], options: Pick<ReportOptions, 'quiet'>): FileReport[] {
  return files.map((file) => {
    const report = fileReport(file)
    return options.quiet ? {...report, messages: report.messages.filter((m) => m.severity === 'error')} : report
  })
}

/**
 * A message with no rule is about the file itself (unreadable, binary, bad
 * config), not about its text: formats that can say "could not check" do.
 */
export function isFileProblem(message: NewslintMessage): boolean {
  return message.ruleId === null && message.severity === 'error'
}
