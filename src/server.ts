#!/usr/bin/env node
/**
 * newslint-language-server: newslint's checks in any editor that speaks the
 * Language Server Protocol. See docs/editors.md for editor set-ups.
 */
import {readFileSync} from 'node:fs'
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startLanguageServer} from './server/language-server.js'

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}

// Editors differ in whether they pass `--stdio`; stdio is our default, and
// only in that mode does the library keep console output off the protocol stream.
const transports = /^--(?:stdio|node-ipc|socket|pipe)(?:=|$)/
if (!process.argv.slice(2).some((argument) => transports.test(argument))) process.argv.push('--stdio')

startLanguageServer(createConnection(ProposedFeatures.all), {name: 'newslint', version: packageJson.version})
