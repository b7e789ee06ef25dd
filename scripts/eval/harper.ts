/**
 * harper.js's SplitWords rule on the joined-words benchmark, for comparison:
 * `npx tsx scripts/eval/harper.ts [--corpus PATH] [--seed N]`.
 *
 * The same documents as `npm run eval`: every article untouched (messages
 * there are false alarms, per 10,000 words) and every article with the
 * joined-words protocol's planted join (same seed, so the same joins). Harper
 * runs as plain text with only SplitWords switched on. A catch is a
 * SplitWords lint on the planted token; the right split is its
 * first suggestion.
 */
import {parseArgs} from 'node:util'
import {LocalLinter} from 'harper.js'
import {binaryInlined} from 'harper.js/binaryInlined'
import {countWords, defaultCorpusPath, documentOf, loadArticles, seededRandom} from './corpus.js'
import {protocols} from './protocols/joined-words.js'

const {values} = parseArgs({
  options: {
    corpus: {type: 'string', default: defaultCorpusPath},
    seed: {type: 'string', default: '20261202'},
    misses: {type: 'boolean', default: false}
  }
})

const articles = loadArticles(values.corpus!)
if (!articles) {
  console.log(`No corpus at ${values.corpus}: nothing to compare.`)
  process.exit(0)
}

const rule = 'SplitWords'
const linter = new LocalLinter({binary: binaryInlined})
const started = performance.now()
await linter.setup()
const config = await linter.getLintConfig()
for (const name of Object.keys(config)) config[name] = name === rule
await linter.setLintConfig(config)
const setupSeconds = (performance.now() - started) / 1000

/** Harper's spans count Unicode scalar values; newslint's columns count UTF-16 units. */
function utf16Offset(text: string, scalarIndex: number): number {
  let offset = 0
  let scalars = 0
  for (const character of text) {
    if (scalars === scalarIndex) break
    offset += character.length
    scalars++
  }
  return offset
}

async function splitLints(text: string) {
  const lints = (await linter.organizedLints(text, {language: 'plaintext'}))[rule] ?? []
  return lints.map((lint) => ({
    start: utf16Offset(text, lint.span().start),
    problem: lint.get_problem_text(),
    fix: lint.suggestions()[0]?.get_replacement_text()
  }))
}

let words = 0
let alarms = 0
const alarmList: string[] = []
for (const article of articles) {
  const text = documentOf(article)
  words += countWords(text)
  for (const lint of await splitLints(text)) {
    alarms++
    alarmList.push(`${article.id}: ${lint.problem} → ${lint.fix}`)
  }
}

const protocol = protocols[0]!
const random = seededRandom(Number(values.seed))
let planted = 0
let caught = 0
let rightSplit = 0
const misses: string[] = []
for (const article of articles) {
  const defect = protocol.plant(article, random, articles)
  if (!defect) continue
  planted++
  const joined = defect.expectedFix!.replace(' ', '')
  const lints = await splitLints(defect.text)
  const catches = lints.filter((lint) => lint.problem === joined)
  if (catches.length === 0) {
    misses.push(`missed ${defect.label}`)
    continue
  }
  caught++
  if (catches.some((lint) => lint.fix === defect.expectedFix)) rightSplit++
  else misses.push(`wrong split ${defect.label} → ${catches[0]!.fix}`)
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`
console.log(`## harper.js ${rule} on the joined-words benchmark (seed ${values.seed})\n`)
console.log('| tool | planted | caught | right split (of caught) | false alarms | per 10,000 words |')
console.log('| --- | --- | --- | --- | --- | --- |')
console.log(
  `| harper.js ${rule} | ${planted} | ${percent(caught, planted)} | ${percent(rightSplit, caught)} | ${alarms} | ${((10000 * alarms) / words).toFixed(2)} |`
)
console.log(`\n${articles.length} untouched articles, ${words} words; harper.js set-up ${setupSeconds.toFixed(1)} s.`)
if (values.misses) console.log('\n' + [...misses, ...alarmList.map((alarm) => `alarm ${alarm}`)].join('\n'))
