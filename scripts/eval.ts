/**
 * newslint's evaluation harness: `npm run eval -- [--corpus PATH] [--seed N] [--misses]`.
 *
 * Runs the linter in-process over the real articles and prints, per rule,
 * messages per 1,000 words (and per 10,000) on the untouched articles and the
 * share of articles with any, then, for each planting protocol, the share of
 * planted defects caught and, where the rule offers fixes, the share with
 * the right fix. Extra suites (such as the statistics dev set) follow.
 */
import {parseArgs} from 'node:util'
import {lint, ruleIds, type NewslintMessage} from '../src/index.js'
import {countWords, defaultCorpusPath, documentOf, loadArticles, seededRandom, type Article} from './eval/corpus.js'
import {protocols} from './eval/protocols/index.js'
import {suites} from './eval/suites/index.js'

const {values} = parseArgs({
  options: {
    corpus: {type: 'string', default: defaultCorpusPath},
    seed: {type: 'string', default: '20261202'},
    misses: {type: 'boolean', default: false},
    alarms: {type: 'boolean', default: false}
  }
})

const articles = loadArticles(values.corpus!)
if (!articles) {
  console.log(`No corpus at ${values.corpus}: nothing to evaluate. Pass --corpus PATH to an articles.jsonl file.`)
  process.exit(0)
}

const table = (header: string[], rows: (string | number)[][]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`)

async function untouched(articles: readonly Article[]) {
  let words = 0
  const counts = new Map<string, number>(ruleIds.map((id) => [id, 0]))
  const articlesWith = new Map<string, number>(ruleIds.map((id) => [id, 0]))
  const alarms: string[] = []
  for (const article of articles) {
    const text = documentOf(article)
    words += countWords(text)
    const messages = await lint(text)
    const seen = new Set<string>()
    for (const message of messages) {
      if (!message.ruleId) continue
      counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1)
      seen.add(message.ruleId)
      alarms.push(`${article.id}:${message.line}:${message.column} ${message.ruleId} ${message.reason}`)
    }
    for (const id of seen) articlesWith.set(id, (articlesWith.get(id) ?? 0) + 1)
  }
  console.log(`## Untouched articles: ${articles.length} articles, ${words} words\n`)
  console.log(
    table(
      ['rule', 'messages', 'per 1,000 words', 'per 10,000 words', 'articles with any'],
      ruleIds.map((id) => {
        const count = counts.get(id)!
        return [id, count, ((1000 * count) / words).toFixed(2), ((10000 * count) / words).toFixed(2), percent(articlesWith.get(id)!, articles.length)]
      })
    )
  )
  if (values.alarms) console.log('\n' + alarms.join('\n'))
}

async function planted(articles: readonly Article[]) {
  const rows: (string | number)[][] = []
  const misses: string[] = []
  for (const protocol of protocols) {
    const random = seededRandom(Number(values.seed))
    let plantedCount = 0
    let caught = 0
    let withFix = 0
    let rightFix = 0
    for (const article of articles) {
      const defect = protocol.plant(article, random, articles)
      if (!defect) continue
      plantedCount++
      const messages = (await lint(defect.text)).filter((message) => message.ruleId === protocol.rule)
      const isCatch = protocol.isCatch ?? ((message: NewslintMessage, d: typeof defect) => d.lines.includes(message.line))
      const catches = messages.filter((message) => isCatch(message, defect))
      if (catches.length === 0) {
        misses.push(`${protocol.rule} missed ${article.id}: ${defect.label}`)
        continue
      }
      caught++
      if (defect.expectedFix !== undefined) {
        withFix++
        if (catches.some((message) => message.expected?.[0] === defect.expectedFix)) rightFix++
        else misses.push(`${protocol.rule} wrong fix ${article.id}: ${defect.label} → ${catches[0]!.expected?.[0]}`)
      }
    }
    rows.push([protocol.rule, protocol.defect, plantedCount, percent(caught, plantedCount), withFix ? percent(rightFix, withFix) : 'n/a'])
  }
  if (rows.length === 0) return
  console.log(`\n## Planted defects (seed ${values.seed})\n`)
  console.log(table(['rule', 'defect', 'planted', 'caught', 'right fix (of caught)'], rows))
  if (values.misses && misses.length) console.log('\n' + misses.join('\n'))
}

await untouched(articles)
await planted(articles)
for (const suite of suites) await suite({articles, corpusPath: values.corpus!, verbose: values.misses!})
