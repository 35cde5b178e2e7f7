/**
 * Counting the terms of many term streams fast: an open-addressing table keyed by a 64-bit hash of
 * each term (two 32-bit hashes over its characters), so an occurrence costs a few integer
 * operations and one probe instead of building a string and looking it up in a `Map`. The string
 * of a term is built once, when the term is first seen. It is the `Counts` the streaming
 * comparison scores (src/ops/store-compare.ts).
 *
 * Two distinct terms share a key only if both 32-bit hashes collide: with ten million distinct
 * terms, about one chance in 200,000 that any pair does, and then the two count as one.
 */
import type { Counts } from './counts.js';
import { DEFAULT_NGRAM_MAX, type TermOptions } from './terms.js';

/** The term-stream marks (src/compare/terms.ts): a stop word, a clitic. */
const STOP = 1;
const CLITIC = 2;
const SPACE = 32;

/** FNV-1a over UTF-16 code units, and a second, differently mixed hash, continued character by character. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const SECOND_SEED = 0x9747b28c | 0;
const step1 = (h: number, c: number): number => Math.imul(h ^ c, FNV_PRIME);
const step2 = (h: number, c: number): number => {
  const x = Math.imul(h + c, 0x5bd1e995);
  return x ^ (x >>> 13);
};

/**
 * A term count table over 64-bit term hashes that bounds its own size: past `maxTerms` distinct
 * terms it drops every term counted at most k times, raising k until at most half the cap is left
 * (`total` keeps the dropped uses). A dropped term seen again is undercounted by at most the k of
 * each pruning it went through, so counts are exact until the first pruning (lossy counting,
 * Manku & Motwani 2002); terms that rare can neither pass `minCount` nor earn a high z.
 *
 * @example
 * const counts = new StreamCounts();
 * counts.addStream(termStream(parse('Lift the blockade. Lift it.')));
 * counts.get('lift'); // 2
 * counts.get('lift the blockade'); // 1
 */
export class StreamCounts implements Counts {
  /** Distinct terms dropped so far (a term dropped twice counts twice). */
  dropped = 0;
  /** The highest count ever dropped. */
  threshold = 0;
  private capacity = 1 << 12;
  private hashA = new Int32Array(this.capacity);
  private hashB = new Int32Array(this.capacity);
  private counts = new Int32Array(this.capacity);
  /** Index into `strings` of each slot's term. */
  private slotTerm = new Int32Array(this.capacity);
  /** Terms in the order first seen; a pruned term's entry is left empty. */
  private strings: string[] = [];
  private used = 0;
  private sum = 0;
  // Per line: where each unit starts and ends in the stream, and its mark (0, STOP or CLITIC).
  private unitStart = new Int32Array(64);
  private unitEnd = new Int32Array(64);
  private unitMark = new Uint8Array(64);

  constructor(readonly maxTerms = Number.MAX_SAFE_INTEGER) {
    if (!Number.isInteger(maxTerms) || maxTerms < 2) throw new RangeError(`maxTerms must be a whole number of at least 2, got ${maxTerms}`);
  }

  get total(): number {
    return this.sum;
  }

  get size(): number {
    return this.used;
  }

  get(term: string): number {
    let a = FNV_OFFSET;
    let b = SECOND_SEED;
    for (let i = 0; i < term.length; i += 1) {
      const c = term.charCodeAt(i);
      a = step1(a, c);
      b = step2(b, c);
    }
    const slot = this.find(a, b);
    return slot < 0 ? 0 : (this.counts[slot] as number);
  }

  *terms(): Iterable<string> {
    for (const term of this.strings) if (term !== '') yield term;
  }

  /**
   * Adds the terms of one term stream, exactly the keys and counts `countTermStream` adds; returns
   * the number of term occurrences added.
   */
  addStream(stream: string, options: TermOptions = {}): number {
    const ngramMax = options.ngramMax ?? DEFAULT_NGRAM_MAX;
    if (!Number.isInteger(ngramMax) || ngramMax < 1) throw new RangeError(`ngramMax must be a whole number of at least 1, got ${ngramMax}`);
    let added = 0;
    let at = stream.indexOf('\n');
    if (at < 0) return 0;
    at += 1;
    while (at <= stream.length) {
      let end = stream.indexOf('\n', at);
      if (end < 0) end = stream.length;
      added += this.addLine(stream, at, end, ngramMax);
      at = end + 1;
    }
    return added;
  }

  /** Splits one line into units, then counts every term that starts at an edge unit. */
  private addLine(stream: string, from: number, to: number, ngramMax: number): number {
    let n = 0;
    let start = from;
    for (let i = from; i <= to; i += 1) {
      if (i < to && stream.charCodeAt(i) !== SPACE) continue;
      if (i > start) {
        if (n === this.unitStart.length) this.growUnits();
        const mark = stream.charCodeAt(start);
        const marked = mark === STOP || mark === CLITIC;
        this.unitMark[n] = marked ? mark : 0;
        this.unitStart[n] = marked ? start + 1 : start;
        this.unitEnd[n] = i;
        n += 1;
      }
      start = i + 1;
    }
    let added = 0;
    for (let u = 0; u < n; u += 1) {
      if (this.unitMark[u] !== 0) continue;
      let a = FNV_OFFSET;
      let b = SECOND_SEED;
      for (let v = u; v < n && v - u < ngramMax; v += 1) {
        const mark = this.unitMark[v] as number;
        if (v > u && mark !== CLITIC) {
          a = step1(a, SPACE);
          b = step2(b, SPACE);
        }
        for (let i = this.unitStart[v] as number, e = this.unitEnd[v] as number; i < e; i += 1) {
          const c = stream.charCodeAt(i);
          a = step1(a, c);
          b = step2(b, c);
        }
        if (mark === 0) {
          this.addKey(a, b, stream, u, v);
          added += 1;
        }
      }
    }
    return added;
  }

  private addKey(a: number, b: number, stream: string, from: number, to: number): void {
    this.sum += 1;
    const mask = this.capacity - 1;
    let slot = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      const count = this.counts[slot] as number;
      if (count === 0) break;
      if (this.hashA[slot] === a && this.hashB[slot] === b) {
        this.counts[slot] = count + 1;
        return;
      }
      slot = (slot + 1) & mask;
    }
    this.hashA[slot] = a;
    this.hashB[slot] = b;
    this.counts[slot] = 1;
    this.slotTerm[slot] = this.strings.push(this.termOf(stream, from, to)) - 1;
    this.used += 1;
    if (this.used > this.maxTerms) this.prune();
    else if (this.used * 2 > this.capacity) this.rehash(this.capacity * 2, 0);
  }

  /** The term string of units `from`–`to` of the current line, as `countTermStream` keys it. */
  private termOf(stream: string, from: number, to: number): string {
    let key = stream.slice(this.unitStart[from], this.unitEnd[from]);
    for (let v = from + 1; v <= to; v += 1) {
      const unit = stream.slice(this.unitStart[v], this.unitEnd[v]);
      key += this.unitMark[v] === CLITIC ? unit : ` ${unit}`;
    }
    return key;
  }

  private find(a: number, b: number): number {
    const mask = this.capacity - 1;
    let slot = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      if (this.counts[slot] === 0) return -1;
      if (this.hashA[slot] === a && this.hashB[slot] === b) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** Moves every term counted more than `keepAbove` times into a table of `capacity` slots. */
  private rehash(capacity: number, keepAbove: number): void {
    const { hashA, hashB, counts, slotTerm } = this;
    this.capacity = capacity;
    this.hashA = new Int32Array(capacity);
    this.hashB = new Int32Array(capacity);
    this.counts = new Int32Array(capacity);
    this.slotTerm = new Int32Array(capacity);
    this.used = 0;
    const mask = capacity - 1;
    for (let old = 0; old < counts.length; old += 1) {
      const count = counts[old] as number;
      if (count === 0) continue;
      if (count <= keepAbove) {
        this.strings[slotTerm[old] as number] = '';
        continue;
      }
      const a = hashA[old] as number;
      const b = hashB[old] as number;
      let slot = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
      while (this.counts[slot] !== 0) slot = (slot + 1) & mask;
      this.hashA[slot] = a;
      this.hashB[slot] = b;
      this.counts[slot] = count;
      this.slotTerm[slot] = slotTerm[old] as number;
      this.used += 1;
    }
  }

  /** Drops the rarest terms until at most half of `maxTerms` are left (see the class comment). */
  private prune(): void {
    const before = this.used;
    let k = 0;
    const histogram = new Map<number, number>();
    for (const count of this.counts) if (count !== 0) histogram.set(count, (histogram.get(count) ?? 0) + 1);
    let left = this.used;
    while (left > this.maxTerms / 2) {
      k += 1;
      left -= histogram.get(k) ?? 0;
    }
    this.rehash(this.capacity, k);
    this.dropped += before - this.used;
    this.threshold = Math.max(this.threshold, k);
    // Terms of pruned slots stay out of `terms()`; compact the list now and then so it does not grow without bound.
    if (this.strings.length > 4 * Math.max(this.used, 1024)) this.compact();
  }

  private compact(): void {
    const kept: string[] = [];
    const remap = new Map<number, number>();
    this.strings.forEach((term, i) => {
      if (term === '') return;
      remap.set(i, kept.length);
      kept.push(term);
    });
    for (let slot = 0; slot < this.capacity; slot += 1) if (this.counts[slot] !== 0) this.slotTerm[slot] = remap.get(this.slotTerm[slot] as number) as number;
    this.strings = kept;
  }

  private growUnits(): void {
    const size = this.unitStart.length * 2;
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const mark = new Uint8Array(size);
    start.set(this.unitStart);
    end.set(this.unitEnd);
    mark.set(this.unitMark);
    this.unitStart = start;
    this.unitEnd = end;
    this.unitMark = mark;
  }
}
