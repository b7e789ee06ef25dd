/**
 * unrelated-trailing-line — a line after the body that belongs to another
 * story, or CMS residue.
 *
 * Reads the lines after the last line of running prose upwards from the end
 * and reports each one that is
 * - CMS or scrape residue: "Advertisement", "Read more: …", "Related:",
 *   "Share on Facebook", "Continue reading the main story", "More from X:"
 *   (data/cms-residue.txt), or a headline listed under such a heading;
 * - a headline from another story: shaped like a headline, and with more
 *   evidence against its topic than for it — its rare words (names above all)
 *   are missing from the copy, while the common words it shares prove little
 *   in a long story. A video label ("Footage", "Watch:", "VIDEO:") raises the
 *   bar the line must clear to belong.
 * The search stops at the first credit, contact, correction, wire,
 * photo-credit, footnote or tweet-attribution line (data/credit-lines.txt),
 * and at the first line that belongs: a sentence such as a short kicker, a
 * lead-in ending in a colon, an item of the list such a lead-in announces, a
 * headline that shares its topic, a line with too few telling words to judge.
 * Lines above are never reported, so galleries and lists before a credit are
 * left alone.
 *
 * Why: a headline pasted under the wrong story, or a CMS leftover, is the kind
 * of error that embarrasses a newsroom once published; no sentence-level
 * checker sees it.
 *
 * Options:
 * - `minEvidence` (number, default 0): the on-topic evidence (a log-likelihood
 *   ratio) a headline-shaped line needs to belong; raise it to flag more, lower
 *   it to flag less. A line with a video label needs 3 more.
 *
 * @example Flagged (under a story about Colombia's intelligence sharing)
 *   … potentially crippling American surveillance capabilities in the region.
 *   Footage Charlie Kirk has been shot
 *
 * @example Left alone
 *   … potentially crippling American surveillance capabilities in the region.
 *   (Reporting by Luis Jaime Acosta; Editing by Tom Brown)
 */
import {isCmsResidue, isCreditLine} from '../lexicon/line-patterns.js'
import {isHeadlineShaped, splitLabel} from '../text/headline.js'
import {type Layout, type LayoutLine, layoutView, linesAfterBody} from '../text/layout.js'
import {findRepeats} from '../text/repeats.js'
import {relatedness} from '../text/topic.js'
import {defineRule, report} from './define.js'

export interface Options {
  minEvidence?: number
}

/** A line with fewer telling words says too little to judge ("Disney", "Yes."). */
const minTellingWords = 2
/** How much more on-topic evidence a line with a video label needs. */
const mediaLabelMargin = 3

/** Each line that repeats another, or is repeated, with the other lines of its group. */
function repeatGroups(layout: Layout): Map<LayoutLine, LayoutLine[]> {
  const groups = new Map<LayoutLine, LayoutLine[]>()
  for (const {line, original} of findRepeats(layout)) {
    const group = groups.get(original) ?? [original]
    group.push(line)
    groups.set(original, group)
    groups.set(line, group)
  }
  return groups
}

/**
 * The lead-in line ending in a colon that heads the run of headline-shaped
 * lines `line` belongs to, with the number of lines between them.
 */
function leadInAbove(layout: Layout, line: LayoutLine): {leadIn: LayoutLine; itemsBefore: number} | undefined {
  let index = line.index
  while (index > 0 && isHeadlineShaped(layout.lines[index - 1]!) && !isLeadIn(layout.lines[index - 1]!)) index--
  const leadIn = layout.lines[index - 1]
  return leadIn && isLeadIn(leadIn) ? {leadIn, itemsBefore: line.index - index} : undefined
}

function isLeadIn(line: LayoutLine): boolean {
  return line.text.trimEnd().endsWith(':')
}

function listed(words: readonly string[]): string {
  const quoted = words.map((word) => `“${word}”`)
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`
}

/**
 * Why `line` looks like part of another story; `undefined` when it may belong
 * or is not a headline at all (a sentence, a lead-in ending in a colon).
 */
function foreignReason(layout: Layout, line: LayoutLine, group: readonly LayoutLine[], minEvidence: number): string | undefined {
  const {label} = splitLabel(line.text)
  const media = label?.kind === 'media'
  if ((!isHeadlineShaped(line) && !media) || isLeadIn(line)) return undefined
  // The third item or later of a list its lead-in announces ("2020 tour dates:") is not a paste.
  if ((leadInAbove(layout, line)?.itemsBefore ?? 0) >= 2) return undefined
  const labelWords = label ? label.text.split(/\s+/).filter((part) => /\p{L}/u.test(part)).length : 0
  const {evidence, telling, unseen} = relatedness(layout, line, group, labelWords)
  if (telling < minTellingWords || evidence >= minEvidence + (media ? mediaLabelMargin : 0)) return undefined
  const what = media ? `a pasted video headline (“${label!.text.replace(/[\s:|–—-]+$/, '')}”)` : 'a headline'
  const evidenceText = unseen.length
    ? `${listed(unseen.slice(0, 3))} appear${unseen.length === 1 ? 's' : ''} nowhere else in the copy`
    : 'it shares almost nothing with the copy'
  return `This line after the story looks like ${what} from another story: ${evidenceText}`
}

export default defineRule<Options>(
  {
    id: 'unrelated-trailing-line',
    defaultSeverity: 'error',
    summary: 'A line after the body that belongs to another story, or CMS residue.',
    options: {minEvidence: 'number'}
  },
  (tree, file, options) => {
    const minEvidence = options?.minEvidence ?? 0
    const layout = layoutView(tree, file)
    const groups = repeatGroups(layout)
    // Read upwards from the last line: residue is reported and passed over;
    // the first credit line, or the first line that belongs, ends the search,
    // so lists and galleries above a credit are left alone.
    const found: Array<{line: LayoutLine; reason: string}> = []
    for (const line of linesAfterBody(layout).reverse()) {
      if (isCreditLine(line.text)) break
      if (isCmsResidue(line.text)) {
        found.push({line, reason: `“${line.text}” is CMS residue, not part of the story`})
        continue
      }
      const leadIn = leadInAbove(layout, line)?.leadIn
      if (leadIn && isCmsResidue(leadIn.text) && isHeadlineShaped(line)) {
        found.push({line, reason: `This line is listed under “${leadIn.text}”: a related link left by the CMS, not part of the story`})
        continue
      }
      const reason = foreignReason(layout, line, groups.get(line) ?? [], minEvidence)
      if (!reason) break
      found.push({line, reason})
    }
    for (const {line, reason} of found.reverse()) report(file, reason, line.start, line.end, {actual: line.text})
  }
)
