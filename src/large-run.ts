/**
 * V8 settings for a large run of the CLI: many files, or a long one. V8's
 * defaults suit a program that runs the same code for long; a large lint
 * runs each rule over every word once, then exits. Two defaults cost such
 * a run, measured on 2 cores (docs/performance.md):
 *
 * - The young generation, where new objects start, doubles each time many
 *   of them survive, up to 16 MB a half. A document's tree survives by
 *   nature, so a long one grew it to the maximum: peak memory on 100,000
 *   words ~205 → ~157 MB without the growth, in the same time.
 * - TurboFan inlines callees into every function it optimises, on the
 *   second core, while the run goes on: compiling without inlining took
 *   ~10% off 100,000 words and 200 articles and ~5 MB of compiler memory.
 *
 * Neither pays on one article (the young generation grew while the word
 * lists load: ~10 ms slower; inlining made no difference), and a long-lived
 * host such as the language server runs hot code for hours, so only the CLI
 * asks, and only once a run proves large. V8 reads these flags when it
 * collects and compiles, so they can be set at run time; given on the
 * command line they would instead make V8 reject the CLI's code cache.
 */
import {createRequire} from 'node:module'

/** Files in one run from which it is large. */
export const largeRunFiles = 50
/** Characters in one document from which a run is large (~20,000 words). */
export const largeDocumentCharacters = 128 * 1024

/**
 * The V8 versions the flags were measured on or are known in (Node 20 has
 * 11.3); another may have renamed them, and V8 would print an error for an
 * unknown flag in the middle of a run, so there the defaults stay.
 */
const knownV8Majors = {first: 11, last: 13}

let tuned = false

export function tuneForLargeRun(): void {
  if (tuned) return
  tuned = true
  const v8Major = Number.parseInt(process.versions.v8, 10)
  if (!(v8Major >= knownV8Majors.first && v8Major <= knownV8Majors.last)) return
  // Loaded here, not at start: node:v8 costs ~2 ms to load, which a run that never gets large would pay.
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8')
  v8.setFlagsFromString('--semi-space-growth-factor=1')
  v8.setFlagsFromString('--no-turbo-inlining')
}
