/** The shared article corpus, read from outside the repository (most of it may not be copied in). */
import {existsSync, readFileSync} from 'node:fs'

export interface Article {
  id: string
  source: string
  licence: string
  headline: string
  body: string
}

export const defaultCorpusPath = new URL('../../../shared/corpus/articles.jsonl', import.meta.url).pathname

export function loadArticles(path: string): Article[] | undefined {
  if (!existsSync(path)) return undefined
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Article)
}

/** The document an article is checked as: headline, blank line, body. */
export function documentOf(article: Pick<Article, 'headline' | 'body'>): string {
  return `${article.headline}\n\n${article.body}\n`
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length
}

/** A small seeded generator (mulberry32), so planted defects are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}
