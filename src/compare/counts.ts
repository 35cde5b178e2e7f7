/** Term count tables: the one input every scorer reads, plus sum and difference views over them. */

/**
 * A read-only table of term counts. `total` is the sum of every term's count (the `n` of
 * Monroe et al. 2008), not the number of words: with n-grams on, one word feeds several terms.
 *
 * @example
 * const c = countsOf({ blockade: 3, corridor: 1 });
 * c.get('blockade'); // 3
 * c.total;           // 4
 */
export interface Counts {
  /** Sum of all counts. */
  readonly total: number;
  /** Number of distinct terms with a count above zero. */
  readonly size: number;
  /** The count of `term`, 0 when absent. */
  get(term: string): number;
  /** Every term with a count above zero, each once. */
  terms(): Iterable<string>;
}

/**
 * A mutable count table backed by a Map; what term extraction fills.
 *
 * @example
 * const c = new TermCounts();
 * c.add('blockade'); c.add('blockade', 2);
 * c.get('blockade'); // 3
 */
export class TermCounts implements Counts {
  private readonly map = new Map<string, number>();
  private sum = 0;

  get total(): number {
    return this.sum;
  }

  get size(): number {
    return this.map.size;
  }

  get(term: string): number {
    return this.map.get(term) ?? 0;
  }

  terms(): Iterable<string> {
    return this.map.keys();
  }

  /** Adds `by` (default 1, must be a positive integer) to `term`. */
  add(term: string, by = 1): void {
    this.map.set(term, (this.map.get(term) ?? 0) + by);
    this.sum += by;
  }

  /**
   * Deletes every term counted at most `k` times, leaving `total` as it was (the dropped uses still
   * happened); returns how many terms went. For tables that must stay under a memory bound.
   */
  dropAtMost(k: number): number {
    let dropped = 0;
    for (const [term, count] of this.map) {
      if (count <= k) {
        this.map.delete(term);
        dropped += 1;
      }
    }
    return dropped;
  }

  /** Adds every count of `other` into this table. */
  addAll(other: Counts): void {
    for (const term of other.terms()) this.add(term, other.get(term));
  }
}

/**
 * A count table from a plain object or Map; handy for tests and for callers with their own counts.
 * Zero and negative entries are dropped.
 *
 * @example
 * countsOf(new Map([['artsakh', 2]])).total; // 2
 */
export function countsOf(entries: Record<string, number> | ReadonlyMap<string, number>): TermCounts {
  const counts = new TermCounts();
  const pairs = entries instanceof Map ? entries.entries() : Object.entries(entries);
  for (const [term, count] of pairs) if (count > 0) counts.add(term, count);
  return counts;
}

/**
 * The sum of several tables, as a view: nothing is copied, so one-vs-rest comparisons over k
 * groups cost k lookups per term instead of k extra copies of the vocabulary.
 *
 * @example
 * sumOf([countsOf({ a: 1 }), countsOf({ a: 2, b: 1 })]).get('a'); // 3
 */
export function sumOf(parts: readonly Counts[]): Counts {
  const terms = (): Iterable<string> => {
    if (parts.length === 1 && parts[0]) return parts[0].terms();
    const seen = new Set<string>();
    for (const part of parts) for (const term of part.terms()) seen.add(term);
    return seen;
  };
  return {
    get total(): number {
      let total = 0;
      for (const part of parts) total += part.total;
      return total;
    },
    get size(): number {
      let size = 0;
      for (const _ of terms()) size += 1;
      return size;
    },
    get(term: string): number {
      let count = 0;
      for (const part of parts) count += part.get(term);
      return count;
    },
    terms,
  };
}
