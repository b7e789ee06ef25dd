/**
 * The newslint language server: wires the LSP connection to the document
 * store, the debounced checker, code actions and configuration reload.
 * Every handler copes with documents it does not know and with malformed
 * parameters, answering empty rather than failing, so one bad request never
 * takes the server down.
 */
import {
  type CodeAction,
  CodeActionKind,
  type Connection,
  type InitializeResult,
  TextDocuments,
  TextDocumentSyncKind
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {BackgroundLinter} from './background-linter.js'
import {addToDictionaryCommand, codeActionsFor} from './code-actions.js'
import {ConfigWatcher} from './config-watcher.js'
import {toDiagnostic} from './diagnostics.js'
import {DiagnosticsPublisher} from './diagnostics-publisher.js'
import {type DocumentFile, documentFile, WorkspaceFolders} from './document-files.js'
import {loadFileConfiguration} from './file-configuration.js'
import {addToPersonalDictionary} from './personal-dictionary.js'
import {defaultSettings, readSettings, type ServerSettings} from './settings.js'

export interface ServerInfo {
  name: string
  version: string
}

export function startLanguageServer(connection: Connection, serverInfo: ServerInfo): void {
  const documents = new TextDocuments(TextDocument)
  const folders = new WorkspaceFolders()
  let settings: ServerSettings = defaultSettings

  const fileOf = (document: TextDocument) => documentFile(document.uri, document.languageId, folders)
  const linter = new BackgroundLinter()

  const publisher = new DiagnosticsPublisher(connection, {
    versionOf: (uri) => documents.get(uri)?.version,
    async check(uri) {
      const document = documents.get(uri)
      if (!document) return undefined
      const {version} = document
      const text = document.getText()
      const messages = await linter.lint(fileOf(document), text)
      const textHasBom = text.startsWith('\uFEFF')
      return {version, diagnostics: messages.map((message) => toDiagnostic(message, textHasBom))}
    }
  })

  const recheckOpenDocuments = (delayMs: number) => {
    for (const document of documents.all()) publisher.schedule(document.uri, delayMs)
  }
  const watcher = new ConfigWatcher(() => {
    // Editors often save a file in several steps; the debounce waits for the last.
    recheckOpenDocuments(settings.debounceMs)
    // The configuration may now name other dictionaries.
    for (const document of documents.all()) watchDictionariesOf(fileOf(document))
  })
  const watchDictionariesOf = (file: DocumentFile) => {
    loadFileConfiguration(file).then(
      ({settings}) => settings.dictionary?.forEach((dictionary) => watcher.watchFile(dictionary)),
      // An invalid configuration is reported by the check itself.
      () => {}
    )
  }

  let clientSendsFolderChanges = false

  connection.onInitialize((params): InitializeResult => {
    folders.set(params?.workspaceFolders, params?.rootUri)
    clientSendsFolderChanges = params?.capabilities?.workspace?.workspaceFolders === true
    settings = readSettings(params?.initializationOptions, settings)
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
        executeCommandProvider: {commands: [addToDictionaryCommand]},
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}}
      },
      serverInfo
    }
  })

  connection.onInitialized(() => {
    // Only clients that announced workspace folder support may be asked for changes to them.
    if (!clientSendsFolderChanges) return
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      for (const folder of event?.removed ?? []) folders.remove(folder.uri)
      for (const folder of event?.added ?? []) folders.add(folder.uri)
      recheckOpenDocuments(0)
    })
  })

  connection.onDidChangeConfiguration((params) => {
    settings = readSettings(params?.settings, settings)
  })
  // Clients that watch files themselves may tell us too; either way, check again.
  connection.onDidChangeWatchedFiles(() => recheckOpenDocuments(settings.debounceMs))

  // didOpen fires a content change right after the open event: an opened document is checked at once, an edited one after the debounce.
  const opening = new Set<string>()
  documents.onDidOpen(({document}) => {
    const file = fileOf(document)
    watcher.watchConfigurationOf(file.path)
    watchDictionariesOf(file)
    opening.add(document.uri)
  })
  documents.onDidChangeContent(({document}) => {
    publisher.schedule(document.uri, opening.delete(document.uri) ? 0 : settings.debounceMs)
  })
  documents.onDidClose(({document}) => publisher.clear(document.uri))

  connection.onCodeAction(async (params): Promise<CodeAction[]> => {
    const document = documents.get(params?.textDocument?.uri)
    const diagnostics = params?.context?.diagnostics
    if (!document || !Array.isArray(diagnostics)) return []
    return codeActionsFor(document, fileOf(document), diagnostics)
  })

  connection.onExecuteCommand(async (params) => {
    const [uri, word] = params?.arguments ?? []
    const document = typeof uri === 'string' ? documents.get(uri) : undefined
    if (params?.command !== addToDictionaryCommand || !document || typeof word !== 'string' || !word.trim()) return null
    const file = fileOf(document)
    try {
      await addToPersonalDictionary(word.trim(), file, folders.containing(file.path))
    } catch (error) {
      void connection.window.showErrorMessage(`newslint: ${(error as Error).message}`)
      return null
    }
    recheckOpenDocuments(0)
    return null
  })

  connection.onShutdown(async () => {
    publisher.dispose()
    watcher.dispose()
    await linter.dispose()
  })

  documents.listen(connection)
  connection.listen()
}
