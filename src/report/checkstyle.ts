/**
 * `checkstyle`: Checkstyle's XML result format, read by Jenkins (Warnings
 * NG), reviewdog, SonarQube and most code-review bots. Every checked file is
 * listed, clean or not, as Checkstyle itself does.
 */
import {type Reporter, reportedFiles} from './reporter.js'
import {escapeXml, xmlDeclaration} from './xml.js'

export const checkstyle: Reporter = (files, options) => {
  const lines = [xmlDeclaration, '<checkstyle version="4.3">']
  for (const file of reportedFiles(files, options)) {
    if (file.messages.length === 0) {
      lines.push(`  <file name="${escapeXml(file.path)}"/>`)
      continue
    }
    lines.push(`  <file name="${escapeXml(file.path)}">`)
    for (const message of file.messages) {
      const source = message.ruleId ? `newslint.${message.ruleId}` : 'newslint'
      lines.push(
        `    <error line="${message.line}" column="${message.column}" severity="${message.severity}" ` +
          `message="${escapeXml(message.reason)}" source="${escapeXml(source)}"/>`
      )
    }
    lines.push('  </file>')
  }
  lines.push('</checkstyle>')
  return lines.join('\n') + '\n'
}
