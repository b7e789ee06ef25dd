/**
 * newslint's package folder (package.json, data/): one level up from this
 * module, which is true of src/ (tests), of dist/ and of the bundled CLI
 * (dist/cli.js, scripts/build-cli.ts) alike. A module deeper in the tree
 * that finds files relative to itself would break in the bundle.
 */
export const packageRoot = new URL('../', import.meta.url)
