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

// Thousands separated by hand: toLocaleString at load would bring in ICU's number formats, ~7 MB and ~10 ms of every start.
const stopReason = `Stopped after ${String(maxMessagesPerRule).replace(/\B(?=(\d{3})+$)/g, ',')} messages of this rule in this file`

/**
 * Whether `message` is the notice that a rule stopped. Filters that run
 * later (--changed, --baseline) keep it, or a cut would go unsaid. Known by
 * its words, which survive the trip from a worker thread as they are.
 */
export function isMessageLimitNotice(message: VFileMessage): boolean {
  return message.source === 'newslint' && message.reason.startsWith(stopReason)
}

function stopMessage(file: VFile, firstLeftOut: VFileMessage): VFileMessage {
  const message = file.message(
    `${stopReason}, which usually means a table, a list or a log rather than copy; later ones are not reported`,
    {place: firstLeftOut.place, ruleId: firstLeftOut.ruleId, source: firstLeftOut.source}
  )
  message.fatal = firstLeftOut.fatal
  message.url = firstLeftOut.url
  return message
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

export function limitMessagesPerRule() {
  return (_tree: Root, file: VFile) => {
    const byRule = new Map<string, VFileMessage[]>()
    for (const message of file.messages) {
      if (!message.ruleId) continue
      const messages = byRule.get(message.ruleId)
      if (messages) messages.push(message)
      else byRule.set(message.ruleId, [message])
    }
    const leftOut = new Set<VFileMessage>()
    const firstsLeftOut: VFileMessage[] = []
    for (const messages of byRule.values()) {
      if (messages.length <= maxMessagesPerRule) continue
      // The first in the copy, whatever order the rule reported in.
      const ordered = messages.toSorted(byPlace)
      for (let index = maxMessagesPerRule; index < ordered.length; index++) leftOut.add(ordered[index]!)
      firstsLeftOut.push(ordered[maxMessagesPerRule]!)
    }
    if (leftOut.size === 0) return
    file.messages = file.messages.filter((message) => !leftOut.has(message))
    for (const message of firstsLeftOut) stopMessage(file, message)
  }
}
