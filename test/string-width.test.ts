import stringWidth from 'string-width'
import {describe, expect, it} from 'vitest'
import columnWidth from '../src/report/string-width.js'

describe('columnWidth (the stylish report’s measure)', () => {
  it('agrees with string-width on every character it counts itself', () => {
    const disagreements: string[] = []
    const ranges: Array<[number, number]> = [[0x20, 0x7e], [0xa0, 0x2ff], [0x2010, 0x2027]]
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code++) {
        const character = String.fromCharCode(code)
        if (columnWidth(character) !== stringWidth(character)) disagreements.push(code.toString(16))
      }
    }
    expect(disagreements).toEqual([])
  })

  it('counts a typical reason without its colour codes', () => {
    const reason = '\u001B[33m⚠\u001B[39m “moveforces” looks like two words run together; did you mean “move forces”?'
    expect(columnWidth(reason)).toBe(stringWidth(reason))
    expect(columnWidth('“moveforces” — 7:179–7:190')).toBe(26)
  })

  it('leaves wide and zero-width characters to string-width', () => {
    expect(columnWidth('Seoul 서울')).toBe(10)
    expect(columnWidth('fire 🔥')).toBe(7)
    expect(columnWidth('café')).toBe(4)
    expect(columnWidth('© AP')).toBe(stringWidth('© AP'))
    expect(columnWidth('ambiguous “x”', {ambiguousIsNarrow: false})).toBe(15)
  })
})
