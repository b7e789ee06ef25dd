/** newslint's own version, from its package.json. */
import {readFileSync} from 'node:fs'
import {packageRoot} from './package-root.js'

const packageJson = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as {version: string}

export const newslintVersion: string = packageJson.version
