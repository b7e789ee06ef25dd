/**
 * The line-level rules on untouched articles. For repeated-headline and
 * unrelated-trailing-line: the share of articles with any message, and the
 * share left once messages on lines judged by hand to be real defects of the
 * scraped source are set aside (a headline the scrape repeated, CMS or scrape
 * residue). Every message is listed with its line, so a reader can check
 * each judgement.
 */
import {lint} from '../../../src/index.js'
import {documentOf} from '../corpus.js'
import type {SuiteContext} from './index.js'

const lineRules = ['repeated-headline', 'unrelated-trailing-line'] as const
type LineRule = (typeof lineRules)[number]

/**
 * Lines of the shared corpus judged real defects of the source, per rule:
 * `article id:line` (line numbers of `documentOf`'s layout) → what the line
 * is. Only ids and numbers are kept: the corpus text may not be copied here.
 */
const realDefects: Record<LineRule, Record<string, string>> = {
  'repeated-headline': {
    'readability/wapo-1:75': 'a related link listed twice (once in the body as "[Read: …]")',
    'scrapinghub/51d066b0602c9421:19': 'the headline repeated as a video title in the body',
    'scrapinghub/cc03ddb5ef7d5f1f:3': 'the headline repeated as the first paragraph (one word added)',
    'newspaper/gulflive.com2:3': 'the headline repeated as the first paragraph',
    'newspaper/lifebuzz.com2:3': 'the headline repeated as the first paragraph',
    'newspaper/youbeauty.com1:3': 'the headline repeated as the first paragraph (site name dropped)',
    'gum-wikinews/GUM_interview_stardust:3': 'the headline repeated as the first paragraph'
  },
  'unrelated-trailing-line': {
    'readability/nytimes-1:47': 'CMS: "continue reading" link',
    'readability/wapo-1:71': 'CMS: related-links heading',
    'readability/wapo-1:73': 'CMS: related link',
    'readability/wapo-1:75': 'CMS: related link',
    'readability/wapo-1:77': 'CMS: related link',
    'scrapinghub/34a7328535ad4e60:9': 'scrape: lead-in to a gallery the scrape dropped',
    'newspaper/247wallst.com2:13': 'CMS: "also read" related link',
    'newspaper/dallasnews.com1:11': 'CMS: "top picks" widget heading',
    'newspaper/lifebuzz.com2:15': 'CMS: pagination',
    'newspaper/lifebuzz.com2:17': 'CMS: share counter and button',
    'newspaper/ok.co.uk1:29': 'CMS: "related article" link',
    'newspaper/ok.co.uk1:31': 'CMS: "related article" link',
    'newspaper/ok.co.uk1:33': 'CMS: "related article" link',
    'newspaper/ok.co.uk1:35': 'CMS: "related article" link',
    'newspaper/ok.co.uk2:29': 'CMS: "related article" link',
    'newspaper/ok.co.uk2:31': 'CMS: "related article" link',
    'newspaper/ok.co.uk2:33': 'CMS: "related article" link',
    'newspaper/ok.co.uk2:35': 'CMS: "related article" link',
    'newspaper/vanityfair.com1:25': 'CMS: "related" link',
    'newspaper/youbeauty.com1:51': 'CMS: related-articles heading',
    'newspaper/youbeauty.com1:53': 'CMS: related link',
    'newspaper/youbeauty.com1:55': 'CMS: related link',
    'newspaper4k/video_article_02:91': 'CMS: "read more" related link',
    'gum-wikinews/GUM_news_sensitive:45': 'scrape: wiki category footer'
  }
}

export async function lineRulesSuite({articles}: SuiteContext): Promise<void> {
  const withAny = new Map<LineRule, Set<string>>(lineRules.map((rule) => [rule, new Set()]))
  const withAlarm = new Map<LineRule, Set<string>>(lineRules.map((rule) => [rule, new Set()]))
  const listing: string[] = []
  for (const article of articles) {
    const text = documentOf(article)
    const sourceLines = text.split('\n')
    for (const message of await lint(text)) {
      const rule = lineRules.find((id) => id === message.ruleId)
      if (!rule) continue
      const key = `${article.id}:${message.line}`
      const judged = realDefects[rule][key]
      withAny.get(rule)!.add(article.id)
      if (!judged) withAlarm.get(rule)!.add(article.id)
      const line = sourceLines[message.line - 1]!.trim()
      listing.push(`- ${judged ? `real (${judged})` : 'ALARM'} ${key} ${rule}: ${line.length > 100 ? `${line.slice(0, 99)}…` : line}`)
    }
  }
  const share = (count: number) => `${count} (${((100 * count) / articles.length).toFixed(1)}%)`
  console.log(`\n## Line rules on untouched articles (${articles.length} articles)\n`)
  console.log('| rule | articles with any message | articles with an alarm (not counting real repeats/residue) |')
  console.log('| --- | --- | --- |')
  for (const rule of lineRules) console.log(`| ${rule} | ${share(withAny.get(rule)!.size)} | ${share(withAlarm.get(rule)!.size)} |`)
  console.log('\nEvery message of these rules on untouched articles; "real" marks a line judged a real defect of the source:\n')
  console.log(listing.join('\n'))
}
