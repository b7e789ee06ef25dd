/** Build step: expand dictionary-en into data/generated/en-words.txt (see src/lexicon/english.ts). */
import {expandedDictionaryFile, writeExpandedDictionary} from '../src/lexicon/english.js'

const forms = writeExpandedDictionary()
console.log(`data/${expandedDictionaryFile}: ${forms.length} word forms from dictionary-en`)
