import { describe, expect, it } from 'vitest';
import type { ErrorCode, SlantError } from '../core/errors.js';
import { decodeBytes, firstInvalidUtf8 } from './decode.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = code & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = code >> 8;
  }
  return out;
}

function errorOf(run: () => unknown): SlantError {
  try {
    run();
  } catch (error) {
    return error as SlantError;
  }
  throw new Error('expected a SlantError');
}

describe('decodeBytes', () => {
  it.each([
    ['plain UTF-8', utf8('café “quoted” 🌊'), 'café “quoted” 🌊'],
    ['UTF-8 with BOM (BOM dropped)', bytes(0xef, 0xbb, 0xbf, 0x68, 0x69), 'hi'],
    ['UTF-16LE with BOM', utf16('Hé 𝄞', false), 'Hé 𝄞'],
    ['UTF-16BE with BOM', utf16('Hé 𝄞', true), 'Hé 𝄞'],
    ['empty', new Uint8Array(0), ''],
    ['tabs, CRLF, form feeds and ANSI escapes are text', utf8('a\tb\r\n\fc\u001b[1md'), 'a\tb\r\n\fc\u001b[1md'],
  ])('decodes %s', (_name, input, expected) => {
    expect(decodeBytes(input, 'x')).toBe(expected);
  });

  it('honours a declared legacy charset', () => {
    expect(decodeBytes(bytes(0x63, 0x61, 0x66, 0xe9), 'x', { charset: 'ISO-8859-1' })).toBe('café');
    expect(decodeBytes(bytes(0x93, 0x68, 0x69, 0x94), 'x', { charset: 'windows-1252' })).toBe('“hi”');
  });

  it('falls back to strict UTF-8 for an unknown charset label', () => {
    expect(decodeBytes(utf8('ok'), 'x', { charset: 'no-such-charset' })).toBe('ok');
    expect(errorOf(() => decodeBytes(bytes(0xe9), 'x', { charset: 'no-such-charset' })).code).toBe('SLANT_INPUT_ENCODING');
  });

  it.each<[string, Uint8Array, ErrorCode, RegExp]>([
    ['a NUL byte', bytes(0x61, 0x62, 0x00, 0x63), 'SLANT_INPUT_BINARY', /NUL byte at offset 2/],
    ['mostly control bytes', bytes(...Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? 0x01 : 0x61))), 'SLANT_INPUT_BINARY', /50% control characters/],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'SLANT_INPUT_BINARY', /PDF.*pdftotext/],
    ['a ZIP/DOCX', bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'SLANT_INPUT_BINARY', /ZIP archive/],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), 'SLANT_INPUT_BINARY', /PNG image/],
    ['Latin-1 bytes', bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b), 'SLANT_INPUT_ENCODING', /0xe9 at offset 3.*iconv/],
    ['a truncated sequence at the end', bytes(0x61, 0xe2, 0x82), 'SLANT_INPUT_ENCODING', /offset 1/],
    ['an overlong encoding', bytes(0xc0, 0xaf), 'SLANT_INPUT_ENCODING', /offset 0/],
    ['a UTF-8 encoded surrogate', bytes(0x61, 0xed, 0xa0, 0x80), 'SLANT_INPUT_ENCODING', /offset 1/],
    ['UTF-16LE with an odd byte count', bytes(0xff, 0xfe, 0x61, 0x00, 0x62), 'SLANT_INPUT_ENCODING', /UTF-16LE/],
    ['UTF-16LE with a lone surrogate', bytes(0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00), 'SLANT_INPUT_ENCODING', /surrogate/],
    ['UTF-16 holding binary data', bytes(0xff, 0xfe, 0x00, 0x00, 0x01, 0x00), 'SLANT_INPUT_BINARY', /byte-order mark/],
  ])('refuses %s', (_name, input, code, message) => {
    const error = errorOf(() => decodeBytes(input, 'in.txt'));
    expect(error.code).toBe(code);
    expect(error.source).toBe('in.txt');
    expect(error.message).toMatch(message);
  });

  it('only looks at the first 8 KB for NUL bytes', () => {
    const late = new Uint8Array(9000).fill(0x61);
    late[8500] = 0;
    // A late NUL is a control character, dropped later by normalization, not a reason to refuse.
    expect(decodeBytes(late, 'x')).toHaveLength(9000);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [utf8('plain ascii'), 11],
    [utf8('ü€𝄞'), 9],
    [bytes(0x80), 0],
    [bytes(0x61, 0xf5, 0x80, 0x80, 0x80), 1],
    [bytes(0x61, 0x62, 0xc3), 2],
    [bytes(0xe0, 0x80, 0x80), 0],
    [bytes(0xf4, 0x90, 0x80, 0x80), 0],
  ])('%#: first bad offset %i (length when valid)', (input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });
});
