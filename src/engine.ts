/**
 * Running newslint over files the way every unified CLI does: unified-engine
 * finds the files (globs, folders expanded to supported extensions,
 * `.newslintignore`), discovers `.retextrc*` or a `newslint` field in
 * package.json up the tree, and runs one processor per file. The CLI and the
 * language server both go through here, so a file is checked the same way
 * wherever it is opened.
 */
import {PassThrough} from 'node:stream'
import type {Root} from 'nlcst'
import {type Preset, type Processor, unified} from 'unified'
import {engine, type Options as EngineOptions} from 'unified-engine'
import type {VFile} from 'vfile'
import {type NewslintSettings, resolveConfig} from './config.js'
import {clarifyEngineMessages} from './engine-errors.js'
import {type Format, supportedExtensions} from './formats.js'
import {newslintParse} from './parse.js'
import newslint from './preset.js'

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
}

function processorFor(format: Format | undefined) {
  return unified().use(newslintParse, format ? {format} : {})
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
  this.use(() => (): Root => ({type: 'RootNode', children: []}))
}

export function engineOptions(options: RunOptions): EngineOptions {
  const spellingOverride = options.spelling
  const presetFor = (raw: unknown, configPath: string | undefined): Preset => {
    const settings: NewslintSettings = {...resolveConfig(raw ?? {}, configPath)}
    if (spellingOverride) settings.spelling = spellingOverride
    return {plugins: [[newslint, settings], releaseTreeLast]}
  }
  return {
    processor: processorFor(options.format),
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
    streamIn: options.streamIn,
    filePath: options.streamInPath,
    streamError: new PassThrough(),
    streamOut: new PassThrough()
  }
}

/** Check files; resolves with every file processed, messages attached (never rejects for a bad file). */
export function lintFiles(options: RunOptions): Promise<VFile[]> {
  return new Promise((resolve, reject) => {
    engine(engineOptions(options), (error, _code, context) => {
      if (error) reject(error)
      else {
        const files = context?.files ?? []
        clarifyEngineMessages(files)
        resolve(files)
      }
    })
  })
}
