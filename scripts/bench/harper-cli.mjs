// The smallest command line around harper.js, which ships none: check each
// file named and print its lint count. Plain JavaScript so that a cold run
// pays no TypeScript loader. Used by scripts/bench.ts.
import {readFileSync} from 'node:fs'
import {LocalLinter} from 'harper.js'
import {binary} from 'harper.js/binary'

const linter = new LocalLinter({binary})
await linter.setup()
for (const file of process.argv.slice(2)) {
  const lints = await linter.lint(readFileSync(file, 'utf8'))
  process.stdout.write(`${file}: ${lints.length} problems\n`)
}
