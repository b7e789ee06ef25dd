/**
 * The language server over stdio, driven by a vscode-languageserver-protocol
 * client: what it publishes, when, and what its quick fixes do.
 */
import {chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {type CodeAction, type Diagnostic, DiagnosticSeverity, TextDocumentSyncKind} from 'vscode-languageserver-protocol/node'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {lintFiles} from '../src/engine.js'
import {fileReport} from '../src/report/messages.js'
import {fixturePath} from './helpers.js'
import {ServerSession} from './server-client.js'

const canonical = fixturePath('colombia-intel-sharing.txt')

function workspace(files: Record<string, string> = {}): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'newslint-lsp-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
    writeFileSync(path.join(folder, name), text)
  }
  return folder
}

const uriOf = (file: string) => pathToFileURL(file).href

function ruleIds(diagnostics: readonly Diagnostic[]): unknown[] {
  return diagnostics.map((diagnostic) => diagnostic.code)
}

/** Apply a code action's edits for `uri` to `text`. */
function applyAction(text: string, uri: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri] ?? []
  return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 0, text), edits)
}

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, {recursive: true, force: true})
})

describe('language server in a workspace', () => {
  let server: ServerSession
  let root: string

  beforeAll(async () => {
    root = workspace({'.retextrc.json': '{}\n'})
    folders.push(root)
    server = new ServerSession({cwd: root})
    await server.initialize({
      rootUri: uriOf(root),
      workspaceFolders: [{uri: uriOf(root), name: 'newsroom'}],
      initializationOptions: {newslint: {debounceMs: 150}}
    })
  }, 30_000)

  afterAll(async () => {
    expect(await server.stop()).toBe(0)
  })

  it('publishes for the canonical article what the CLI reports, at the same places', async () => {
    const text = readFileSync(canonical, 'utf8')
    const [cliFile] = await lintFiles({files: [canonical]})
    const cli = fileReport(cliFile!).messages
    expect(cli.length).toBeGreaterThan(0)

    const uri = uriOf(canonical)
    const published = server.nextDiagnostics(uri)
    await server.open(uri, 'plaintext', text)
    const {diagnostics, version} = await published
    expect(version).toBe(1)
    expect(diagnostics.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1]))
      .toEqual(cli.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn]))
    for (const [index, diagnostic] of diagnostics.entries()) {
      const message = cli[index]!
      expect(diagnostic.source).toBe('newslint')
      expect(diagnostic.severity).toBe({error: 1, warning: 2, info: 3}[message.severity])
      expect(diagnostic.codeDescription?.href).toBe(message.url)
      // The CLI appends spelling suggestions to the reason; the server leaves them for the quick fix.
      expect(message.reason.startsWith(String(diagnostic.message))).toBe(true)
    }
    const lines = text.split('\n')
    const flagged = diagnostics.map(({range}) => lines[range.start.line]!.slice(range.start.character, range.end.character))
    expect(flagged).toContain('moveforces')
    await server.close(uri)
  })

  it('after a burst of 100 edits publishes only the final version', async () => {
    const uri = uriOf(path.join(root, 'burst.txt'))
    let text = 'Officials met on Monday.\n'
    await server.openAndCheck(uri, 'plaintext', text)
    const before = server.published.length

    const typed = ' The goverment said that the the talks had failed.'
    const final = server.nextDiagnostics(uri, (params) => params.version === 101)
    const sent: Array<Promise<void>> = []
    for (let version = 2; version <= 101; version++) {
      // Type one character at a time at the end of the first line (the last edits add nothing).
      const character = typed[version - 2] ?? ''
      const at = {line: 0, character: text.indexOf('\n')}
      text = text.slice(0, at.character) + character + text.slice(at.character)
      sent.push(server.change(uri, version, [{range: {start: at, end: at}, text: character}]))
    }
    await Promise.all(sent)
    const {diagnostics} = await final
    await new Promise((resolve) => setTimeout(resolve, 300))

    const after = server.published.slice(before).filter((params) => params.uri === uri)
    expect(after.map((params) => params.version)).toEqual([101])
    expect(text).toContain('The goverment said that the the talks')
    expect(ruleIds(diagnostics)).toEqual(['spelling', 'repeated-words'])
    const [spelling] = diagnostics
    expect(spelling!.range.start).toEqual({line: 0, character: text.indexOf('goverment')})
    await server.close(uri)
  })

  it('with no debounce, publishes in order, each result for the text of the version it names, ending with the last', async () => {
    await server.connection.sendNotification('workspace/didChangeConfiguration', {settings: {newslint: {debounceMs: 0}}})
    const uri = uriOf(path.join(root, 'racing.txt'))
    const texts = new Map<number, string>([[1, 'Officials met.\n']])
    await server.openAndCheck(uri, 'plaintext', texts.get(1)!)
    const before = server.published.length

    // Each version moves the misspelling, so a result published for the wrong text would point elsewhere.
    const final = server.nextDiagnostics(uri, (params) => params.version === 31)
    for (let version = 2; version <= 31; version++) {
      const text = `${'The officials met. '.repeat(version % 7)}The goverment said so.\n`
      texts.set(version, text)
      await server.change(uri, version, [{text}])
      await new Promise((resolve) => setTimeout(resolve, 3))
    }
    await final
    await server.connection.sendNotification('workspace/didChangeConfiguration', {settings: {newslint: {debounceMs: 150}}})

    const published = server.published.slice(before).filter((params) => params.uri === uri)
    const versions = published.map((params) => params.version!)
    expect(versions.at(-1)).toBe(31)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    for (const {version, diagnostics} of published) {
      const text = texts.get(version!)!
      expect(diagnostics.map(({range}) => text.slice(range.start.character, range.end.character))).toEqual(['goverment'])
    }
    await server.close(uri)
  })

  it('answers requests while a 20,000-word document is being checked, and publishes only its last version', async () => {
    const small = uriOf(path.join(root, 'small.txt'))
    const smallOpened = server.nextDiagnostics(small)
    await server.open(small, 'plaintext', 'The goverment met.\n')
    const [misspelt] = (await smallOpened).diagnostics
    await server.codeActions(small, [misspelt!])

    const article = readFileSync(canonical, 'utf8')
    const long = Array.from({length: 50}, () => article).join('\n')
    expect(long.split(/\s+/).length).toBeGreaterThan(20_000)
    const uri = uriOf(path.join(root, 'long.txt'))
    const final = server.nextDiagnostics(uri, (params) => params.version === 6, 120_000)
    await server.open(uri, 'plaintext', long)
    for (let version = 2; version <= 6; version++) {
      const at = {line: 3, character: 0}
      await server.change(uri, version, [{range: {start: at, end: at}, text: 'x'}])
    }
    const asked = performance.now()
    const actions = await server.codeActions(small, [misspelt!])
    const answeredIn = performance.now() - asked
    const answeredAt = performance.now()
    expect(actions.map((action) => action.title)).toContain('Replace “goverment” with “government”')

    const {diagnostics} = await final
    const longPublished = server.published.filter((params) => params.uri === uri)
    // The quick fix came back before the long document's check did, and quickly.
    expect(longPublished[0]!.receivedAt).toBeGreaterThan(answeredAt)
    expect(answeredIn).toBeLessThan(1000)
    expect(longPublished.map((params) => params.version)).toEqual([6])
    expect(diagnostics.length).toBeGreaterThan(50)
    await server.close(uri)
    await server.close(small)
  }, 120_000)

  it('clears diagnostics when a document is closed', async () => {
    const uri = uriOf(path.join(root, 'closing.txt'))
    expect(await server.openAndCheck(uri, 'plaintext', 'The goverment met.\n')).toHaveLength(1)
    const cleared = server.nextDiagnostics(uri)
    await server.close(uri)
    expect((await cleared).diagnostics).toEqual([])
  })

  it('offers the expected replacement, a spelling suggestion computed on request, and add-to-dictionary', async () => {
    const uri = uriOf(path.join(root, 'fixes.txt'))
    const text = 'The goverment said that the the talks had failed.\n'
    const diagnostics = await server.openAndCheck(uri, 'plaintext', text)
    const [spelling, repeated] = diagnostics
    // Suggestions are not computed while typing: the diagnostic carries none.
    expect(spelling!.data).toEqual({actual: 'goverment'})
    expect(spelling!.message).not.toMatch(/did you mean/)

    const spellingActions = await server.codeActions(uri, [spelling!])
    // The quick fixes are the suggestions the CLI reports for the same word.
    const [cliFile] = await lintFiles({files: [new VFile({path: path.join(root, 'fixes.txt'), value: text})]})
    const cliSpelling = fileReport(cliFile!).messages.find((message) => message.ruleId === 'spelling')
    const replacements = spellingActions.flatMap((action) => action.edit?.changes?.[uri]?.map((edit) => edit.newText) ?? [])
    expect(replacements).toEqual(cliSpelling!.expected)
    const suggestion = spellingActions.find((action) => action.title === 'Replace “goverment” with “government”')
    expect(suggestion?.isPreferred).toBe(true)
    expect(applyAction(text, uri, suggestion!)).toBe(text.replace('goverment', 'government'))
    const addWord = spellingActions.find((action) => action.command?.command === 'newslint.addToDictionary')
    expect(addWord?.command?.arguments).toEqual([uri, 'goverment'])
    // Plain text has no comments, so no rule can be disabled inline.
    expect(spellingActions.some((action) => action.title.startsWith('Disable'))).toBe(false)

    const [repeatFix] = await server.codeActions(uri, [repeated!])
    expect(applyAction(text, uri, repeatFix!)).toBe('The goverment said that the talks had failed.\n')
    await server.close(uri)
  })

  it('writes a suggested apostrophe as the copy does', async () => {
    const uri = uriOf(path.join(root, 'apostrophe.txt'))
    const text = 'Petro’s aide said he dont know.\n'
    const [spelling] = await server.openAndCheck(uri, 'plaintext', text)
    const [preferred] = await server.codeActions(uri, [spelling!])
    expect(applyAction(text, uri, preferred!)).toBe('Petro’s aide said he don’t know.\n')
    await server.close(uri)
  })

  it('places first-line diagnostics after a byte order mark the client keeps in the text, and fixes them', async () => {
    const uri = uriOf(path.join(root, 'bom.txt'))
    const text = '\uFEFFThe goverment said the the talks failed.\n'
    const diagnostics = await server.openAndCheck(uri, 'plaintext', text)
    const flagged = diagnostics.map((diagnostic) => text.slice(diagnostic.range.start.character, diagnostic.range.end.character))
    expect(flagged).toEqual(['goverment', 'the the'])
    const [repeatFix] = await server.codeActions(uri, [diagnostics[1]!])
    expect(applyAction(text, uri, repeatFix!)).toBe('\uFEFFThe goverment said the talks failed.\n')
    await server.close(uri)
  })

  it('adds a word to a new personal dictionary and names it in the configuration', async () => {
    const uri = uriOf(path.join(root, 'dictionary.txt'))
    const diagnostics = await server.openAndCheck(uri, 'plaintext', 'Officials cited the Zorblat report.\nThe zorblat was late.\n')
    expect(ruleIds(diagnostics)).toEqual(['spelling'])

    const rechecked = server.nextDiagnostics(uri)
    await server.executeCommand('newslint.addToDictionary', [uri, 'zorblat'])
    expect((await rechecked).diagnostics).toEqual([])
    expect(readFileSync(path.join(root, '.newslint-dictionary.txt'), 'utf8')).toBe('zorblat\n')
    expect(JSON.parse(readFileSync(path.join(root, '.retextrc.json'), 'utf8'))).toEqual({dictionary: '.newslint-dictionary.txt'})

    // A second word goes to the dictionary the configuration now names.
    await server.executeCommand('newslint.addToDictionary', [uri, 'Qwertyville'])
    expect(readFileSync(path.join(root, '.newslint-dictionary.txt'), 'utf8')).toBe('zorblat\nQwertyville\n')
    await server.close(uri)
  })

  it('disables a rule for one line or the whole file with comments in Markdown', async () => {
    const uri = uriOf(path.join(root, 'story.md'))
    const text = '# Talks\n\nThe goverment met.\nIt said the the talks had failed.\n\nA recieve line.\n'
    const diagnostics = await server.openAndCheck(uri, 'markdown', text)
    expect(ruleIds(diagnostics)).toEqual(['spelling', 'repeated-words', 'spelling'])

    const disableActions = (await server.codeActions(uri, [diagnostics[1]!])).filter((action) => action.title.startsWith('Disable'))
    expect(disableActions.map((action) => action.title)).toEqual([
      'Disable “repeated-words” for this line',
      'Disable “repeated-words” for this file'
    ])
    const lineDisabled = applyAction(text, uri, disableActions[0]!)
    // The marker goes on the previous line of the paragraph, so the paragraph is not split.
    expect(lineDisabled).toContain('The goverment met. <!-- newslint-disable repeated-words -->\n')

    let published = server.nextDiagnostics(uri, (params) => params.version === 2)
    await server.change(uri, 2, [{text: lineDisabled}])
    const [misspelt, recieve] = (await published).diagnostics
    expect(ruleIds([misspelt!, recieve!])).toEqual(['spelling', 'spelling'])

    // A line that starts a paragraph gets its marker on a line of its own.
    const blockAction = (await server.codeActions(uri, [recieve!])).find((action) => action.title === 'Disable “spelling” for this line')
    const blockDisabled = applyAction(lineDisabled, uri, blockAction!)
    expect(blockDisabled).toContain('\n\n<!-- newslint-disable spelling -->\nA recieve line. <!-- newslint-enable spelling -->\n')
    published = server.nextDiagnostics(uri, (params) => params.version === 3)
    await server.change(uri, 3, [{text: blockDisabled}])
    const remaining = (await published).diagnostics
    expect(remaining.map((d) => [d.code, d.range.start.line])).toEqual([['spelling', 2]])

    const fileAction = (await server.codeActions(uri, remaining)).find((action) => action.title === 'Disable “spelling” for this file')
    published = server.nextDiagnostics(uri, (params) => params.version === 4)
    await server.change(uri, 4, [{text: applyAction(blockDisabled, uri, fileAction!)}])
    expect((await published).diagnostics).toEqual([])
    await server.close(uri)
  })

  it('disables a rule for one line in HTML', async () => {
    const uri = uriOf(path.join(root, 'story.html'))
    const text = '<p>The goverment met.</p>\n<p>A recieve line.</p>\n'
    const diagnostics = await server.openAndCheck(uri, 'html', text)
    expect(ruleIds(diagnostics)).toEqual(['spelling', 'spelling'])
    const lineAction = (await server.codeActions(uri, [diagnostics[1]!])).find((action) => action.title.endsWith('this line'))
    const published = server.nextDiagnostics(uri, (params) => params.version === 2)
    await server.change(uri, 2, [{text: applyAction(text, uri, lineAction!)}])
    expect((await published).diagnostics.map((d) => d.range.start.line)).toEqual([0])
    await server.close(uri)
  })

  it('re-checks open documents when the configuration changes, and shows an invalid one as one diagnostic', async () => {
    const project = path.join(root, 'desk')
    mkdirSync(project)
    const config = path.join(project, '.retextrc.json')
    writeFileSync(config, JSON.stringify({rules: {spelling: 'off'}}))
    const uri = uriOf(path.join(project, 'note.txt'))
    expect(await server.openAndCheck(uri, 'plaintext', 'The goverment met.\n')).toEqual([])

    let published = server.nextDiagnostics(uri, (params) => params.diagnostics.length > 0)
    writeFileSync(config, JSON.stringify({rules: {spelling: 'error'}}))
    let {diagnostics} = await published
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['spelling', DiagnosticSeverity.Error]])

    published = server.nextDiagnostics(uri, (params) => params.diagnostics.some((d) => d.code === undefined))
    writeFileSync(config, '{"rules": {"spelling": }')
    ;({diagnostics} = await published)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]!.severity).toBe(DiagnosticSeverity.Error)
    expect(diagnostics[0]!.message).toContain('.retextrc.json')
    expect(diagnostics[0]!.message).not.toContain('\n')

    published = server.nextDiagnostics(uri, (params) => params.diagnostics.some((d) => d.code === 'spelling'))
    writeFileSync(config, '{}')
    ;({diagnostics} = await published)
    expect(ruleIds(diagnostics)).toEqual(['spelling'])
    await server.close(uri)
  })

  it('re-checks open documents when their personal dictionary is edited outside the editor, and adds words to it', async () => {
    const project = path.join(root, 'copydesk')
    mkdirSync(project)
    writeFileSync(path.join(project, '.retextrc.json'), JSON.stringify({dictionary: 'lists/words.txt'}))
    mkdirSync(path.join(project, 'lists'))
    writeFileSync(path.join(project, 'lists', 'words.txt'), 'Petro\n')
    const uri = uriOf(path.join(project, 'brief.txt'))
    expect(ruleIds(await server.openAndCheck(uri, 'plaintext', 'The zorblatt arrived.\n'))).toEqual(['spelling'])

    const rechecked = server.nextDiagnostics(uri, (params) => params.diagnostics.length === 0)
    writeFileSync(path.join(project, 'lists', 'words.txt'), 'Petro\nzorblatt\n')
    expect((await rechecked).version).toBe(1)

    // Suggestions for a misspelling draw on the personal dictionary too.
    const typo = server.nextDiagnostics(uri, (params) => params.version === 2)
    await server.change(uri, 2, [{text: 'The zorblat arrived.\n'}])
    const suggestions = await server.codeActions(uri, (await typo).diagnostics)
    expect(suggestions.map((action) => action.title)).toContain('Replace “zorblat” with “zorblatt”')

    // "Add to dictionary" writes to the dictionary the configuration names, and leaves the configuration alone.
    await server.executeCommand('newslint.addToDictionary', [uri, 'Qwertyville'])
    expect(readFileSync(path.join(project, 'lists', 'words.txt'), 'utf8')).toBe('Petro\nzorblatt\nQwertyville\n')
    expect(JSON.parse(readFileSync(path.join(project, '.retextrc.json'), 'utf8'))).toEqual({dictionary: 'lists/words.txt'})
    await server.close(uri)
  })

  it('adds to a shared dictionary through its symlink, keeping its mode and line ends, one word at a time', async () => {
    const project = path.join(root, 'sharedesk')
    mkdirSync(path.join(project, 'shared'), {recursive: true})
    const shared = path.join(project, 'shared', 'house-words.txt')
    writeFileSync(shared, '# house words\r\nPetro\r\n')
    chmodSync(shared, 0o640)
    symlinkSync(path.join('shared', 'house-words.txt'), path.join(project, 'words.txt'))
    writeFileSync(path.join(project, '.retextrc.json'), JSON.stringify({dictionary: 'words.txt'}))
    const uri = uriOf(path.join(project, 'note.txt'))
    await server.openAndCheck(uri, 'plaintext', 'The Zorblaxian arrived.\n')

    await server.executeCommand('newslint.addToDictionary', [uri, 'Zorblaxian'])
    expect(lstatSync(path.join(project, 'words.txt')).isSymbolicLink()).toBe(true)
    expect(readFileSync(shared, 'utf8')).toBe('# house words\r\nPetro\r\nZorblaxian\r\n')
    expect(statSync(shared).mode & 0o777).toBe(0o640)

    for (const notOneWord of ['two\nlines', 'two words', 'line\u2028separator', '#comment']) {
      await server.executeCommand('newslint.addToDictionary', [uri, notOneWord])
    }
    expect(readFileSync(shared, 'utf8')).toBe('# house words\r\nPetro\r\nZorblaxian\r\n')
    await server.close(uri)
  })

  it('creates the dictionary a configuration names but nobody has made yet', async () => {
    const project = path.join(root, 'newdesk')
    mkdirSync(project)
    writeFileSync(path.join(project, '.retextrc.json'), JSON.stringify({dictionary: 'desk-words.txt'}))
    const uri = uriOf(path.join(project, 'note.txt'))
    const opened = server.nextDiagnostics(uri)
    await server.open(uri, 'plaintext', 'The Zorblaxian arrived.\n')
    // Until then the configuration is an error the editor shows.
    expect((await opened).diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      expect.stringMatching(/Cannot read personal dictionary `.*desk-words\.txt` named in .*: no such file/)
    ])
    await server.executeCommand('newslint.addToDictionary', [uri, 'Zorblaxian'])
    expect(readFileSync(path.join(project, 'desk-words.txt'), 'utf8')).toBe('Zorblaxian\n')
    await server.close(uri)
  })

  it('names a new dictionary in a CRLF configuration and keeps its line ends', async () => {
    const project = path.join(root, 'crlfdesk')
    mkdirSync(project)
    writeFileSync(path.join(project, '.retextrc.json'), '{\r\n  "rules": {"repeated-words": "off"}\r\n}\r\n')
    const uri = uriOf(path.join(project, 'note.txt'))
    await server.openAndCheck(uri, 'plaintext', 'The Zorblaxian arrived.\n')
    await server.executeCommand('newslint.addToDictionary', [uri, 'Zorblaxian'])
    const config = readFileSync(path.join(project, '.retextrc.json'), 'utf8')
    expect(JSON.parse(config)).toEqual({rules: {'repeated-words': 'off'}, dictionary: '.newslint-dictionary.txt'})
    expect(config.split('\n').slice(0, -1).every((line) => line.endsWith('\r'))).toBe(true)
    await server.close(uri)
  })

  it('shows nothing for a file .newslintignore excludes', async () => {
    const ignored = path.join(root, 'wire', 'copy.txt')
    writeFileSync(path.join(root, '.newslintignore'), 'wire/\n')
    const uri = uriOf(ignored)
    expect(await server.openAndCheck(uri, 'plaintext', 'The goverment met.\n')).toEqual([])
    await server.close(uri)
  })

  it('survives malformed messages and requests, and keeps serving', async () => {
    server.sendRaw('{"bad": }')
    server.sendRaw('{"jsonrpc": "2.0", "id": 900, "method": "textDocument/codeAction", "params": null}')
    server.sendRaw('{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": 7}}')
    await server.connection.sendNotification('textDocument/didChange', {textDocument: {uri: 'file:///nowhere.txt'}})
    await expect(server.connection.sendRequest('newslint/unknown', {})).rejects.toThrow()
    expect(await server.connection.sendRequest('textDocument/codeAction', {textDocument: {uri: 'file:///nowhere.txt'}})).toEqual([])
    expect(await server.executeCommand('newslint.addToDictionary', [42])).toBeNull()

    const uri = uriOf(path.join(root, 'after.txt'))
    const published = server.nextDiagnostics(uri)
    await server.open(uri, 'plaintext', 'The goverment met.\n')
    expect(ruleIds((await published).diagnostics)).toEqual(['spelling'])
    await server.close(uri)
  })
})

describe('language server without a workspace', () => {
  it('checks untitled documents with the configuration of its working folder, then shuts down cleanly', async () => {
    const cwd = workspace({'.retextrc.json': JSON.stringify({rules: {'repeated-words': 'off'}})})
    folders.push(cwd)
    const server = new ServerSession({cwd})
    const {capabilities} = await server.initialize({
      rootUri: null,
      workspaceFolders: null,
      capabilities: {workspace: {workspaceFolders: true}}
    })
    expect(capabilities.textDocumentSync).toMatchObject({change: TextDocumentSyncKind.Incremental})

    const uri = 'untitled:Untitled-1'
    const published = server.nextDiagnostics(uri)
    await server.open(uri, 'markdown', '# Draft\n\nThe goverment said the the talks failed.\n')
    const {diagnostics} = await published
    expect(ruleIds(diagnostics)).toEqual(['spelling'])
    expect(diagnostics[0]!.range.start).toEqual({line: 2, character: 4})

    // Once the editor opens a folder, untitled documents take its configuration.
    const opened = workspace({'.retextrc.json': JSON.stringify({rules: {spelling: 'off'}})})
    folders.push(opened)
    const moved = server.nextDiagnostics(uri)
    await server.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: {added: [{uri: uriOf(opened), name: 'desk'}], removed: []}
    })
    expect(ruleIds((await moved).diagnostics)).toEqual(['repeated-words'])

    const outside = workspace()
    folders.push(outside)
    const outsideUri = uriOf(path.join(outside, 'loose.txt'))
    const loose = server.nextDiagnostics(outsideUri)
    await server.open(outsideUri, 'plaintext', 'The the end.\n')
    expect(ruleIds((await loose).diagnostics)).toEqual(['repeated-words'])

    expect(await server.stop()).toBe(0)
  }, 30_000)
})
