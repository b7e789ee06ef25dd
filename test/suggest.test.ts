/**
 * Spelling suggestions and the word lists they scan: the two-edit scan stops
 * early, and must still give what ranking every known word within two edits
 * would give.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {unigramCount} from '../src/lexicon/frequency.js'
import {isKnownWord} from '../src/lexicon/known-word.js'
import {suggestSpellings} from '../src/lexicon/suggest.js'
import {WordTable} from '../src/lexicon/word-table.js'
import {wordSets} from '../src/rules/spelling.js'

// Known as the spelling rule knows words: its lists, with case, possessives and contractions.
const sets = wordSets(undefined)
const isKnown = (word: string) => isKnownWord(word, sets)

/** Optimal string alignment distance, the plain way. */
function distance(a: string, b: string): number {
  const table = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = table[i]!
      row[j] = Math.min(table[i - 1]![j]! + 1, row[j - 1]! + 1, table[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, table[i - 2]![j - 2]! + 1)
    }
  }
  return table[a.length]![b.length]!
}

const frequencyList = readFileSync(new URL('../data/frequency/unigrams.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.split(' ')[0]!)
  .filter(Boolean)

/** The three best known words within two edits of `word`, found by comparing every word of the frequency list. */
function bestWithinTwoEdits(word: string): string[] {
  return frequencyList
    .filter((candidate) => candidate !== word && !/[^s]'$/.test(candidate) && Math.abs(candidate.length - word.length) <= 2 && distance(word, candidate) <= 2 && isKnown(candidate))
    .map((candidate) => ({candidate, count: unigramCount(candidate)}))
    .sort((a, b) => b.count - a.count || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map(({candidate}) => candidate)
}

describe('spelling suggestions', () => {
  it('suggests known words one edit away, most frequent first, in the word’s case', () => {
    expect(suggestSpellings('goverment', isKnown)).toEqual(['government'])
    expect(suggestSpellings('Thw', isKnown)).toEqual(['The', 'Thu', 'Thy'])
  })

  it('puts a missing apostrophe back first', () => {
    expect(suggestSpellings('dont', isKnown)[0]).toBe("don't")
    expect(suggestSpellings('Childrens', isKnown)).toEqual(["Children's", 'Children'])
  })

  it('keeps the pronoun’s capital, and suggests only contractions a word list holds', () => {
    expect(suggestSpellings('ive', isKnown)[0]).toBe("I've")
    expect(suggestSpellings('theyll', isKnown)).toEqual(["they'll"])
    expect(suggestSpellings('theyre', isKnown)).not.toContain("the're")
  })

  it('never suggests a bare apostrophe after a letter other than s', () => {
    const suggestions = suggestSpellings('childrens', isKnown)
    expect(suggestions).not.toContain("children'")
    expect(suggestSpellings('zorbaxy', (word) => word === 'zorbax' || word === "zorbax'")).toEqual(['zorbax'])
  })

  // Words with no known word one edit away: common neighbours (the scan stops early) and rare ones (it reads every length to the end).
  it.each(['tikanga', 'karakia', 'oioxie', 'wstejrn', 'novembro', 'abuelo', 'qqqq', 'zorbax'])(
    'gives %s the same two-edit suggestions as a full comparison',
    (word) => {
      expect(suggestSpellings(word, isKnown)).toEqual(bestWithinTwoEdits(word))
    }
  )

  it('suggests nothing for a long word with nothing close', () => {
    expect(suggestSpellings('econobox', isKnown)).toEqual([])
  })
})

describe('word tables', () => {
  const table = WordTable.fromText(new TextEncoder().encode('the 2313\r\nof 1315\nmonth\n1st 12\n\nvoilà 7'))

  it('gives each line’s word and count, in file order', () => {
    const {text, starts, ends, counts} = table.lines()
    const words = Array.from(starts, (start, index) => new TextDecoder().decode(text.subarray(start, ends[index])))
    expect(words).toEqual(['the', 'of', 'month', '1st', 'voilà'])
    expect([...counts]).toEqual([2313, 1315, 0, 12, 7])
    expect([...table]).toEqual(words)
  })

  it('reads a count only after a space, not from the next line', () => {
    expect(table.count('month')).toBe(0)
    expect(table.count('1st')).toBe(12)
    expect(table.count('voilà')).toBe(7)
    expect(table.has('1st')).toBe(true)
    expect(table.has('12')).toBe(false)
  })
})
