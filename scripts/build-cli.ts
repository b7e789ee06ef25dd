/**
 * Build step: bundle the CLI, so that a cold start reads one file instead of
 * some 450 (finding, reading and linking them was most of newslint's
 * start-up time, docs/performance.md), and save V8's code cache of it.
 *
 * - dist/cli-bundle.cjs: src/cli.ts and everything it imports, as one
 *   CommonJS script (the form `vm.Script` can start from a code cache);
 * - dist/cli.js: the `newslint` command, src/cli-launcher.ts, which starts
 *   that script from dist/cli-bundle.cache (src/code-cache.ts);
 * - dist/engine-worker.js: the worker threads the CLI starts for many files
 *   on machines with more cores, bundled on its own.
 *
 * The library (dist/index.js) and the language server stay as tsc emits
 * them. Files read at run time (package.json, data/) are found from
 * src/package-root.ts, so every output stays directly in dist/.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, rmSync, statSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {build, type BuildOptions, type Plugin} from 'esbuild'
import {largeDocumentCharacters, largeRunFiles} from '../src/large-run.js'

const fromRoot = (path: string) => new URL(`../${path}`, import.meta.url).pathname

/**
 * unified-engine imports load-plugin (with npm's whole configuration
 * machinery) to load plugins named in a config file, and yaml to read a
 * `.retextrc.yml`. newslint's configuration names no plugins, and YAML
 * configs are rare, yet evaluating the two cost ~50 ms of every start, and
 * their 0.6 MB of code would be read at every start too. Both are only ever
 * awaited (load-plugin's functions are async, and `yaml.parse` is returned
 * from an async loader), so they are swapped for stand-ins that load the
 * real modules when called: in the CLI, from their own script beside it
 * (dist/cli-config-loaders.cjs); in the worker, from code that is bundled
 * but only evaluated then.
 */
const configLoadersFile = './cli-config-loaders.cjs'
const configLoaders = `export {loadPlugin, resolvePlugin} from 'load-plugin'
export {default as yaml} from 'yaml'
export const importModule = (url) => import(url)`

/** Stand-ins for the two modules; `load` gives the expression that loads each real one. */
function loadLazily(load: Record<'load-plugin' | 'yaml', string>): Plugin {
  const standIns: Record<string, string> = {
    'load-plugin': `export const loadPlugin = async (...a) => (${load['load-plugin']}).loadPlugin(...a)
export const resolvePlugin = async (...a) => (${load['load-plugin']}).resolvePlugin(...a)`,
    yaml: `export default {parse: async (...a) => (${load.yaml}).parse(...a)}`
  }
  return {
    name: 'load-lazily',
    setup(build) {
      build.onResolve({filter: /^(load-plugin|yaml)$/}, (args) =>
        args.namespace === 'lazy' ? undefined : {path: args.path, namespace: 'lazy'}
      )
      build.onResolve({filter: /^\.\/cli-config-loaders\.cjs$/}, (args) => ({path: args.path, external: true}))
      build.onLoad({filter: /.*/, namespace: 'lazy'}, (args) => ({contents: standIns[args.path], resolveDir: fromRoot('.')}))
    }
  }
}

/**
 * unified-engine loads a JavaScript configuration (`.retextrc.js`, `.cjs`,
 * `.mjs`) with `import()`. In a script run through `vm.Script` from a code
 * cache, Node 20 has no loader for that call ("A dynamic import callback was
 * not specified"); the config loaders' script is an ordinary CommonJS file,
 * where `import()` works, so the CLI bundle imports through it.
 */
const configImport = /await import\(fileUrl\)/
const importConfigThroughLoaders: Plugin = {
  name: 'import-config-through-loaders',
  setup(build) {
    build.onLoad({filter: /[\\/]unified-engine[\\/]lib[\\/]configuration\.js$/}, async (args) => {
      const source = await readFile(args.path, 'utf8')
      if (!configImport.test(source)) throw new Error(`unified-engine changed: no \`await import(fileUrl)\` in ${args.path}`)
      return {contents: source.replace(configImport, `await require('${configLoadersFile}').importModule(fileUrl)`), loader: 'js'}
    })
  }
}

const loadLazilyInCli = loadLazily({'load-plugin': `require('${configLoadersFile}')`, yaml: `require('${configLoadersFile}').yaml`})
const loadLazilyInWorker = loadLazily({'load-plugin': "await import('load-plugin')", yaml: "(await import('yaml')).default"})

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

// Earlier builds split the CLI into chunks: remove any left in dist/.
const chunkPrefix = 'cli-chunk-'
for (const name of readdirSync(fromRoot('dist'))) if (name.startsWith(chunkPrefix)) rmSync(fromRoot(`dist/${name}`))

const shared: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Less to parse at every start. Identifiers are not minified, so stack traces still read; keepNames is off, as it wraps every function made, closures in hot loops included, in a call that sets its name.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning'
}

await build({
  ...shared,
  entryPoints: {'cli-bundle': fromRoot('src/cli.ts')},
  plugins: [loadLazilyInCli, importConfigThroughLoaders, measureColumnsQuickly],
  outdir: fromRoot('dist'),
  outExtension: {'.js': '.cjs'},
  format: 'cjs',
  // Modules find dist/ (the worker, package.json, data/) from their own URL, which a script does not have.
  define: {'import.meta.url': 'newslintBundleUrl'},
  banner: {js: "const newslintBundleUrl = require('node:url').pathToFileURL(__filename).href;"}
})

await build({
  ...shared,
  stdin: {contents: configLoaders, resolveDir: fromRoot('.'), loader: 'js'},
  outfile: fromRoot(`dist/${configLoadersFile}`),
  format: 'cjs'
})

await build({
  ...shared,
  entryPoints: {cli: fromRoot('src/cli-launcher.ts'), 'engine-worker': fromRoot('src/engine-worker.ts')},
  plugins: [loadLazilyInWorker, measureColumnsQuickly],
  outdir: fromRoot('dist'),
  format: 'esm',
  // Bundled CommonJS dependencies call require(), which an ES module lacks.
  banner: {js: "import {createRequire as newslintCreateRequire} from 'node:module';const require=newslintCreateRequire(import.meta.url);"}
})

/**
 * V8's cache holds the code compiled so far, so the CLI first runs on copy
 * in each format: the cache then covers parsing and every rule, not only
 * the bundle's top level.
 */
const codeCacheSamples = [
  'fixtures/colombia-intel-sharing.txt',
  'fixtures/bench/interview-ants.txt',
  'fixtures/bench/interview-brotherhood.txt',
  'fixtures/joined-words/markdown.md',
  'fixtures/joined-words/page.html'
].map(fromRoot)
// A run large enough to tune V8 (src/large-run.ts) would save a cache made under other flags, which V8 rejects at every start.
if (codeCacheSamples.length >= largeRunFiles || codeCacheSamples.some((sample) => statSync(sample).size >= largeDocumentCharacters)) {
  throw new Error('The code cache samples must stay below the large-run thresholds of src/large-run.ts')
}
const writeCodeCache = `
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {cliBundlePath, cliCodeCachePath, compileBundle, runBundle} from ${JSON.stringify(fromRoot('dist/code-cache.js'))}
const bundlePath = fileURLToPath(cliBundlePath)
const script = compileBundle(bundlePath)
process.argv = [process.argv[0], bundlePath, ...process.argv.slice(1)]
process.on('exit', () => writeFileSync(cliCodeCachePath, script.createCachedData()))
runBundle(script, bundlePath)
`
const codeCache = fromRoot('dist/cli-bundle.cache')
rmSync(codeCache, {force: true})
spawnSync(process.execPath, ['--input-type=module', '--eval', writeCodeCache, ...codeCacheSamples], {stdio: 'ignore'})
if (!existsSync(codeCache)) throw new Error('Could not write dist/cli-bundle.cache: run `node dist/cli.js` to see why the CLI fails')
console.log('dist/cli.js, dist/cli-bundle.cjs (+ its code cache), dist/engine-worker.js: the CLI bundled')
