/**
 * The unattributed-statistic dev set: `statistics-dev.jsonl` next to the
 * corpus (sentence, prev, next, label: unattributed | attributed | none).
 *
 * Each sentence is linted with its previous and next sentences as one
 * paragraph, and counts as flagged when the rule reports a figure that starts
 * inside it. Prints the confusion with the three labels and precision and
 * recall for `unattributed`; with --misses, every error with the rule's
 * messages and the annotator's note.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {lint, ruleIds} from '../../../src/index.js'
import {createLocator} from '../../../src/text/location.js'
import type {SuiteContext} from './index.js'

const rule = 'unattributed-statistic'
const labels = ['unattributed', 'attributed', 'none'] as const
type Label = (typeof labels)[number]

interface DevSentence {
  id: string
  sentence: string
  prev: string | null
  next: string | null
  label: Label
  why?: string
}

const onlyThisRule = {rules: Object.fromEntries(ruleIds.map((id) => [id, id === rule ? 'warn' : 'off'])) as Record<string, 'warn' | 'off'>}

/** The rule's messages on figures inside `row.sentence`, linted in its context. */
async function flagsIn(row: DevSentence): Promise<string[]> {
  const before = row.prev ? `${row.prev} ` : ''
  const text = `${before}${row.sentence}${row.next ? ` ${row.next}` : ''}\n`
  const start = before.length
  const end = start + row.sentence.length
  const locator = createLocator(text)
  const messages = await lint(text, {config: onlyThisRule})
  return messages
    .filter((message) => message.ruleId === rule)
    .filter((message) => {
      const offset = locator.toOffset({line: message.line, column: message.column})
      return offset >= start && offset < end
    })
    .map((message) => message.actual ?? message.reason)
}

const table = (header: string[], rows: (string | number)[][]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')

const ratio = (part: number, whole: number) => (whole === 0 ? 'n/a' : (part / whole).toFixed(3))

export async function statisticsSuite(context: SuiteContext): Promise<void> {
  const devPath = path.join(path.dirname(context.corpusPath), 'statistics-dev.jsonl')
  if (!existsSync(devPath)) {
    console.log(`\nNo statistics dev set at ${devPath}: skipping the ${rule} suite.`)
    return
  }
  const rows = readFileSync(devPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as DevSentence)
  const flagged = new Map<Label, number>(labels.map((label) => [label, 0]))
  const total = new Map<Label, number>(labels.map((label) => [label, 0]))
  const errors: string[] = []
  const started = performance.now()
  for (const row of rows) {
    const figures = await flagsIn(row)
    total.set(row.label, total.get(row.label)! + 1)
    if (figures.length) flagged.set(row.label, flagged.get(row.label)! + 1)
    const wrong = row.label === 'unattributed' ? figures.length === 0 : figures.length > 0
    if (wrong) {
      const kind = row.label === 'unattributed' ? 'missed' : `false alarm (${row.label})`
      errors.push(`- ${kind} ${row.id}: ${row.sentence.replace(/\s+/g, ' ')}\n  flagged: ${figures.map((f) => `“${f}”`).join(', ') || '—'}\n  note: ${row.why ?? ''}`)
    }
  }
  const seconds = (performance.now() - started) / 1000
  const truePositives = flagged.get('unattributed')!
  const allFlagged = labels.reduce((sum, label) => sum + flagged.get(label)!, 0)
  console.log(`\n## ${rule} on the statistics dev set: ${rows.length} sentences (${(rows.length / seconds).toFixed(0)} sentences/s)\n`)
  console.log(
    table(
      ['label', 'sentences', 'flagged', 'not flagged'],
      labels.map((label) => [label, total.get(label)!, flagged.get(label)!, total.get(label)! - flagged.get(label)!])
    )
  )
  console.log('')
  console.log(
    table(
      ['label', 'precision', 'recall'],
      [['unattributed', ratio(truePositives, allFlagged), ratio(truePositives, total.get('unattributed')!)]]
    )
  )
  if (context.verbose && errors.length) console.log('\n' + errors.join('\n'))
}
