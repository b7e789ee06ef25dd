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
import {readdirSync, rmSync} from 'node:fs'
import {build, type Plugin} from 'esbuild'

const fromRoot = (path: string) => new URL(`../${path}`, import.meta.url).pathname

/**
 * unified-engine imports load-plugin (with npm's whole configuration
 * machinery) to load plugins named in a config file, and yaml to read a
 * `.retextrc.yml`. newslint's configuration names no plugins, and YAML
 * configs are rare, yet evaluating the two cost ~50 ms of every start.
 * Both are only ever awaited (load-plugin's functions are async, and
 * `yaml.parse` is returned from an async loader), so they are swapped for
 * stand-ins that import the real module, from its own chunk, when called.
 */
const lazyModules: Record<string, string> = {
  'load-plugin': `export const loadPlugin = async (...a) => (await import('load-plugin')).loadPlugin(...a)
export const resolvePlugin = async (...a) => (await import('load-plugin')).resolvePlugin(...a)`,
  yaml: `export default {parse: async (...a) => (await import('yaml')).default.parse(...a)}`
}

const loadLazily: Plugin = {
  name: 'load-lazily',
  setup(build) {
    build.onResolve({filter: /^(load-plugin|yaml)$/}, (args) =>
      args.namespace === 'lazy' ? undefined : {path: args.path, namespace: 'lazy'}
    )
    build.onLoad({filter: /.*/, namespace: 'lazy'}, (args) => ({contents: lazyModules[args.path], resolveDir: fromRoot('.')}))
  }
}

/**
 * vfile-reporter measures every cell of the stylish report with
 * string-width, slowly; src/report/string-width.ts counts the common case
 * itself and hands the rest to string-width.
 */
const measureColumnsQuickly: Plugin = {
  name: 'measure-columns-quickly',
  setup(build) {
    build.onResolve({filter: /^string-width$/}, (args) =>
      /[\\/]node_modules[\\/]vfile-reporter[\\/]/.test(args.importer) ? {path: fromRoot('src/report/string-width.ts')} : undefined
    )
  }
}

// Chunks get new names when their content changes: remove the last build's.
const chunkPrefix = 'cli-chunk-'
for (const name of readdirSync(fromRoot('dist'))) if (name.startsWith(chunkPrefix)) rmSync(fromRoot(`dist/${name}`))

await build({
  entryPoints: {cli: fromRoot('src/cli.ts'), 'engine-worker': fromRoot('src/engine-worker.ts')},
  outdir: fromRoot('dist'),
  splitting: true,
  chunkNames: `${chunkPrefix}[hash]`,
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
  plugins: [loadLazily, measureColumnsQuickly],
  logLevel: 'warning'
})
console.log('dist/cli.js, dist/engine-worker.js: the CLI bundled')
