/**
 * repeated-words — the same word twice in a row ("the the").
 *
 * Why: a doubled word survives every reread because the eye skips it.
 * The check is retext-repeated-words, unchanged; this wrapper only gives its
 * messages newslint's rule id, severity and doc link, and turns its fix into
 * the first of the two words as written ("The the talks" → "The talks").
 *
 * Options: none.
 *
 * Flags:  He said that the the talks had failed.
 * Leaves: She had had enough. (“had had” is grammatical and the plugin knows it.)
 */
import retextRepeatedWords from 'retext-repeated-words'
import type {Transformer} from 'unified'
import type {Root} from 'nlcst'
import {defineRule} from './define.js'

const check = (retextRepeatedWords as () => Transformer<Root>)()

export default defineRule(
  {id: 'repeated-words', defaultSeverity: 'warn', summary: 'The same word twice in a row (“the the”).'},
  (tree, file) => {
    const first = file.messages.length
    check(tree, file, () => {})
    for (const message of file.messages.slice(first)) {
      // The plugin offers the second word, which lowercases a sentence's first ("The the" → "the").
      const firstWord = message.actual?.split(/\s/, 1)[0]
      if (firstWord) message.expected = [firstWord]
      // vfile-reporter prints `message`, the other formats `reason`: both must say the same.
      message.reason = message.message = `“${message.expected?.[0]}” appears twice in a row; delete one`
    }
  }
)
