/** 64-bit SimHash fingerprints of word shingles, and the Hamming distance between two of them. */

import { SlantError } from './errors.js';

/** Words per shingle: 3-shingles keep word order without making one edit touch too many features. */
const SHINGLE = 3;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const HEX64 = /^[0-9a-f]{16}$/i;

/**
 * Charikar's SimHash (Charikar 2002, "Similarity estimation techniques from rounding algorithms")
 * over lower-cased word 3-shingles, each weighted by how often it occurs. Texts that share most
 * shingles get fingerprints that differ in few bits; Manku, Jain & Das Sarma (2007, "Detecting
 * near-duplicates for web crawling") treat a Hamming distance of at most 3 as a near-duplicate web
 * page. Texts with fewer than three words hash their words as one shingle; an empty text hashes to 0.
 *
 * @example
 * simhash('The quick brown fox jumps over the lazy dog'); // 16 hex digits, e.g. 'a3f1…'
 */
export function simhash(text: string): string {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length === 0) return '0'.repeat(16);
  // Hash each word once (two independent 32-bit hashes = 64 bits), then combine three word hashes
  // per shingle: this avoids building a string for every shingle.
  const high = new Uint32Array(words.length);
  const low = new Uint32Array(words.length);
  words.forEach((word, i) => {
    high[i] = hash32(word, 0x811c9dc5);
    low[i] = hash32(word, 0x9747b28c);
  });
  const ones = new Uint32Array(64);
  let shingles = 0;
  const add = (a: number, b: number, c: number, hashes: Uint32Array, offset: number): void => {
    const h = fmix32((Math.imul(hashes[a] ?? 0, 0x9e3779b1) + Math.imul(hashes[b] ?? 0, 0x85ebca77) + (hashes[c] ?? 0)) >>> 0);
    for (let bit = 0; bit < 32; bit += 1) ones[offset + bit] = (ones[offset + bit] ?? 0) + ((h >>> bit) & 1);
  };
  const count = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < count; i += 1) {
    // Texts shorter than a shingle hash their words (repeated to three) as one shingle.
    const b = Math.min(i + 1, words.length - 1);
    const c = Math.min(i + 2, words.length - 1);
    add(i, b, c, high, 0);
    add(i, b, c, low, 32);
    shingles += 1;
  }
  let upper = 0;
  let lower = 0;
  for (let bit = 0; bit < 32; bit += 1) {
    // A bit is set when more than half the shingles set it (Charikar's sign of the summed ±1 weights).
    if (2 * (ones[bit] ?? 0) > shingles) upper |= 1 << bit;
    if (2 * (ones[bit + 32] ?? 0) > shingles) lower |= 1 << bit;
  }
  return hex32(upper) + hex32(lower);
}

/**
 * Number of differing bits between two fingerprints of the same length given as hex strings
 * (SimHash values from {@link simhash}). Throws SLANT_DATA_INVALID for anything that is not two
 * equal-length hex strings.
 *
 * @example
 * hammingDistance('000000000000000f', '0000000000000001'); // 3
 */
export function hammingDistance(a: string, b: string): number {
  if (a.length !== b.length || !/^[0-9a-f]*$/i.test(a) || !/^[0-9a-f]*$/i.test(b)) {
    throw new SlantError(
      'SLANT_DATA_INVALID',
      `expected two hex fingerprints of equal length, got '${a}' and '${b}'; pass values produced by simhash()`,
    );
  }
  let distance = 0;
  for (let i = 0; i < a.length; i += 1) {
    let x = Number.parseInt(a[i] ?? '0', 16) ^ Number.parseInt(b[i] ?? '0', 16);
    while (x !== 0) {
      distance += x & 1;
      x >>>= 1;
    }
  }
  return distance;
}

/**
 * Whether a value is a 64-bit SimHash in slant's form (16 hex digits).
 *
 * @example
 * isSimhash('a3f1c0de12345678'); // true
 */
export function isSimhash(value: string): boolean {
  return HEX64.test(value);
}

/** FNV-1a over UTF-16 code units, finished with MurmurHash3's fmix32 so every output bit avalanches. */
function hash32(value: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < value.length; i += 1) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** MurmurHash3's 32-bit finalizer. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}
