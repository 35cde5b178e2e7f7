/** Feature vocabularies: string features interned to column numbers, and minimum-count masks from training rows only. */
import type { SparseMatrix } from './sparse.js';

/**
 * Interns feature strings to dense column numbers in first-seen order. Featurizing the same data in
 * the same order gives the same columns, so a run is reproducible.
 *
 * @example
 * const index = new FeatureIndex();
 * index.id('w=the'); // 0
 * index.id('w=cat'); // 1
 * index.get('w=the'); // 0
 */
export class FeatureIndex {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];

  /** The column of `name`, added when new. */
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(name, id);
      this.list.push(name);
    }
    return id;
  }

  /** The column of `name`, or undefined when it was never seen. */
  get(name: string): number | undefined {
    return this.ids.get(name);
  }

  /** The feature string of column `id`. */
  name(id: number): string {
    const name = this.list[id];
    if (name === undefined) throw new RangeError(`no feature ${id}`);
    return name;
  }

  get size(): number {
    return this.list.length;
  }
}

/**
 * For every column, the number of rows (among `rows`, default all) in which it is non-zero: the
 * document frequency that a minimum count is applied to. Counting only training rows keeps held-out
 * data out of the vocabulary.
 *
 * @example
 * columnCounts(m, trainRows); // Int32Array of length m.cols
 */
export function columnCounts(m: SparseMatrix, rows?: ArrayLike<number>): Int32Array {
  const counts = new Int32Array(m.cols);
  const n = rows === undefined ? m.rows : rows.length;
  for (let i = 0; i < n; i += 1) {
    const r = rows === undefined ? i : (rows[i] as number);
    for (let k = m.rowPtr[r] as number; k < (m.rowPtr[r + 1] as number); k += 1) {
      if ((m.values[k] as number) === 0) continue;
      const c = m.indices[k] as number;
      counts[c] = (counts[c] as number) + 1;
    }
  }
  return counts;
}

/**
 * A mask of the columns seen in at least `minCount` rows: the features a model may use.
 *
 * @example
 * const mask = minCountMask(columnCounts(m, trainRows), 2);
 */
export function minCountMask(counts: Int32Array, minCount: number): Uint8Array {
  const mask = new Uint8Array(counts.length);
  for (let c = 0; c < counts.length; c += 1) if ((counts[c] as number) >= minCount) mask[c] = 1;
  return mask;
}
