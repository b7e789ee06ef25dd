/**
 * A minimal LSP client for the language server tests and the latency
 * benchmark: spawns the server from source over stdio and speaks
 * vscode-languageserver-protocol to it.
 */
import {type ChildProcessWithoutNullStreams, spawn} from 'node:child_process'
import {createRequire} from 'node:module'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'
import {
  type CodeAction,
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExecuteCommandRequest,
  ExitNotification,
  type InitializeParams,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  type Diagnostic,
  ShutdownRequest,
  type TextDocumentContentChangeEvent
} from 'vscode-languageserver-protocol/node'

export const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const serverSource = fileURLToPath(new URL('../src/server.ts', import.meta.url))
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

/** The command that runs the server from source, from any working folder. */
export const serverCommand = [process.execPath, '--import', tsxLoader, serverSource]

interface Waiter {
  uri: string
  test: (params: PublishDiagnosticsParams) => boolean
  resolve: (params: PublishDiagnosticsParams) => void
}

export class ServerSession {
  readonly child: ChildProcessWithoutNullStreams
  readonly connection: MessageConnection
  /** Every publishDiagnostics received, in order, with the time it arrived. */
  readonly published: Array<PublishDiagnosticsParams & {receivedAt: number}> = []
  stderr = ''
  readonly exited: Promise<number | null>
  #waiters: Waiter[] = []

  constructor(options: {cwd?: string; command?: readonly string[]} = {}) {
    const [command, ...args] = options.command ?? serverCommand
    this.child = spawn(command!, args, {cwd: options.cwd ?? repoRoot})
    this.child.stderr.on('data', (chunk) => (this.stderr += chunk))
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)))
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin))
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push({...params, receivedAt: performance.now()})
      const ready = this.#waiters.filter((waiter) => waiter.uri === params.uri && waiter.test(params))
      this.#waiters = this.#waiters.filter((waiter) => !ready.includes(waiter))
      for (const waiter of ready) waiter.resolve(params)
    })
    // Requests the server may make of a client; answered as a minimal editor would.
    this.connection.onRequest('window/showMessageRequest', () => null)
    this.connection.onRequest('client/registerCapability', () => null)
    this.connection.listen()
  }

  async initialize(params: Partial<InitializeParams> = {}): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      ...params
    } as InitializeParams)
    await this.connection.sendNotification(InitializedNotification.type, {})
    return result
  }

  /** The next diagnostics published for `uri` that pass `test` (by default, any). */
  nextDiagnostics(uri: string, test: (params: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 20_000) {
    return new Promise<PublishDiagnosticsParams>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No diagnostics for ${uri} within ${timeoutMs} ms\n${this.stderr}`)), timeoutMs)
      this.#waiters.push({uri, test, resolve: (params) => (clearTimeout(timer), resolve(params))})
    })
  }

  open(uri: string, languageId: string, text: string, version = 1) {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId, version, text}})
  }

  /** Open a document and wait for its first diagnostics. */
  async openAndCheck(uri: string, languageId: string, text: string): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri)
    await this.open(uri, languageId, text)
    return (await published).diagnostics
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]) {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges})
  }

  close(uri: string) {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
  }

  codeActions(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
    return this.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range, context: {diagnostics}}) as Promise<CodeAction[]>
  }

  /** Write one framed message as is, bypassing the client's checks (for malformed input). */
  sendRaw(body: string): void {
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
  }

  executeCommand(command: string, args: unknown[]) {
    return this.connection.sendRequest(ExecuteCommandRequest.type, {command, arguments: args})
  }

  /** shutdown, then exit; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) {
      await this.connection.sendRequest(ShutdownRequest.type)
      await this.connection.sendNotification(ExitNotification.type)
    }
    const code = await this.exited
    this.connection.dispose()
    return code
  }
}
