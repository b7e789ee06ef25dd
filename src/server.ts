#!/usr/bin/env node
/**
 * newslint-language-server: newslint's checks in any editor that speaks the
 * Language Server Protocol. See docs/editors.md for editor set-ups.
 */
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startLanguageServer} from './server/language-server.js'
import {newslintVersion} from './version.js'

const argv = process.argv.slice(2)

if (argv.includes('--version') || argv.includes('-v')) {
  process.stdout.write(`${newslintVersion}\n`)
} else if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(
    'Usage: newslint-language-server [--stdio]\n\n' +
      'newslint as a Language Server Protocol server over stdin/stdout, for editors.\n' +
      'Editor set-ups: https://github.com/newslint/newslint/blob/main/docs/editors.md\n'
  )
} else {
  // Editors differ in whether they pass `--stdio`; stdio is our default, and
  // only in that mode does the library keep console output off the protocol stream.
  const transports = /^--(?:stdio|node-ipc|socket|pipe)(?:=|$)/
  if (!argv.some((argument) => transports.test(argument))) process.argv.push('--stdio')
  startLanguageServer(createConnection(ProposedFeatures.all), {name: 'newslint', version: newslintVersion})
}
