/** The input formats newslint reads, and how a file name selects one. */
export type Format = 'text' | 'markdown' | 'html'

export const formats: readonly Format[] = ['text', 'markdown', 'html']

const formatByExtension: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html'
}

/** Extensions the CLI expands folders to (without the dot, as unified-engine wants). */
export const supportedExtensions = Object.keys(formatByExtension).map((extension) => extension.slice(1))

export function formatForPath(path: string | undefined): Format {
  const match = path ? /\.[^./\\]+$/.exec(path.toLowerCase()) : null
  return (match && formatByExtension[match[0]]) || 'text'
}

export function isFormat(value: string): value is Format {
  return (formats as readonly string[]).includes(value)
}
