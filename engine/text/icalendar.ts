/**
 * The pieces of iCalendar (RFC 5545) both calendar files use: the usager's démarches
 * built in the widget, and the callback appointment served by the server.
 * Isomorphic: no Node-only API (TextEncoder, not Buffer).
 * @module
 */

/** TEXT escaping (§3.3.11). */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

const encoder = new TextEncoder()

/** Folds a content line into chunks of at most 75 octets (§3.1) without splitting a UTF-8 character. */
export function foldIcsLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const bytes = encoder.encode(char).length
    // Continuation lines start with a space, which counts in their 75 octets.
    if (size + bytes > (parts.length ? 74 : 75)) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += char
    size += bytes
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** An instant as a UTC DATE-TIME (`20261125T080000Z`). */
export function icsUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/** Content lines joined with CRLF, each folded, with the final CRLF. */
export function icsLines(lines: readonly string[]): string {
  return lines.map(foldIcsLine).join('\r\n') + '\r\n'
}
