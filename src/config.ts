/**
 * newslint's configuration: what `.retextrc.json` (or `.retextrc`, or the
 * `newslint` field of package.json) may say, checked strictly so that a typo
 * in a rule name is an error rather than a silently ignored setting.
 *
 *   {
 *     "rules": {"spelling": "warn", "unattributed-statistic": ["error", {}], "joined-words": "off"},
 *     "dictionary": "newsroom-words.txt",
 *     "words": ["Hegseth"]
 *   }
 *
 * `dictionary` paths are relative to the configuration file.
 */
import {accessSync, constants, statSync} from 'node:fs'
import path from 'node:path'
import type {NewslintRule, OptionType, Severity} from './rules/define.js'
import {findRule, ruleIds} from './rules/index.js'

export type RuleSetting = Severity | 0 | 1 | 2 | [Severity | 0 | 1 | 2, unknown?]

export interface NewslintConfig {
  rules?: Record<string, RuleSetting>
  dictionary?: string | string[]
  words?: string[]
}

/** Options of the newslint preset, once a configuration is resolved. */
export interface NewslintSettings {
  rules?: Record<string, RuleSetting>
  /** Absolute paths of personal dictionary files. */
  dictionary?: string[]
  words?: string[]
  /** Spelling options set by the caller rather than the file (the language server turns suggestions off). */
  spelling?: {suggestions?: boolean}
}

const severities = new Set<unknown>(['off', 'warn', 'error', 0, 1, 2])
const knownKeys = new Set(['$schema', 'rules', 'dictionary', 'words'])

export class ConfigError extends Error {}

function checkRuleSetting(id: string, setting: unknown, where: string): void {
  const rule = findRule(id)
  if (!rule) {
    throw new ConfigError(`Unknown rule \`${id}\` in ${where}; known rules: ${ruleIds.join(', ')}`)
  }
  const severity = Array.isArray(setting) ? setting[0] : setting
  if (!severities.has(severity) || (Array.isArray(setting) && setting.length > 2)) {
    throw new ConfigError(
      `Invalid setting for rule \`${id}\` in ${where}: expected "off", "warn", "error" or [severity, options]`
    )
  }
  if (Array.isArray(setting) && setting[1] !== undefined) checkRuleOptions(rule, setting[1], where)
}

const optionDescriptions: Record<OptionType, string> = {number: 'a number', boolean: 'true or false', 'string[]': 'a list of strings'}

function hasType(value: unknown, type: OptionType): boolean {
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value)
  if (type === 'boolean') return typeof value === 'boolean'
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string')
}

/** A rule's options, checked as strictly as its name: a misspelt or mistyped option would otherwise do nothing. */
function checkRuleOptions(rule: NewslintRule<unknown>, options: unknown, where: string): void {
  const accepted = rule.options ?? {}
  const takes = Object.keys(accepted).length > 0 ? `it takes ${Object.keys(accepted).join(', ')}` : 'it takes none'
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ConfigError(`Options for rule \`${rule.id}\` in ${where} must be an object; ${takes}`)
  }
  for (const [name, value] of Object.entries(options)) {
    const type = Object.hasOwn(accepted, name) ? accepted[name] : undefined
    if (!type) throw new ConfigError(`Unknown option \`${name}\` for rule \`${rule.id}\` in ${where}; ${takes}`)
    if (!hasType(value, type)) {
      throw new ConfigError(`Option \`${name}\` of rule \`${rule.id}\` in ${where} must be ${optionDescriptions[type]}`)
    }
  }
}

/**
 * Check a raw configuration object and resolve its paths against `configPath`'s
 * folder. `requireDictionaries: false` is for the one reader that may create
 * a dictionary the configuration names: the language server's "add to dictionary".
 */
export function resolveConfig(raw: unknown, configPath: string | undefined, {requireDictionaries = true} = {}): NewslintSettings {
  const where = configPath ? `\`${configPath}\`` : 'the configuration'
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(`Expected an object in ${where}`)
  }
  const config = raw as Record<string, unknown>
  for (const key of Object.keys(config)) {
    if (!knownKeys.has(key)) {
      throw new ConfigError(`Unknown field \`${key}\` in ${where}; expected ${[...knownKeys].slice(1).join(', ')}`)
    }
  }
  const rules = config.rules ?? {}
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
    throw new ConfigError(`\`rules\` in ${where} must be an object of rule ids to settings`)
  }
  for (const [id, setting] of Object.entries(rules)) checkRuleSetting(id, setting, where)

  const dictionary = config.dictionary === undefined ? [] : [config.dictionary].flat()
  if (!dictionary.every((entry) => typeof entry === 'string')) {
    throw new ConfigError(`\`dictionary\` in ${where} must be a file path or a list of them`)
  }
  const words = config.words ?? []
  if (!Array.isArray(words) || !words.every((word) => typeof word === 'string')) {
    throw new ConfigError(`\`words\` in ${where} must be a list of words`)
  }
  const base = configPath ? path.dirname(configPath) : process.cwd()
  const dictionaryPaths = (dictionary as string[]).map((file) => path.resolve(base, file))
  if (requireDictionaries) for (const file of dictionaryPaths) checkReadableFile(file, where)
  return {rules: rules as Record<string, RuleSetting>, dictionary: dictionaryPaths, words: words as string[]}
}

/**
 * A personal dictionary that cannot be read makes the configuration unusable:
 * checking on without it would flag every word it holds, or, as a rule's
 * failure, quietly check nothing.
 */
function checkReadableFile(file: string, where: string): void {
  let problem: string | undefined
  try {
    if (!statSync(file).isFile()) problem = 'not a file'
    else accessSync(file, constants.R_OK)
  } catch (error) {
    problem = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not readable'
  }
  if (problem) throw new ConfigError(`Cannot read personal dictionary \`${file}\` named in ${where}: ${problem}`)
}
