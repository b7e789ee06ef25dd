/**
 * Build step: expand the Hunspell dictionaries (dictionary-en, US, and
 * dictionary-en-gb, British: news copy uses both) into the plain list of
 * word forms newslint checks against, data/generated/en-words.txt.
 *
 * Building an nspell checker costs ~0.3 s per process, more than newslint's
 * whole cold-start budget; reading the expanded list into a Set costs a
 * fraction of that. Forms Hunspell allows only inside compounds (`1th`) are
 * left out.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import american from 'dictionary-en'
import british from 'dictionary-en-gb'
import nspell from 'nspell'
import {dataPath, readEntries} from '../src/lexicon/data-files.js'
import {
  expandedDictionaryFile,
  expandedDictionaryTable,
  newsroomDictionaryFile,
  newsroomWordsFile,
  newsroomWordsTable
} from '../src/lexicon/english.js'
import {unigramFile, unigramTableFile} from '../src/lexicon/frequency.js'
import {writeWordTable} from '../src/lexicon/word-table.js'

function expand(dictionary: {aff: Uint8Array; dic: Uint8Array}): string[] {
  const affix = new TextDecoder().decode(dictionary.aff)
  const onlyInCompound = /^ONLYINCOMPOUND\s+(\S+)/m.exec(affix)?.[1]
  const checker = nspell({aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic)}) as unknown as {
    data: Record<string, string[]>
  }
  return Object.entries(checker.data)
    .filter(([, flags]) => !onlyInCompound || !flags.includes(onlyInCompound))
    .map(([form]) => form)
}

const forms = [...new Set([...expand(american), ...expand(british)])].sort()
const target = new URL('../data/generated/', import.meta.url)
mkdirSync(target, {recursive: true})
writeFileSync(new URL('en-words.txt', target), forms.join('\n') + '\n')
console.log(`data/generated/en-words.txt: ${forms.length} word forms from dictionary-en and dictionary-en-gb`)

// Saved indexes, so that a process reads its word lists without indexing them (src/lexicon/word-table.ts).
writeWordTable(dataPath(expandedDictionaryFile), dataPath(expandedDictionaryTable))
writeWordTable(dataPath(unigramFile), dataPath(unigramTableFile))
writeFileSync(dataPath(newsroomWordsFile), readEntries(dataPath(newsroomDictionaryFile)).join('\n') + '\n')
writeWordTable(dataPath(newsroomWordsFile), dataPath(newsroomWordsTable))
console.log(`data/${expandedDictionaryTable}, data/${unigramTableFile}, data/${newsroomWordsTable}: word-list indexes`)
