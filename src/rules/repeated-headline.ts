/**
 * repeated-headline — a headline, or a headline-like line, that appears again.
 *
 * Catches a headline pasted twice, the headline repeated as the first
 * paragraph, and the headline repeated at the end: exactly, after folding case,
 * punctuation and white space, without a CMS label ("Footage", "Watch:",
 * "VIDEO:", "BREAKING:"), or nearly (a typo, a changed word, reordered words).
 * A headline-like line is a heading, the first line, or a short line without
 * sentence-final punctuation (or in title case).
 *
 * Why: a repeated headline is a paste error readers notice at once; when one
 * copy carries a "Footage" label it usually means a video headline from
 * another story slipped in twice.
 *
 * Never reported: lines whose numbers differ ("Oct. 9 -- …" / "Oct. 10 -- …"),
 * lines where only one side is negated ("has been shot" / "has not been shot"),
 * and structural lines shorter than three words ("Advertisement", "Q:",
 * bullets) or ending in a colon (list labels).
 *
 * The message sits on the later line and names the earlier line's number.
 *
 * Options: none.
 *
 * @example Flagged (line 9 repeats line 8)
 *   Footage Charlie Kirk has been shot
 *   Charlie Kirk has been shot
 *
 * @example Left alone (the numbers differ)
 *   Storm leaves 3 dead in Texas
 *   Storm leaves 5 dead in Texas
 */
import {layoutView, linesAfterBody} from '../text/layout.js'
import {findRepeats} from '../text/repeats.js'
import {defineRule, report} from './define.js'

const quoteLimit = 60

function quoted(text: string): string {
  return `“${text.length > quoteLimit ? `${text.slice(0, quoteLimit - 1).trimEnd()}…` : text}”`
}

export default defineRule(
  {id: 'repeated-headline', defaultSeverity: 'error', summary: 'A headline or headline-like line that appears again, exactly or nearly.'},
  (tree, file) => {
    const layout = layoutView(tree, file)
    const afterBody = new Set(linesAfterBody(layout))
    for (const {line, original} of findRepeats(layout)) {
      // Inside the body only a repeat of the headline counts: other lines that
      // recur there are the story's own structure (table headers, list labels).
      if (original.index !== 0 && !afterBody.has(line)) continue
      report(
        file,
        `This line repeats line ${original.line} (${quoted(original.text)}); keep one of them`,
        line.start,
        line.end,
        {actual: line.text}
      )
    }
  }
)
