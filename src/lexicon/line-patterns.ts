/**
 * Whole-line patterns read from data files: CMS residue a page template or a
 * scraper leaves at the end of the copy (data/cms-residue.txt, simple `*`
 * globs) and the credit, contact and note lines a story legitimately ends
 * with (data/credit-lines.txt, regular expressions).
 */
import {foldText} from '../text/headline.js'
import {shippedEntries} from './data-files.js'

let residue: RegExp | undefined
let credits: RegExp[] | undefined

function globToSource(glob: string): string {
  return glob
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
}

const trailingMark = /[\s.:›»>…|-]/

/** The form residue patterns are matched against: folded, without trailing dots, colons, arrows or ellipses. */
function residueForm(text: string): string {
  const folded = foldText(text)
  // Stripped from the end backwards: a regex anchored at the end would try every run of white space in the line.
  let end = folded.length
  while (end > 0 && trailingMark.test(folded[end - 1]!)) end--
  return folded.slice(0, end)
}

/** Whether the whole line is CMS or scrape residue ("Advertisement", "Read more: …", "Share on Facebook"). */
export function isCmsResidue(text: string): boolean {
  residue ??= new RegExp(`^(?:${shippedEntries('cms-residue.txt').map(globToSource).join('|')})$`, 'u')
  return residue.test(residueForm(text))
}

/** Marks a credit pattern to match as written rather than ignoring case. */
const caseSensitive = '(?-i)'

/** Whether the line is a credit, contact, note or disclaimer a story may end with. */
export function isCreditLine(text: string): boolean {
  credits ??= shippedEntries('credit-lines.txt').map((source) =>
    source.startsWith(caseSensitive) ? new RegExp(source.slice(caseSensitive.length), 'u') : new RegExp(source, 'iu')
  )
  const collapsed = text.replace(/\s+/g, ' ').trim()
  return credits.some((pattern) => pattern.test(collapsed))
}
