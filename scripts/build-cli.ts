/**
 * Build step: bundle the CLI into one module, dist/cli.js (over the file tsc
 * wrote), so that a cold start reads one file instead of some 450: finding,
 * reading and linking them was most of newslint's start-up time
 * (docs/performance.md). The library (dist/index.js) and the language server
 * stay as tsc emits them. Files the CLI reads at run time (package.json,
 * data/) are found from src/package-root.ts, which sits at the same depth
 * as the bundle.
 */
import {build} from 'esbuild'

const fromRoot = (path: string) => new URL(`../${path}`, import.meta.url).pathname

await build({
  entryPoints: [fromRoot('src/cli.ts')],
  outfile: fromRoot('dist/cli.js'),
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
console.log('dist/cli.js: the CLI in one module')
