/** Pair numbers: consecutive numbers for pairs of integers, in an open-addressing table of typed arrays. */

/** Numbers pairs of non-negative 32-bit integers in order of first sight: 0, 1, 2… */
export interface PairNumbers {
  /** The number of the pair `(a, b)`: the next unused number the first time the pair is seen. */
  number(a: number, b: number): number;
  /** Forgets every pair, so numbers start again at 0 (only the slots used are cleared). */
  clear(): void;
}

/**
 * A pair table, meant to be reused: repetition counting numbers a few hundred (phrase, next lemma)
 * pairs per document and length, and inserting them into a fresh `Map` per document was the
 * largest part of its cost. Linear probing over parallel typed arrays needs no allocation once the
 * table has grown to fit a document.
 *
 * @example
 * const pairs = createPairNumbers();
 * pairs.number(7, 3); // 0
 * pairs.number(2, 9); // 1
 * pairs.number(7, 3); // 0
 */
export function createPairNumbers(): PairNumbers {
  let capacity = 1024;
  let firsts = new Int32Array(capacity);
  let seconds = new Int32Array(capacity);
  // The pair's number, or -1 for a free slot.
  let numbers = new Int32Array(capacity).fill(-1);
  // Slots in use, in the order of their numbers.
  let used: number[] = [];

  const slotOf = (a: number, b: number): number => {
    const mask = capacity - 1;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b)) & mask;
    while (numbers[slot] !== -1 && (firsts[slot] !== a || seconds[slot] !== b)) slot = (slot + 1) & mask;
    return slot;
  };

  const grow = (): void => {
    const old = { firsts, seconds, used };
    capacity *= 2;
    firsts = new Int32Array(capacity);
    seconds = new Int32Array(capacity);
    numbers = new Int32Array(capacity).fill(-1);
    used = [];
    for (const slot of old.used) {
      const a = old.firsts[slot] as number;
      const b = old.seconds[slot] as number;
      const next = slotOf(a, b);
      firsts[next] = a;
      seconds[next] = b;
      numbers[next] = used.length;
      used.push(next);
    }
  };

  return {
    number(a, b) {
      // At most half full, so probes stay short.
      if ((used.length + 1) * 2 > capacity) grow();
      const slot = slotOf(a, b);
      const known = numbers[slot] as number;
      if (known !== -1) return known;
      firsts[slot] = a;
      seconds[slot] = b;
      numbers[slot] = used.length;
      used.push(slot);
      return used.length - 1;
    },
    clear() {
      for (const slot of used) numbers[slot] = -1;
      used = [];
    },
  };
}
