/**
 * Messages as plain data, to cross from a worker thread (engine-worker.ts)
 * back to the file the engine reports on, and be rebuilt there with every
 * field a reporter, the exit code or a fix reads.
 */
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export interface TransferredMessage {
  reason: string
  place?: Point | Position
  ruleId?: string
  source?: string
  fatal?: boolean | null
  url?: string
  note?: string
  expected?: string[]
  actual?: string
}

export function toTransferred(message: VFileMessage): TransferredMessage {
  const {reason, place, ruleId, source, fatal, url, note, expected, actual} = message
  return {reason, place, ruleId, source, fatal, url, note, expected, actual}
}

/** Add `transferred` to `file`, as the rule that made it would have. */
export function restoreMessage(file: VFile, transferred: TransferredMessage): VFileMessage {
  const {reason, place, ruleId, source, ...rest} = transferred
  const message = file.message(reason, {place, ruleId, source})
  message.fatal = rest.fatal
  if (rest.url !== undefined) message.url = rest.url
  if (rest.note !== undefined) message.note = rest.note
  if (rest.expected !== undefined) message.expected = rest.expected
  if (rest.actual !== undefined) message.actual = rest.actual
  return message
}
