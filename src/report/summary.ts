/** The one-line count printed when the report itself went to a file (`--output-file`). */
import type {VFile} from 'vfile'
import {fileReport} from './messages.js'

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`

export function countSummary(files: readonly VFile[], reportPath: string): string {
  const messages = files.flatMap((file) => fileReport(file).messages)
  const count = (severity: string) => messages.filter((message) => message.severity === severity).length
  const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning')]
  if (count('info') > 0) parts.push(plural(count('info'), 'note'))
  return `newslint: ${parts.join(', ')} in ${plural(files.length, 'file')}; report written to ${reportPath}\n`
}
