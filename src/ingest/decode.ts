/** Bytes to text: BOMs, UTF-16, declared charsets, strict UTF-8, and refusing binary files with a reason. */

import { SlantError } from '../core/errors.js';

/** How much of the start of a file the binary checks look at (as `file(1)` and git do). */
const SNIFF_BYTES = 8 * 1024;
/** Share of control characters above which a file is treated as binary rather than text. */
const MAX_CONTROL_SHARE = 0.3;

/** Known binary formats by their magic numbers, so the message can say what the file is and what to do. */
const MAGIC: ReadonlyArray<{ bytes: number[]; name: string; advice: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF', advice: 'extract its text first, e.g. `pdftotext FILE.pdf FILE.txt`' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or a DOCX/ODT/EPUB document)', advice: 'unpack it or convert it to text first, e.g. `pandoc FILE.docx -t plain -o FILE.txt`' },
  { bytes: [0x1f, 0x8b], name: 'gzip-compressed', advice: 'decompress it first, e.g. `gunzip FILE.gz`' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image', advice: 'run OCR on it first if it holds text' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image', advice: 'run OCR on it first if it holds text' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image', advice: 'leave it out' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'a legacy Office document', advice: 'save it as text or convert it, e.g. `antiword FILE.doc`' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], name: 'an SQLite database', advice: 'export the text column first' },
];

export interface DecodeOptions {
  /** Charset declared by the source (an HTTP `Content-Type`); UTF-8 when absent. */
  charset?: string | undefined;
}

/**
 * Decodes a file's bytes to a string. A UTF-8 BOM is dropped; a UTF-16 BOM selects UTF-16LE/BE; a
 * declared non-UTF-8 charset is honoured; otherwise the bytes must be valid UTF-8 (decoded with
 * `fatal: true`, never silently replaced). Throws SlantError `SLANT_INPUT_BINARY` for binary data
 * (a NUL byte in the first 8 KB, a known binary signature, or more than 30% control characters) and
 * `SLANT_INPUT_ENCODING` for invalid UTF-8 or UTF-16, naming the offset of the first bad byte.
 *
 * @example
 * decodeBytes(new TextEncoder().encode('café'), 'a.txt'); // 'café'
 */
export function decodeBytes(bytes: Uint8Array, source: string, options: DecodeOptions = {}): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le', source);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(swapBytes(bytes.subarray(2)), 'utf-16be', source);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  assertNotBinary(body, source);
  const charset = options.charset?.trim().toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    const legacy = legacyDecoder(charset);
    if (legacy) return legacy.encoding === 'windows-1252' ? fixWindows1252(legacy.decode(body)) : legacy.decode(body);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const offset = firstInvalidUtf8(body);
    throw new SlantError(
      'SLANT_INPUT_ENCODING',
      `not valid UTF-8 (first bad byte 0x${(body[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset}); ` +
        'save it as UTF-8 or convert it, e.g. `iconv -f windows-1252 -t utf-8 FILE > FILE.utf8.txt`',
      { source },
    );
  }
}

/**
 * Throws SLANT_INPUT_BINARY when the start of `bytes` looks like binary data rather than text.
 *
 * @example
 * assertNotBinary(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d]), 'a.pdf'); // throws: this is a PDF, not text; …
 */
export function assertNotBinary(bytes: Uint8Array, source: string): void {
  for (const magic of MAGIC) {
    if (magic.bytes.every((byte, i) => bytes[i] === byte)) {
      throw new SlantError('SLANT_INPUT_BINARY', `this is ${magic.name}, not text; ${magic.advice}`, { source });
    }
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  const nul = head.indexOf(0);
  if (nul !== -1) {
    throw new SlantError(
      'SLANT_INPUT_BINARY',
      `looks like a binary file (NUL byte at offset ${nul}); slant reads text, Markdown, HTML, JSON, CSV and RSS/Atom — convert it to one of those first`,
      { source },
    );
  }
  let control = 0;
  for (const byte of head) if (isControlByte(byte)) control += 1;
  if (head.length > 0 && control / head.length > MAX_CONTROL_SHARE) {
    throw new SlantError(
      'SLANT_INPUT_BINARY',
      `looks like a binary file (${Math.round((100 * control) / head.length)}% control characters in the first ${head.length} bytes); convert it to text first`,
      { source },
    );
  }
}

/**
 * Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (the
 * length when every byte does). Rejects overlong forms, surrogates and code points past U+10FFFF.
 *
 * @example
 * firstInvalidUtf8(Uint8Array.from([0x63, 0x61, 0x66, 0xe9])); // 3 (Latin-1 é)
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    let length: number;
    let min: number;
    if (byte < 0x80) {
      i += 1;
      continue;
    } else if (byte >= 0xc2 && byte <= 0xdf) [length, min] = [2, 0x80];
    else if (byte >= 0xe0 && byte <= 0xef) [length, min] = [3, 0x800];
    else if (byte >= 0xf0 && byte <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let code = byte & (0xff >> (length + 1));
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k] ?? 0;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}

function decodeUtf16(bytes: Uint8Array, label: string, source: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new SlantError(
      'SLANT_INPUT_ENCODING',
      `starts with a ${label.toUpperCase()} byte-order mark but is not valid ${label.toUpperCase()} (odd length or a broken surrogate pair); re-save it as UTF-8`,
      { source },
    );
  }
  let control = 0;
  const head = text.slice(0, SNIFF_BYTES);
  for (let i = 0; i < head.length; i += 1) if (isControlByte(head.charCodeAt(i))) control += 1;
  if (head.includes('\u0000') || (head.length > 0 && control / head.length > MAX_CONTROL_SHARE)) {
    throw new SlantError('SLANT_INPUT_BINARY', `looks like binary data behind a ${label.toUpperCase()} byte-order mark; convert it to text first`, { source });
  }
  return text;
}

/** Big-endian UTF-16 as little-endian, so one decoder (always present in Node) reads both. */
function swapBytes(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1] ?? 0;
  return swapped;
}

/**
 * WHATWG maps the labels latin1, iso-8859-1 and windows-1252 to windows-1252, whose bytes 0x80–0x9F
 * are curly quotes, dashes and the euro sign; some Node versions decode them as C1 controls
 * instead (nodejs/node#56542), so they are mapped here.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

function legacyDecoder(charset: string): { encoding: string; decode(input: Uint8Array): string } | undefined {
  try {
    return new TextDecoder(charset);
  } catch {
    return undefined;
  }
}

/** C0 controls other than tab, LF, VT, FF, CR and ESC (used by ANSI-coloured logs), plus DEL. */
function isControlByte(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1b) || code === 0x7f;
}
