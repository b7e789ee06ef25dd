/**
 * `github`: GitHub Actions workflow commands, which the runner turns into
 * annotations on the pull request's diff:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 */
import path from 'node:path'
import type {MessageSeverity} from './messages.js'
import {isFileProblem, type Reporter, reportedFiles} from './reporter.js'

const commands: Record<MessageSeverity, string> = {error: 'error', warning: 'warning', info: 'notice'}

// The runner decodes these percent escapes; an unescaped newline would end
// the command and `,` or `:` inside a property would end the property.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')

function command(name: string, properties: Record<string, string | number>, message: string): string {
  const list = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
  return `::${name} ${list}::${escapeData(message)}\n`
}

export const github: Reporter = (files, options) =>
  reportedFiles(files, options)
    .flatMap(({path: filePath, messages}) => {
      // Annotations name files relative to the repository root with `/`, on Windows runners too.
      const file = filePath.split(path.sep).join('/')
      return messages.map((message) =>
        isFileProblem(message)
          ? command('error', {file, title: 'newslint could not check this file'}, message.reason)
          : command(
              commands[message.severity],
              {
                file,
                line: message.line,
                col: message.column,
                endLine: message.endLine,
                endColumn: message.endColumn,
                title: `newslint ${message.ruleId ?? ''}`.trim()
              },
              message.reason
            )
      )
    })
    .join('')
