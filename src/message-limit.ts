/**
 * At most `maxMessagesPerRule` messages from one rule in one file, then one
 * message, where the first left out would have been, saying it stopped. Real
 * copy stays far below (~3 a thousand words from the busiest rule);
 * thousands mean a table, a list or a log checked by mistake, where every
 * further message only buries the report (500,000 lines of "a" gave 499,999).
 *
 * Applied after comment control, so messages in a region an editor has
 * switched off (often the very table that floods) do not use up the rule's
 * share of the rest.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export const maxMessagesPerRule = 1000

function stopMessage(file: VFile, firstLeftOut: VFileMessage): VFileMessage {
  const count = maxMessagesPerRule.toLocaleString('en-US')
  const message = file.message(
    `Stopped after ${count} messages of this rule in this file, which usually means a table, a list or a log rather than copy; later ones are not reported`,
    {place: firstLeftOut.place, ruleId: firstLeftOut.ruleId, source: firstLeftOut.source}
  )
  message.fatal = firstLeftOut.fatal
  message.url = firstLeftOut.url
  return message
}

export function limitMessagesPerRule() {
  return (_tree: Root, file: VFile) => {
    const counts = new Map<string, number>()
    const kept: VFileMessage[] = []
    const leftOut: VFileMessage[] = []
    for (const message of file.messages) {
      const count = message.ruleId ? (counts.get(message.ruleId) ?? 0) + 1 : 0
      if (message.ruleId) counts.set(message.ruleId, count)
      if (count <= maxMessagesPerRule) kept.push(message)
      else if (count === maxMessagesPerRule + 1) leftOut.push(message)
    }
    if (leftOut.length === 0) return
    file.messages = kept
    for (const message of leftOut) stopMessage(file, message)
  }
}
