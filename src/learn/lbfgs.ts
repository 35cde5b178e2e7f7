/** Limited-memory BFGS for smooth convex objectives (Nocedal 1980; Liu & Nocedal 1989). */

/** An objective: writes the gradient at `x` into `grad` and returns the value. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

export interface LbfgsOptions {
  /** Iterations at most. Default 200. */
  maxIterations?: number | undefined;
  /** Pairs of correction vectors kept. Default 10. */
  memory?: number | undefined;
  /** Stop when the relative decrease of the value over the last `past` iterations falls below this. Default 1e-7. */
  tolerance?: number | undefined;
  /** Iterations the decrease is measured over (liblbfgs's `past`). Default 5. */
  past?: number | undefined;
  /** Stop when the gradient's infinity norm falls below this. Default 1e-6. */
  gradientTolerance?: number | undefined;
}

export interface LbfgsResult {
  x: Float64Array;
  value: number;
  iterations: number;
  evaluations: number;
}

/**
 * Minimizes `f` from `x0` with L-BFGS: the two-loop recursion (Nocedal & Wright 2006, Algorithm
 * 7.4) for the search direction and a backtracking line search under the Armijo condition. A
 * correction pair is kept only when its curvature `sᵀy` is positive, so the implied Hessian stays
 * positive definite. No randomness: the same inputs give the same result, bit for bit.
 *
 * @example
 * // f(x) = (x0 - 3)² + 2 (x1 + 1)²
 * const { x } = lbfgs((x, g) => { g[0] = 2 * (x[0] - 3); g[1] = 4 * (x[1] + 1); return (x[0] - 3) ** 2 + 2 * (x[1] + 1) ** 2; }, new Float64Array(2));
 * // x ≈ [3, -1]
 */
export function lbfgs(f: Objective, x0: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const maxIterations = options.maxIterations ?? 200;
  const m = options.memory ?? 10;
  const tolerance = options.tolerance ?? 1e-7;
  const gradientTolerance = options.gradientTolerance ?? 1e-6;
  const past = options.past ?? 5;
  const n = x0.length;
  const x = Float64Array.from(x0);
  const g = new Float64Array(n);
  let value = f(x, g);
  let evaluations = 1;
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(m);
  const d = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  let iterations = 0;
  const history: number[] = [value];

  while (iterations < maxIterations) {
    if (normInf(g) < gradientTolerance) break;
    // Two-loop recursion: d = -H g.
    for (let i = 0; i < n; i += 1) d[i] = -(g[i] as number);
    const k = s.length;
    for (let j = k - 1; j >= 0; j -= 1) {
      const a = (rho[j] as number) * dot(s[j] as Float64Array, d);
      alpha[j] = a;
      axpy(-a, y[j] as Float64Array, d);
    }
    if (k > 0) {
      const yy = dot(y[k - 1] as Float64Array, y[k - 1] as Float64Array);
      const gamma = 1 / ((rho[k - 1] as number) * yy);
      for (let i = 0; i < n; i += 1) d[i] = (d[i] as number) * gamma;
    }
    for (let j = 0; j < k; j += 1) {
      const b = (rho[j] as number) * dot(y[j] as Float64Array, d);
      axpy((alpha[j] as number) - b, s[j] as Float64Array, d);
    }
    let slope = dot(g, d);
    if (!(slope < 0)) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      s.length = 0;
      y.length = 0;
      rho.length = 0;
      for (let i = 0; i < n; i += 1) d[i] = -(g[i] as number);
      slope = dot(g, d);
    }
    let step = k === 0 ? 1 / Math.max(1, Math.sqrt(-slope)) : 1;
    let newValue = Infinity;
    let accepted = false;
    for (let tries = 0; tries < 40; tries += 1) {
      for (let i = 0; i < n; i += 1) xNew[i] = (x[i] as number) + step * (d[i] as number);
      newValue = f(xNew, gNew);
      evaluations += 1;
      if (Number.isFinite(newValue) && newValue <= value + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    iterations += 1;
    if (!accepted) break;
    const sNew = new Float64Array(n);
    const yNew = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      sNew[i] = (xNew[i] as number) - (x[i] as number);
      yNew[i] = (gNew[i] as number) - (g[i] as number);
    }
    const sy = dot(sNew, yNew);
    if (sy > 1e-12) {
      if (s.length === m) {
        s.shift();
        y.shift();
        rho.shift();
      }
      s.push(sNew);
      y.push(yNew);
      rho.push(1 / sy);
    }
    x.set(xNew);
    g.set(gNew);
    value = newValue;
    history.push(value);
    const before = history[history.length - 1 - past];
    if (before !== undefined && before - value <= tolerance * Math.max(1, Math.abs(value))) break;
  }
  return { x, value, iterations, evaluations };
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i += 1) y[i] = (y[i] as number) + a * (x[i] as number);
}

function normInf(a: Float64Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i += 1) {
    const v = Math.abs(a[i] as number);
    if (v > max) max = v;
  }
  return max;
}
