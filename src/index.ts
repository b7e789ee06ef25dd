/**
 * The newslint library: `import newslint from 'newslint'` is the unified
 * preset; `lint()` checks one text in-process, for a CMS or a test.
 */
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {type NewslintConfig, type NewslintSettings, resolveConfig} from './config.js'
import {type Format, formatForPath, formats, isFormat} from './formats.js'
import {newslintParse} from './parse.js'
import newslint from './preset.js'
import {fileReport, type NewslintMessage} from './report/messages.js'

export default newslint
export {newslintParse} from './parse.js'
export {ConfigError, resolveConfig, type NewslintConfig, type NewslintSettings} from './config.js'
export {rules, ruleIds} from './rules/index.js'
export type {Format} from './formats.js'
export type {FileReport, NewslintMessage, MessageSeverity} from './report/messages.js'

export interface LintOptions {
  /** Input format; default: from `filePath`'s extension, else plain text. */
  format?: Format
  /** Configuration, as in `.retextrc.json`; dictionary paths resolve against `configPath` or the working folder. */
  config?: NewslintConfig
  configPath?: string
  /** Name used for the file in messages and for choosing the format. */
  filePath?: string
  /** Whether to compute spelling suggestions (default true); an editor asks for them only on demand. */
  suggestions?: boolean
}

export function createProcessor(format: Format | undefined, config: NewslintConfig = {}, configPath?: string, suggestions = true) {
  const settings: NewslintSettings = resolveConfig(config, configPath)
  if (!suggestions) settings.spelling = {suggestions: false}
  return unified()
    .use(newslintParse, format ? {format} : {})
    .use(newslint, settings)
}

/** Processors by configuration: an editor or CMS re-lints with the same settings, and attaching every rule each time costs. */
const processors = new Map<string, ReturnType<typeof createProcessor>>()
const maxCachedProcessors = 16

function cachedProcessor(options: LintOptions) {
  const format = options.format ?? formatForPath(options.filePath)
  // Dictionary paths without a configPath resolve against the working folder, so it is part of the key.
  const key = JSON.stringify([format, options.config ?? {}, options.configPath ?? process.cwd(), options.suggestions ?? true])
  let processor = processors.get(key)
  if (!processor) {
    processor = createProcessor(format, options.config, options.configPath, options.suggestions ?? true).freeze()
    if (processors.size >= maxCachedProcessors) processors.delete(processors.keys().next().value!)
    processors.set(key, processor)
  }
  return processor
}

/**
 * Check `text` and return its messages in document order. Text newslint
 * cannot check (binary, too large) gives one error message, as in the CLI,
 * rather than a rejection; an invalid configuration still throws.
 */
export async function lint(text: string, options: LintOptions = {}): Promise<NewslintMessage[]> {
  // A CMS written in plain JavaScript gets a plain answer rather than an error from deep in the parser.
  if (typeof text !== 'string') throw new TypeError(`lint() takes the text to check as a string, not ${text === null ? 'null' : typeof text}`)
  if (options.format !== undefined && !isFormat(options.format)) {
    throw new TypeError(`Unknown format \`${String(options.format)}\`; expected ${formats.join(', ')}`)
  }
  const file = new VFile({value: text, path: options.filePath, data: {textInMemory: true}})
  const processor = cachedProcessor(options)
  try {
    await processor.run(processor.parse(file), file)
  } catch (error) {
    if (!file.messages.includes(error as VFileMessage)) throw error
  }
  return fileReport(file).messages
}
