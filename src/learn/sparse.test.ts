import { describe, expect, it } from 'vitest';
import { seededRandom, shuffled } from './random.js';
import { selectRows, SparseBuilder } from './sparse.js';
import { columnCounts, FeatureIndex, minCountMask } from './vocabulary.js';

describe('SparseBuilder', () => {
  it('sums repeated columns, sorts them, and grows past its first buffer', () => {
    const b = new SparseBuilder();
    b.addRow([[3, 1], [1, 2], [3, 0.5]]);
    for (let r = 0; r < 600; r += 1) b.addRow([[r % 7, 1], [(r + 1) % 7, 1]]);
    const m = b.build(10);
    expect(m.rows).toBe(601);
    expect(m.cols).toBe(10);
    expect(Array.from(m.indices.subarray(0, 2))).toEqual([1, 3]);
    expect(Array.from(m.values.subarray(0, 2))).toEqual([2, 1.5]);
    expect(m.rowPtr[601]).toBe(2 + 1200);
  });

  it('refuses negative columns and too few cols', () => {
    expect(() => new SparseBuilder().addRow([[-1, 1]])).toThrow(RangeError);
    const b = new SparseBuilder();
    b.addRow([[4, 1]]);
    expect(() => b.build(3)).toThrow(RangeError);
  });
});

describe('selectRows', () => {
  it('copies rows in the order asked', () => {
    const b = new SparseBuilder();
    b.addRow([[0, 1]]);
    b.addRow([[1, 2], [2, 3]]);
    const m = selectRows(b.build(), [1, 0]);
    expect(Array.from(m.rowPtr)).toEqual([0, 2, 3]);
    expect(Array.from(m.indices)).toEqual([1, 2, 0]);
    expect(Array.from(m.values)).toEqual([2, 3, 1]);
  });
});

describe('FeatureIndex, columnCounts and minCountMask', () => {
  it('interns in first-seen order and counts rows per column among the rows given', () => {
    const index = new FeatureIndex();
    const b = new SparseBuilder();
    for (const row of [['a', 'b'], ['a'], ['c', 'a']]) b.addRow(row.map((f) => [index.id(f), 1] as const));
    expect([index.id('a'), index.id('b'), index.id('c'), index.get('zzz')]).toEqual([0, 1, 2, undefined]);
    expect(index.name(2)).toBe('c');
    const m = b.build();
    expect(Array.from(columnCounts(m))).toEqual([3, 1, 1]);
    expect(Array.from(columnCounts(m, [0, 1]))).toEqual([2, 1, 0]);
    expect(Array.from(minCountMask(columnCounts(m), 2))).toEqual([1, 0, 0]);
  });
});

describe('seeded randomness', () => {
  it('repeats for a seed, differs across seeds, stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(shuffled([1, 2, 3, 4, 5, 6], 7).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(shuffled([1, 2, 3, 4, 5, 6], 7)).toEqual(shuffled([1, 2, 3, 4, 5, 6], 7));
  });
});
