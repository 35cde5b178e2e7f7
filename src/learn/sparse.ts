/** Sparse feature matrices in compressed-row form, built row by row. */

/**
 * A sparse matrix in compressed sparse row (CSR) form: row `r` holds the columns
 * `indices[rowPtr[r] .. rowPtr[r + 1])` with the matching `values`.
 */
export interface SparseMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly rowPtr: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

/**
 * Builds a `SparseMatrix` one row at a time. Repeated columns inside a row are summed, and each
 * row's columns are sorted, so the same rows always give the same matrix.
 *
 * @example
 * const b = new SparseBuilder();
 * b.addRow([[0, 1], [3, 0.5]]);
 * const m = b.build(4); // 1 row, 4 columns
 */
export class SparseBuilder {
  private rowPtr: number[] = [0];
  private indices: Int32Array = new Int32Array(1024);
  private values: Float32Array = new Float32Array(1024);
  private nnz = 0;
  private maxCol = -1;

  /** Adds a row of `[column, value]` pairs. */
  addRow(entries: Iterable<readonly [number, number]>): void {
    const merged = new Map<number, number>();
    for (const [col, value] of entries) {
      if (!Number.isInteger(col) || col < 0) throw new RangeError(`column ${col} is not a non-negative integer`);
      merged.set(col, (merged.get(col) ?? 0) + value);
    }
    const cols = [...merged.keys()].sort((a, b) => a - b);
    this.reserve(cols.length);
    for (const col of cols) {
      this.indices[this.nnz] = col;
      this.values[this.nnz] = merged.get(col) ?? 0;
      this.nnz += 1;
      if (col > this.maxCol) this.maxCol = col;
    }
    this.rowPtr.push(this.nnz);
  }

  /** Rows added so far. */
  get rows(): number {
    return this.rowPtr.length - 1;
  }

  /** The matrix; `cols` defaults to one past the largest column seen. */
  build(cols = this.maxCol + 1): SparseMatrix {
    if (cols <= this.maxCol) throw new RangeError(`cols ${cols} is not above the largest column ${this.maxCol}`);
    return {
      rows: this.rows,
      cols,
      rowPtr: Int32Array.from(this.rowPtr),
      indices: this.indices.slice(0, this.nnz),
      values: this.values.slice(0, this.nnz),
    };
  }

  private reserve(extra: number): void {
    if (this.nnz + extra <= this.indices.length) return;
    let size = this.indices.length * 2;
    while (size < this.nnz + extra) size *= 2;
    const indices = new Int32Array(size);
    indices.set(this.indices.subarray(0, this.nnz));
    const values = new Float32Array(size);
    values.set(this.values.subarray(0, this.nnz));
    this.indices = indices;
    this.values = values;
  }
}

/**
 * The rows `rows` of `m`, in that order, as a new matrix with the same columns.
 *
 * @example
 * const train = selectRows(m, Int32Array.from([0, 2]));
 */
export function selectRows(m: SparseMatrix, rows: ArrayLike<number>): SparseMatrix {
  let nnz = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[i] as number;
    nnz += (m.rowPtr[r + 1] as number) - (m.rowPtr[r] as number);
  }
  const rowPtr = new Int32Array(rows.length + 1);
  const indices = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  let k = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[i] as number;
    const from = m.rowPtr[r] as number;
    const to = m.rowPtr[r + 1] as number;
    indices.set(m.indices.subarray(from, to), k);
    values.set(m.values.subarray(from, to), k);
    k += to - from;
    rowPtr[i + 1] = k;
  }
  return { rows: rows.length, cols: m.cols, rowPtr, indices, values };
}
