/** Helpers the line-level planting protocols share: whole lines added to an article's document. */
import {type Article, documentOf} from '../corpus.js'

/** 1-based line number on which text appended to `prefix` starts. */
export function nextLineNumber(prefix: string): number {
  return prefix.split(/\r\n|\r|\n/).length
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!
}

/** A different article's headline, picked at random. */
export function foreignHeadline(article: Article, random: () => number, corpus: readonly Article[]): string | undefined {
  const others = corpus.filter((other) => other.id !== article.id && other.headline.trim())
  return others.length ? pick(random, others).headline.trim() : undefined
}

/**
 * The article's document with `lines` appended at the end: straight under the
 * last paragraph, as a paste usually lands, or after a blank line.
 */
export function appendLines(article: Article, lines: readonly string[], random: () => number) {
  const prefix = documentOf(article) + (random() < 0.5 ? '' : '\n')
  const first = nextLineNumber(prefix)
  return {text: `${prefix}${lines.join('\n')}\n`, lineNumbers: lines.map((_, index) => first + index)}
}
