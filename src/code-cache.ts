/**
 * Start the bundled CLI from V8's code cache. Node 20 has no compile cache
 * for modules (`module.enableCompileCache` arrived in Node 22), so every
 * start compiled the ~0.9 MB bundle and then, function by function, the
 * code of the rules as the first file ran through them. The build runs the
 * CLI once on sample copy and saves V8's cache of everything compiled
 * (scripts/write-code-cache.ts); a start then loads that instead of
 * compiling. V8 rejects a cache made by another Node version or with other
 * V8 flags, and the bundle then compiles as usual: only slower, never wrong.
 *
 * The bundle is CommonJS because only `vm.Script` takes a code cache
 * without experimental flags.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import vm from 'node:vm'

/** The CLI bundle and its code cache, beside this module in dist/. */
export const cliBundlePath = new URL('./cli-bundle.cjs', import.meta.url)
export const cliCodeCachePath = new URL('./cli-bundle.cache', import.meta.url)

/** Compile the CommonJS bundle at `bundlePath` as Node would, using `cachedData` when V8 accepts it. */
export function compileBundle(bundlePath: string, cachedData?: Buffer): vm.Script {
  const source = readFileSync(bundlePath, 'utf8')
  return new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundlePath,
    // No `import()` runs in here: Node 20 gives a script from a code cache no loader for one, so the build routes the bundle's through a plain CommonJS file (scripts/build-cli.ts).
    cachedData
  })
}

/** Run a bundle compiled by `compileBundle` as the main module. */
export function runBundle(script: vm.Script, bundlePath: string): void {
  const module = {exports: {}}
  const run = script.runInThisContext() as (...parameters: unknown[]) => void
  run(module.exports, createRequire(bundlePath), module, bundlePath, path.dirname(bundlePath))
}
