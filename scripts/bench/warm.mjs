// Warm re-lint, the editor case: `node warm.mjs TOOL FILE LINTS WARM_UPS`
// sets TOOL up once, lints FILE WARM_UPS times (or for 10 s, if sooner) so
// that V8 has compiled the tool's hot code as it would have in an editor's
// language server after a minute of typing, then LINTS more times, each
// timed, and prints the timings (milliseconds) as JSON. Each tool is driven
// through its documented library API. Plain JavaScript so that the process
// holds nothing but the tool (its peak memory is part of the report).
import {readFileSync} from 'node:fs'

/** Stop warming up or measuring a slow tool after this long, once it has done a few lints. */
const warmUpBudgetMs = 10_000
const timeBudgetMs = 20_000
const minimumLints = 3

const setUp = {
  async newslint(file) {
    const {lint} = await import(new URL('../../dist/index.js', import.meta.url).href)
    // As the language server runs it while the user types: spelling suggestions only when a quick fix is asked for.
    return (text) => lint(text, {filePath: file, suggestions: false})
  },
  async alex() {
    const {text: check} = await import('alex')
    return (text) => check(text)
  },
  async 'write-good'() {
    const {default: writeGood} = await import('write-good')
    return (text) => writeGood(text)
  },
  async textlint(file) {
    const {createLinter, loadTextlintrc} = await import('textlint')
    const {default: writeGoodRule} = await import('textlint-rule-write-good')
    const descriptor = (await loadTextlintrc()).shallowMerge({
      rules: [{ruleId: 'write-good', rule: writeGoodRule.default ?? writeGoodRule, options: true}]
    })
    const linter = createLinter({descriptor})
    return (text) => linter.lintText(text, file)
  },
  async 'harper.js'() {
    const {LocalLinter} = await import('harper.js')
    const {binary} = await import('harper.js/binary')
    const linter = new LocalLinter({binary})
    await linter.setup()
    return (text) => linter.lint(text)
  }
}

const [toolName, file, lintsText, warmUpsText] = process.argv.slice(2)
const lintOnce = await setUp[toolName](file)
const text = readFileSync(file, 'utf8')
const warmUpStarted = performance.now()
for (let index = 0; index < Number(warmUpsText); index++) {
  if (index >= minimumLints && performance.now() - warmUpStarted > warmUpBudgetMs) break
  await lintOnce(text)
}

const timings = []
const started = performance.now()
for (let index = 0; index < Number(lintsText); index++) {
  if (index >= minimumLints && performance.now() - started > timeBudgetMs) break
  const start = performance.now()
  await lintOnce(text)
  timings.push(performance.now() - start)
}
process.stdout.write(JSON.stringify(timings) + '\n')
