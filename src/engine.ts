/**
 * Running newslint over files the way every unified CLI does: unified-engine
 * finds the files (globs, folders expanded to supported extensions,
 * `.newslintignore`), discovers `.retextrc*` or a `newslint` field in
 * package.json up the tree, and runs one processor per file. The CLI and the
 * language server both go through here, so a file is checked the same way
 * wherever it is opened.
 */
import {PassThrough, Readable} from 'node:stream'
import type {Root} from 'nlcst'
import {type Preset, type Processor, unified} from 'unified'
import {engine, type FileSet, type Options as EngineOptions} from 'unified-engine'
import type {VFile} from 'vfile'
import {type NewslintSettings, resolveConfig} from './config.js'
import type {CheckRequest, CheckResponse} from './engine-worker.js'
import {clarifyEngineMessages} from './engine-errors.js'
import {type Format, supportedExtensions} from './formats.js'
import {checkInput} from './input.js'
import {largeDocumentCharacters, largeRunFiles, tuneForLargeRun} from './large-run.js'
import {restoreMessage} from './message-transfer.js'
import {newslintParse} from './parse.js'
import newslint from './preset.js'
import {WorkerPool} from './worker-pool.js'

export const configFileName = '.retextrc'
export const packageField = 'newslint'
export const ignoreFileName = '.newslintignore'

export interface RunOptions {
  /** Paths, folders, globs or in-memory files to check. */
  files: Array<string | VFile>
  cwd?: string
  /** Force one format for every file. */
  format?: Format
  /** Use this configuration file instead of searching for one. */
  configPath?: string
  /** Search for configuration files (default true); false uses the defaults. */
  detectConfig?: boolean
  /** Read the document from this stream when `files` is empty (stdin). */
  streamIn?: NodeJS.ReadableStream
  /** Name to report a document read from `streamIn` under; its extension picks the format. */
  streamInPath?: string
  /** Settings merged over every file's configuration (the language server turns suggestions off). */
  spelling?: {suggestions?: boolean}
  /** Drop files `.newslintignore` excludes instead of failing them (an editor shows nothing for them). */
  silentlyIgnore?: boolean
  /** Accept a configuration whose personal dictionaries do not exist yet (to create one). */
  allowMissingDictionaries?: boolean
  /**
   * Worker threads to check files in when there are at least
   * `minFilesForWorkers` of them (the CLI gives one per core but one);
   * below two, the default, every file is checked in this thread.
   */
  workers?: number
  /**
   * Tune V8 for the rest of the process once the run proves large (many
   * files, or a long one): src/large-run.ts. The settings are process-wide,
   * so a long-lived host such as the language server leaves this off.
   */
  tuneLargeRuns?: boolean
}

/** Below this many files, starting workers (each loads newslint and its word lists) costs more than it saves. */
export const minFilesForWorkers = 8

// Built code only: run from source (tests, tsx), Node 20 would not load the worker's TypeScript.
const ownExtension = import.meta.url.slice(import.meta.url.lastIndexOf('.'))
const workerEntry = ownExtension === '.ts' ? undefined : new URL('./engine-worker.js', import.meta.url)

type CheckPool = WorkerPool<CheckRequest, CheckResponse>

const emptyTree = (): Root => ({type: 'RootNode', children: []})

function processorFor(format: Format | undefined, stdinBytes: Uint8Array | undefined) {
  const processor = unified().use(newslintParse, format ? {format} : {})
  return stdinBytes ? processor.use(parseStdinBytes, stdinBytes) : processor
}

/**
 * Parse standard input from the bytes that came in, not from the string
 * unified-engine decoded them to (which turns bad UTF-8 into U+FFFD without a
 * word): piped copy is then checked for its encoding as a file is.
 */
function parseStdinBytes(this: Processor, bytes: Uint8Array) {
  const parse = this.parser!
  this.parser = (document, file) => {
    if (file.data.unifiedEngineStreamIn) file.value = bytes
    return parse(document, file)
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

/**
 * Hand unified-engine an empty tree once every rule has run: it keeps each
 * file's tree until every file has been checked, which for 200 articles held
 * ~120 MB of nlcst alive. Nothing reads the tree after the rules (the engine
 * writes no output), so it can go as soon as each file is done. The preset
 * adds its rules with `use` when it is attached, which queues them after this
 * plugin; adding the release from here queues it after them.
 */
function releaseTreeLast(this: Processor) {
  this.use(() => emptyTree)
}

/**
 * The plugin the engine runs on every file: the newslint preset with the
 * file's settings, here, or — when the engine was given many files and there
 * are workers — a stand-in that sends the file to a worker, which checks it
 * the same way, and adds the messages it sends back. Input checks run here
 * first either way, so a binary or undecodable file fails just as it would.
 */
function checksFor(options: RunOptions, pool: () => CheckPool | undefined) {
  return function newslintChecks(this: Processor, settings: NewslintSettings, fileSet?: FileSet) {
    const fileCount = fileSet?.valueOf().length ?? 0
    const workers = fileCount >= minFilesForWorkers ? pool() : undefined
    // After the parser is settled: a long document proves the run large as it is parsed.
    const tune = () => {
      if (options.tuneLargeRuns) tuneWhenLarge(this, fileCount)
    }
    if (!workers) {
      this.use(newslint, settings)
      this.use(releaseTreeLast)
      tune()
      return
    }
    this.parser = (_document, file) => {
      checkInput(file)
      return emptyTree()
    }
    tune()
    return async (_tree: Root, file: VFile): Promise<Root> => {
      const response = await workers.run({
        path: file.path,
        cwd: file.cwd,
        value: file.value,
        format: file.data.format,
        forcedFormat: options.format,
        settings
      })
      if ('error' in response) throw new Error(response.error)
      for (const message of response.messages) restoreMessage(file, message)
      return emptyTree()
    }
  }
}

/** Tune V8 once the run proves large: by its number of files, or at the parse of a long document. */
function tuneWhenLarge(processor: Processor, fileCount: number) {
  if (fileCount >= largeRunFiles) return tuneForLargeRun()
  const parse = processor.parser!
  processor.parser = (document, file) => {
    if (document.length >= largeDocumentCharacters) tuneForLargeRun()
    return parse(document, file)
  }
}

export function engineOptions(
  options: RunOptions,
  pool: () => CheckPool | undefined = () => undefined,
  stdinBytes?: Uint8Array
): EngineOptions {
  const spellingOverride = options.spelling
  const checks = checksFor(options, pool)
  const presetFor = (raw: unknown, configPath: string | undefined): Preset => {
    const settings: NewslintSettings = {...resolveConfig(raw ?? {}, configPath, {requireDictionaries: !options.allowMissingDictionaries})}
    if (spellingOverride) settings.spelling = spellingOverride
    return {plugins: [[checks, settings]]}
  }
  return {
    processor: processorFor(options.format, stdinBytes),
    files: options.files,
    cwd: options.cwd ?? process.cwd(),
    extensions: supportedExtensions,
    rcName: configFileName,
    packageField,
    ignoreName: ignoreFileName,
    rcPath: options.configPath,
    detectConfig: options.detectConfig ?? true,
    configTransform: (raw, filePath) => presetFor(raw, filePath),
    defaultConfig: presetFor({}, undefined),
    silentlyIgnore: options.silentlyIgnore ?? false,
    out: false,
    output: false,
    quiet: true,
    color: false,
    // Reports are rendered by our own reporters from the returned files.
    reporter: () => '',
    streamIn: stdinBytes ? Readable.from([stdinBytes]) : options.streamIn,
    filePath: options.streamInPath,
    streamError: new PassThrough(),
    streamOut: new PassThrough()
  }
}

/** Check files; resolves with every file processed, messages attached (never rejects for a bad file). */
export async function lintFiles(options: RunOptions): Promise<VFile[]> {
  let pool: CheckPool | undefined
  const workers = options.workers ?? 0
  const startPool = () => {
    if (workers >= 2 && workerEntry) pool ??= new WorkerPool(workerEntry, workers)
    return pool
  }
  // The engine reads standard input only when it is given no file.
  const stdinBytes = options.streamIn && !options.files?.length ? await readAll(options.streamIn) : undefined
  try {
    return await new Promise((resolve, reject) => {
      engine(engineOptions(options, startPool, stdinBytes), (error, _code, context) => {
        if (error) reject(error)
        else {
          const files = context?.files ?? []
          clarifyEngineMessages(files)
          resolve(files)
        }
      })
    })
  } finally {
    await pool?.close()
  }
}
