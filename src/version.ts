/** newslint's own version, from the package.json one folder up from both src/ and dist/. */
import {readFileSync} from 'node:fs'

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}

export const newslintVersion: string = packageJson.version
