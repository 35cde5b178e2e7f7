/** An in-memory index of 64-bit SimHashes that finds the closest earlier near-duplicate by Hamming distance. */

/** A SimHash as the store receives it: 64 bits written as 16 hexadecimal digits. */
const SIMHASH_PATTERN = /^[0-9a-fA-F]{16}$/;

/** Hex digits in a 64-bit SimHash; blocks of the pigeonhole index are made of whole hex digits. */
const NIBBLES = 16;

/** The two 32-bit halves of a 64-bit SimHash (JavaScript bit operators work on 32 bits). */
export interface SimhashHalves {
  hi: number;
  lo: number;
}

/**
 * True when `value` is a SimHash the store can compare: exactly 16 hex digits.
 *
 * @example
 * isSimhash('00ff00ff00ff00ff'); // true
 * isSimhash('xyz'); // false
 */
export function isSimhash(value: string): boolean {
  return SIMHASH_PATTERN.test(value);
}

/**
 * Splits a 16-hex-digit SimHash into two unsigned 32-bit halves.
 *
 * @example
 * parseSimhash('00000001ffffffff'); // { hi: 1, lo: 4294967295 }
 */
export function parseSimhash(hex: string): SimhashHalves {
  if (!isSimhash(hex)) throw new RangeError(`a SimHash is 16 hex digits, got "${hex}"`);
  return { hi: Number.parseInt(hex.slice(0, 8), 16) >>> 0, lo: Number.parseInt(hex.slice(8), 16) >>> 0 };
}

/**
 * Number of set bits in a 32-bit integer (the SWAR method from Hacker's Delight, 5-2).
 *
 * @example
 * popcount32(0b1011); // 3
 */
export function popcount32(value: number): number {
  let x = value >>> 0;
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Hamming distance between two 64-bit SimHashes, from their halves.
 *
 * @example
 * hammingHalves(parseSimhash('0000000000000000'), parseSimhash('8000000000000001')); // 2
 */
export function hammingHalves(a: SimhashHalves, b: SimhashHalves): number {
  return popcount32(a.hi ^ b.hi) + popcount32(a.lo ^ b.lo);
}

/**
 * Hamming distance between two SimHashes written as 16 hex digits.
 *
 * @example
 * hammingDistance('ffffffffffffffff', 'fffffffffffffff0'); // 4
 */
export function hammingDistance(a: string, b: string): number {
  return hammingHalves(parseSimhash(a), parseSimhash(b));
}

/** The closest indexed document to a SimHash. */
export interface NearestMatch {
  id: string;
  distance: number;
}

/**
 * Finds, for a new SimHash, the closest indexed one within `maxDistance` bits.
 *
 * Lookup follows Manku, Jain & Das Sarma (2007), "Detecting near-duplicates for web crawling": the 64
 * bits are cut into `maxDistance + 1` blocks, so two hashes at most `maxDistance` bits apart agree
 * exactly on at least one block (pigeonhole). Only documents sharing a block are compared, which keeps an
 * add at a handful of comparisons instead of a scan of every stored hash. Blocks are whole hex digits,
 * so this works up to 15 bits; a larger distance falls back to comparing with every entry.
 * Ties go to the entry added first, so the index must be filled in insertion order.
 *
 * @example
 * const index = new SimhashIndex(3);
 * index.add('a', '0123456789abcdef');
 * index.nearest('0123456789abcdee'); // { id: 'a', distance: 1 }
 */
export class SimhashIndex {
  readonly maxDistance: number;
  /** Hex-digit boundaries of the blocks, `[start, end)` each; empty when the index scans everything. */
  private readonly blocks: Array<[number, number]>;
  /** Block value (prefixed with the block number) → slots of the entries that have it. */
  private readonly buckets = new Map<string, number[]>();
  private readonly his: number[] = [];
  private readonly los: number[] = [];
  /** Entry id by slot; `undefined` once removed. Slots grow in insertion order. */
  private readonly ids: Array<string | undefined> = [];
  private readonly hexes: string[] = [];
  private readonly slotById = new Map<string, number>();

  constructor(maxDistance: number) {
    if (!Number.isInteger(maxDistance) || maxDistance < 0 || maxDistance > 64) {
      throw new RangeError(`the near-duplicate distance is a whole number of bits from 0 to 64, got ${maxDistance}`);
    }
    this.maxDistance = maxDistance;
    const count = maxDistance + 1;
    this.blocks = [];
    if (count <= NIBBLES) {
      for (let b = 0; b < count; b += 1) {
        this.blocks.push([Math.floor((NIBBLES * b) / count), Math.floor((NIBBLES * (b + 1)) / count)]);
      }
    }
  }

  /** Number of entries currently indexed. */
  get size(): number {
    return this.slotById.size;
  }

  /** Indexes a SimHash under an id; an id added again replaces its earlier entry. */
  add(id: string, simhash: string): void {
    const halves = parseSimhash(simhash);
    this.remove(id);
    const hex = simhash.toLowerCase();
    const slot = this.ids.length;
    this.ids.push(id);
    this.his.push(halves.hi);
    this.los.push(halves.lo);
    this.hexes.push(hex);
    this.slotById.set(id, slot);
    for (const key of this.blockKeys(hex)) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, [slot]);
      else bucket.push(slot);
    }
  }

  /** Removes an id; false when it was not indexed. */
  remove(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    this.slotById.delete(id);
    this.ids[slot] = undefined;
    for (const key of this.blockKeys(this.hexes[slot] ?? '')) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) continue;
      const at = bucket.indexOf(slot);
      if (at >= 0) bucket.splice(at, 1);
      if (bucket.length === 0) this.buckets.delete(key);
    }
    return true;
  }

  /** The closest entry within `maxDistance` bits (the earliest added on ties), or undefined. */
  nearest(simhash: string): NearestMatch | undefined {
    const target = parseSimhash(simhash);
    let bestSlot = -1;
    let bestDistance = this.maxDistance + 1;
    const consider = (slot: number): void => {
      if (this.ids[slot] === undefined) return;
      const distance = popcount32(target.hi ^ (this.his[slot] ?? 0)) + popcount32(target.lo ^ (this.los[slot] ?? 0));
      if (distance < bestDistance || (distance === bestDistance && slot < bestSlot)) {
        bestSlot = slot;
        bestDistance = distance;
      }
    };
    if (this.blocks.length === 0) {
      for (let slot = 0; slot < this.ids.length; slot += 1) consider(slot);
    } else {
      for (const key of this.blockKeys(simhash.toLowerCase())) {
        for (const slot of this.buckets.get(key) ?? []) consider(slot);
      }
    }
    const id = bestSlot < 0 ? undefined : this.ids[bestSlot];
    return id === undefined ? undefined : { id, distance: bestDistance };
  }

  private blockKeys(hex: string): string[] {
    return this.blocks.map(([start, end], b) => `${b}:${hex.slice(start, end)}`);
  }
}
