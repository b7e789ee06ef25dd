/**
 * Planting protocols for `repeated-headline`, one table row each:
 * - a foreign headline pasted twice at the end, first with "Footage ";
 * - the article's headline repeated as the first paragraph;
 * - the article's headline repeated at the end (sometimes with a label).
 * A catch is a message of the rule on the later copy.
 */
import {type Article, documentOf} from '../corpus.js'
import type {PlantingProtocol} from '../protocol.js'
import {appendLines, foreignHeadline, nextLineNumber, pick} from './plant-lines.js'

/** The forms a repeat is pasted in: as is, shouted, or with a full stop. */
const variants: Array<(headline: string) => string> = [
  (headline) => headline,
  (headline) => headline,
  (headline) => headline.toUpperCase(),
  (headline) => `${headline.replace(/[.!?]+$/, '')}.`
]

const endLabels = ['', '', 'Watch: ', 'VIDEO: ', 'UPDATE: ']

function headlineOf(article: Article): string | undefined {
  return article.headline.trim() || undefined
}

export const protocols: PlantingProtocol[] = [
  {
    rule: 'repeated-headline',
    defect: 'foreign headline pasted twice at the end',
    plant(article, random, corpus) {
      const headline = foreignHeadline(article, random, corpus)
      if (!headline) return undefined
      const {text, lineNumbers} = appendLines(article, [`Footage ${headline}`, headline], random)
      return {text, lines: [lineNumbers[1]!], label: `line ${lineNumbers[1]}: ${headline}`}
    }
  },
  {
    rule: 'repeated-headline',
    defect: 'headline repeated as the first paragraph',
    plant(article, random) {
      const headline = headlineOf(article)
      if (!headline) return undefined
      const prefix = `${article.headline}\n\n`
      const repeat = pick(random, variants)(headline)
      const line = nextLineNumber(prefix)
      return {text: `${prefix}${repeat}\n\n${documentOf(article).slice(prefix.length)}`, lines: [line], label: `line ${line}: ${repeat}`}
    }
  },
  {
    rule: 'repeated-headline',
    defect: 'headline repeated at the end',
    plant(article, random) {
      const headline = headlineOf(article)
      if (!headline) return undefined
      const repeat = pick(random, endLabels) + pick(random, variants)(headline)
      const {text, lineNumbers} = appendLines(article, [repeat], random)
      return {text, lines: lineNumbers, label: `line ${lineNumbers[0]}: ${repeat}`}
    }
  }
]
