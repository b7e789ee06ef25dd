/**
 * Language server latency: `npx tsx scripts/bench-lsp.ts [--edits 50]
 * [--sizes 1000,20000] [--debounce 150] [--dist]`.
 *
 * For each document size, opens a document of that many words (Wikinews
 * articles from fixtures/bench, concatenated), then makes edits one at a
 * time (typing a character in the middle, then deleting it) and times each
 * from sending didChange to receiving the diagnostics published for that
 * version. Prints median and p95, in total and after the debounce. The
 * server runs from source unless `--dist` (run `npm run build` first).
 * This is a benchmark, not a test: its figures depend on the machine.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {cpus, loadavg} from 'node:os'
import {parseArgs} from 'node:util'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {ServerSession} from '../test/server-client.js'

const {values} = parseArgs({
  options: {
    edits: {type: 'string', default: '50'},
    sizes: {type: 'string', default: '1000,20000'},
    debounce: {type: 'string', default: '150'},
    dist: {type: 'boolean', default: false}
  }
})
const edits = Number(values.edits)
const debounceMs = Number(values.debounce)
const sizes = values.sizes!.split(',').map(Number)

const articlesFolder = fileURLToPath(new URL('../fixtures/bench/', import.meta.url))
const articles = readdirSync(articlesFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(articlesFolder + name, 'utf8').trim())

/** The first `count` words of the articles, repeated as needed, paragraphs kept. */
function documentOfWords(count: number): string {
  const paragraphs: string[] = []
  let words = 0
  for (let index = 0; words < count; index++) {
    for (const paragraph of articles[index % articles.length]!.split(/\n+/)) {
      const taken = paragraph.split(/\s+/).filter(Boolean).slice(0, count - words)
      if (taken.length === 0) break
      paragraphs.push(taken.join(' '))
      words += taken.length
    }
  }
  return paragraphs.join('\n\n') + '\n'
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const command = values.dist ? [process.execPath, fileURLToPath(new URL('../dist/server.js', import.meta.url))] : undefined
const server = new ServerSession({command})
await server.initialize({initializationOptions: {newslint: {debounceMs}}})

console.log(`newslint-language-server latency: didChange → publishDiagnostics, ${edits} edits per size, debounce ${debounceMs} ms`)
console.log(`${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg()[0]!.toFixed(2)}, Node ${process.version}, server from ${values.dist ? 'dist' : 'source (tsx)'}\n`)
console.log('| words | diagnostics | median | p95 | median after debounce | p95 after debounce |')
console.log('|---:|---:|---:|---:|---:|---:|')

for (const size of sizes) {
  const text = documentOfWords(size)
  const uri = pathToFileURL(`${process.cwd()}/bench-${size}-words.txt`).href
  const opened = server.nextDiagnostics(uri, undefined, 120_000)
  await server.open(uri, 'plaintext', text)
  const {diagnostics} = await opened

  // Edit in the middle of the document: type a letter after a word, then delete it.
  const middle = text.split('\n')
  const line = Math.floor(middle.length / 2) - (Math.floor(middle.length / 2) % 2)
  const at = {line, character: middle[line]!.indexOf(' ') > 0 ? middle[line]!.indexOf(' ') : 0}
  const latencies: number[] = []
  for (let version = 2; version < edits + 2; version++) {
    const typing = version % 2 === 0
    const change = typing
      ? {range: {start: at, end: at}, text: 's'}
      : {range: {start: at, end: {line: at.line, character: at.character + 1}}, text: ''}
    const published = server.nextDiagnostics(uri, (params) => params.version === version, 120_000)
    const sent = performance.now()
    await server.change(uri, version, [change])
    await published
    latencies.push(server.published.at(-1)!.receivedAt - sent)
    await pause(20)
  }
  await server.close(uri)
  const sorted = latencies.sort((a, b) => a - b)
  const [median, p95] = [percentile(sorted, 0.5), percentile(sorted, 0.95)]
  const ms = (value: number) => `${value.toFixed(1)} ms`
  console.log(
    `| ${size.toLocaleString('en')} | ${diagnostics.length} | ${ms(median)} | ${ms(p95)} | ${ms(median - debounceMs)} | ${ms(p95 - debounceMs)} |`
  )
}

await server.stop()
