#!/usr/bin/env node
/**
 * The `newslint` command: the bundled CLI (src/cli.ts), started from V8's
 * code cache when the build made one (src/code-cache.ts).
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {cliBundlePath, cliCodeCachePath, compileBundle, runBundle} from './code-cache.js'

function savedCodeCache(): Buffer | undefined {
  try {
    return readFileSync(cliCodeCachePath)
  } catch {
    // No cache (a build that skipped it): compile as usual.
    return undefined
  }
}

const bundlePath = fileURLToPath(cliBundlePath)
runBundle(compileBundle(bundlePath, savedCodeCache()), bundlePath)
