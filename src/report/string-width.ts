/**
 * How many terminal columns a string takes, for vfile-reporter's stylish
 * table. vfile-reporter measures every cell with string-width 6, which
 * splits each string into graphemes and builds its emoji expression afresh
 * for each one: ~0.7 ms a message, 0.2–0.4 s of a large report, and ~25 ms
 * of a cold start for compiling that expression the first time. newslint's
 * cells are paths, places, rule names and English reasons, nearly always
 * made of characters one column wide each (Latin letters, typographic quotes
 * and dashes): those are counted directly, and anything else is still
 * measured by string-width. The CLI bundle puts this module in place of
 * string-width for vfile-reporter (scripts/build-cli.ts).
 */
import stringWidth, {type Options} from 'string-width'

const styleSequence = /\u001B\[[\d;]*m/g

/**
 * Printable ASCII, Latin-1 and Latin Extended letters, and punctuation from
 * the hyphen to the ellipsis. © and ® are left out: string-width counts them
 * as emoji, two columns wide.
 */
const oneColumnEach = /^[\u0020-\u007E\u00A0-\u00A8\u00AA-\u00AC\u00AF-\u02FF\u2010-\u2027]*$/

export default function columnWidth(text: string, options?: Options): number {
  // Options such as wide ambiguous characters change the answer: leave those to string-width.
  if (options !== undefined || typeof text !== 'string') return stringWidth(text, options)
  const plain = text.includes('\u001B') ? text.replace(styleSequence, '') : text
  return oneColumnEach.test(plain) ? plain.length : stringWidth(text)
}
