/** Escaping for the XML formats (junit, checkstyle). */

// XML 1.0 forbids most control characters and unpaired surrogates even as
// character references; a message quoting pasted copy can contain them.
const notXmlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const references: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Kept as references so attribute values keep their line breaks and tabs.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;'
}

/** Text safe both as element content and inside a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(notXmlCharacter, '\uFFFD').replace(/[&<>"'\n\r\t]/g, (character) => references[character]!)
}

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>'
