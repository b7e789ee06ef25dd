/**
 * Build step: bundle the CLI into one module, dist/cli.js (over the file tsc
 * wrote), so that a cold start reads one file instead of some 450: finding,
 * reading and linking them was most of newslint's start-up time
 * (docs/performance.md). The worker threads the CLI starts for many files
 * (dist/engine-worker.js) are bundled alongside, sharing a chunk with it.
 * The library (dist/index.js) and the language server stay as tsc emits
 * them. Files read at run time (package.json, data/) are found from
 * src/package-root.ts, so every output stays directly in dist/.
 */
import {build} from 'esbuild'

const fromRoot = (path: string) => new URL(`../${path}`, import.meta.url).pathname

await build({
  entryPoints: {cli: fromRoot('src/cli.ts'), 'engine-worker': fromRoot('src/engine-worker.ts')},
  outdir: fromRoot('dist'),
  splitting: true,
  chunkNames: '[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Less to parse at every start; names are kept so that stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: true,
  // Bundled CommonJS dependencies call require(), which an ES module lacks.
  banner: {js: "import {createRequire as newslintCreateRequire} from 'node:module';const require=newslintCreateRequire(import.meta.url);"},
  logLevel: 'warning'
})
console.log('dist/cli.js, dist/engine-worker.js: the CLI bundled')
