/**
 * The configuration that applies to one document, found the way the engine
 * finds it, for the code actions that need more than the messages: spelling
 * suggestions (which dictionaries count) and "add to dictionary" (which file
 * to write, and which configuration names it).
 */
import {Configuration} from 'unified-engine'
import type {NewslintSettings} from '../config.js'
import {engineOptions} from '../engine.js'
import type {DocumentFile} from './document-files.js'

export interface FileConfiguration {
  /** The configuration file found, if any (`.retextrc*`, or a package.json with a `newslint` field). */
  configPath: string | undefined
  settings: NewslintSettings
}

export function loadFileConfiguration(file: DocumentFile): Promise<FileConfiguration> {
  // A dictionary the configuration names may not exist yet: "add to dictionary" creates it.
  const configuration = new Configuration({...engineOptions({files: [], allowMissingDictionaries: true}), cwd: file.cwd})
  return new Promise((resolve, reject) => {
    configuration.load(file.path, (error, result) => {
      if (error || !result) {
        reject(error ?? new Error(`No configuration for \`${file.path}\``))
      } else {
        // newslint's configuration resolves to one plugin, the checks, whose option is the resolved settings.
        const [checks] = result.plugins
        resolve({configPath: result.filePath, settings: (checks?.[1] ?? {}) as NewslintSettings})
      }
      return undefined
    })
  })
}
