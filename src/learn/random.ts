/** A small seeded pseudo-random generator, so that folds and sampling come out the same for a seed. */

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit generator, fast and good enough for
 * shuffling and sampling. Returns a function giving floats in [0, 1).
 *
 * @example
 * const next = seededRandom(7); next(); // the same number on every run
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fisher–Yates shuffle of a copy of `items`, driven by `seed`.
 *
 * @example
 * shuffled(['a', 'b', 'c'], 1); // a fixed permutation for seed 1
 */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const next = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
