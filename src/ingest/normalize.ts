/** Text normalization and document ids: the one place that decides what the stored text is. */

import { createHash } from 'node:crypto';

/**
 * Normalizes raw text into the form slant stores and every offset points into: BOM stripped, line
 * breaks unified to LF (CRLF, CR, U+2028/2029, and the vertical tab, form feed and NEL control
 * characters, which separate lines or pages and would glue words together if dropped), other C0/C1
 * control characters except tab removed, Unicode NFC, trailing spaces and tabs cut from every line,
 * runs of three or more newlines collapsed to one blank line, the whole trimmed. Everything else
 * (non-breaking spaces, curly quotes, emoji, zero-width joiners) is kept exactly. Idempotent.
 *
 * @example
 * normalizeText('\uFEFFTitle  \r\n\r\n\r\n\r\nBody\u0007 text '); // 'Title\n\nBody text'
 */
export function normalizeText(raw: string): string {
  return (
    raw
      .replace(/^\uFEFF/, '')
      // eslint-disable-next-line no-control-regex -- VT and FF are line breaks here
      .replace(/\r\n?|[\u2028\u2029\u000B\u000C\u0085]/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g, '')
      // NFC after removal, so a combining mark that followed a control character composes too.
      .normalize('NFC')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/**
 * A document's id: the first 16 hex digits of the SHA-256 of its normalized text, so the same text
 * gets the same id wherever it came from.
 *
 * @example
 * documentId('Hello'); // '185f8db32271fe25'
 */
export function documentId(normalizedText: string): string {
  return createHash('sha256').update(normalizedText, 'utf8').digest('hex').slice(0, 16);
}
