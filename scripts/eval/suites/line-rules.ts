/**
 * The line-level rules on untouched articles: for repeated-headline and
 * unrelated-trailing-line, the share of articles with any alarm, and for
 * unrelated-trailing-line the share left once lines that really are CMS or
 * scrape residue are set aside. Every alarm is listed with its line so a
 * reader can check the residue judgements below.
 */
import {lint} from '../../../src/index.js'
import {documentOf} from '../corpus.js'
import type {SuiteContext} from './index.js'

const lineRules = ['repeated-headline', 'unrelated-trailing-line'] as const

/**
 * Lines of the shared corpus judged by hand to be real CMS or scrape residue
 * (article id:line in `documentOf`'s layout → what the line is). Only ids and
 * line numbers are kept here: the corpus text may not be copied into the repo.
 */
const residue: Record<string, string> = {}

export async function lineRulesSuite({articles}: SuiteContext): Promise<void> {
  const withAlarm = new Map<string, Set<string>>(lineRules.map((rule) => [rule, new Set()]))
  const withFalseAlarm = new Map<string, Set<string>>(lineRules.map((rule) => [rule, new Set()]))
  const listing: string[] = []
  for (const article of articles) {
    const text = documentOf(article)
    const sourceLines = text.split('\n')
    for (const message of await lint(text)) {
      if (!lineRules.includes(message.ruleId as (typeof lineRules)[number])) continue
      const key = `${article.id}:${message.line}`
      const judged = message.ruleId === 'unrelated-trailing-line' ? residue[key] : undefined
      withAlarm.get(message.ruleId!)!.add(article.id)
      if (!judged) withFalseAlarm.get(message.ruleId!)!.add(article.id)
      listing.push(`${judged ? `residue (${judged})` : 'ALARM'} ${key} ${message.ruleId}: ${sourceLines[message.line - 1]!.trim().slice(0, 100)}`)
    }
  }
  const share = (count: number) => `${((100 * count) / articles.length).toFixed(1)}%`
  console.log(`\n## Line rules on untouched articles (${articles.length} articles)\n`)
  console.log('| rule | articles with any message | of which on residue only | alarms (articles, not counting residue) |')
  console.log('| --- | --- | --- | --- |')
  for (const rule of lineRules) {
    const any = withAlarm.get(rule)!.size
    const alarms = withFalseAlarm.get(rule)!.size
    console.log(`| ${rule} | ${any} (${share(any)}) | ${any - alarms} | ${alarms} (${share(alarms)}) |`)
  }
  console.log('\nMessages of these rules on untouched articles (residue = judged real CMS/scrape residue):\n')
  console.log(listing.map((entry) => `- ${entry}`).join('\n'))
}
