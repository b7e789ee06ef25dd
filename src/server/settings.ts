/**
 * The server's own settings, from `initializationOptions` or a
 * `workspace/didChangeConfiguration` push, either bare or under a `newslint`
 * section: `{"newslint": {"debounceMs": 150}}`. What to check and how is
 * not here: that is `.retextrc.json`, shared with the CLI.
 */
export interface ServerSettings {
  /** Quiet time after the last keystroke before a document is checked. */
  debounceMs: number
}

export const defaultSettings: ServerSettings = {debounceMs: 150}

const maxDebounceMs = 10_000

function section(raw: unknown): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null) return {}
  const record = raw as Record<string, unknown>
  const nested = record.newslint
  return typeof nested === 'object' && nested !== null ? (nested as Record<string, unknown>) : record
}

/** Settings from `raw` over `current`; values of the wrong type are ignored. */
export function readSettings(raw: unknown, current: ServerSettings): ServerSettings {
  const {debounceMs} = section(raw)
  const valid = typeof debounceMs === 'number' && Number.isFinite(debounceMs) && debounceMs >= 0
  return {...current, debounceMs: valid ? Math.min(debounceMs, maxDebounceMs) : current.debounceMs}
}
