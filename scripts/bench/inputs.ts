/**
 * The benchmark's inputs, written to a temporary folder so that every tool
 * reads the same files and none finds a configuration file up the tree:
 * one article of about 1,000 words, one file of 100,000 words, and a folder
 * of 200 articles. The single article is always the same Wikinews fixture;
 * the large inputs come from the shared corpus when it is there (real copy
 * from many outlets) and otherwise from the Wikinews fixtures, repeated.
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {countWords, defaultCorpusPath, documentOf, loadArticles} from '../eval/corpus.js'

export const fixturesFolder = new URL('../../fixtures/bench/', import.meta.url).pathname
export const singleArticleName = 'interview-daly.txt'
export const bigFileWords = 100_000
export const folderArticles = 200

export interface Document {
  name: string
  text: string
}

export interface BenchInputs {
  folder: string
  /** Where the documents came from, for the report. */
  source: string
  article: {path: string; words: number}
  bigFile: {path: string; words: number}
  articles: {paths: string[]; words: number}
  remove(): void
}

function fixtureDocuments(): Document[] {
  return readdirSync(fixturesFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({name, text: readFileSync(path.join(fixturesFolder, name), 'utf8')}))
}

function corpusDocuments(corpusPath: string): Document[] | undefined {
  return loadArticles(corpusPath)?.map((article) => ({
    name: article.id.replace(/[^\w-]+/g, '-') + '.txt',
    text: documentOf(article)
  }))
}

/** `count` documents taken in order, starting over when the list runs out. */
function cycle(documents: readonly Document[], count: number): Document[] {
  return Array.from({length: count}, (_, index) => documents[index % documents.length]!)
}

export function prepareInputs(corpusPath = defaultCorpusPath): BenchInputs {
  const corpus = corpusDocuments(corpusPath)
  const documents = corpus ?? fixtureDocuments()
  const folder = mkdtempSync(path.join(tmpdir(), 'newslint-bench-'))

  const articleText = readFileSync(path.join(fixturesFolder, singleArticleName), 'utf8')
  const articlePath = path.join(folder, singleArticleName)
  writeFileSync(articlePath, articleText)

  const bigParts: string[] = []
  let bigWords = 0
  for (let index = 0; bigWords < bigFileWords; index++) {
    const text = documents[index % documents.length]!.text
    bigParts.push(text)
    bigWords += countWords(text)
  }
  const bigPath = path.join(folder, 'words-100k.txt')
  writeFileSync(bigPath, bigParts.join('\n'))

  const articlesFolder = path.join(folder, 'articles')
  mkdirSync(articlesFolder)
  let articleWords = 0
  const paths = cycle(documents, folderArticles).map((document, index) => {
    const file = path.join(articlesFolder, `${String(index + 1).padStart(3, '0')}-${document.name}`)
    writeFileSync(file, document.text)
    articleWords += countWords(document.text)
    return file
  })

  return {
    folder,
    source: corpus
      ? `${documents.length} articles of ${corpusPath}`
      : `the ${documents.length} Wikinews articles of fixtures/bench (shared corpus not found)`,
    article: {path: articlePath, words: countWords(articleText)},
    bigFile: {path: bigPath, words: bigWords},
    articles: {paths, words: articleWords},
    remove: () => rmSync(folder, {recursive: true, force: true})
  }
}
