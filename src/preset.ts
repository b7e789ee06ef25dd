/**
 * The newslint preset: the parser (unless the processor has one), every rule
 * at its configured or default severity, then inline comment control.
 */
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {NewslintSettings, RuleSetting} from './config.js'
import {newslintMessageControl} from './message-control.js'
import {limitMessagesPerRule} from './message-limit.js'
import {newslintParse} from './parse.js'
import {rules} from './rules/index.js'

function warnWhenEmpty() {
  return (_tree: Root, file: VFile) => {
    if (!(file.data.sourceText ?? String(file)).trim()) {
      const message = file.message('File is empty: nothing to check', {place: {line: 1, column: 1}})
      message.source = 'newslint'
    }
  }
}

function severityAndOptions(setting: RuleSetting | undefined, fallback: string, extra: object | undefined) {
  const [severity, options] = Array.isArray(setting) ? setting : [setting ?? fallback, undefined]
  if (!extra) return [severity, options]
  return [severity, {...extra, ...(options as object | undefined)}]
}

export default function newslint(this: Processor<any, any, any, any, any>, settings: NewslintSettings = {}) {
  if (!this.parser) this.use(newslintParse)
  // The configuration's personal words are known to every rule that judges words.
  const personal = {dictionary: settings.dictionary ?? [], words: settings.words ?? []}
  const extras: Record<string, object> = {spelling: {...personal, ...settings.spelling}, 'joined-words': personal}
  for (const rule of rules) {
    this.use(rule.plugin, severityAndOptions(settings.rules?.[rule.id], rule.defaultSeverity, extras[rule.id]))
  }
  this.use(newslintMessageControl)
  this.use(limitMessagesPerRule)
  // After comment control: an empty document is all "gap" to it, and the notice would be dropped.
  this.use(warnWhenEmpty)
}
