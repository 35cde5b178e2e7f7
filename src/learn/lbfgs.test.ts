import { describe, expect, it } from 'vitest';
import { lbfgs } from './lbfgs.js';

describe('lbfgs', () => {
  it('finds the minimum of a separable quadratic', () => {
    const { x } = lbfgs((p, g) => {
      const a = (p[0] as number) - 3;
      const b = (p[1] as number) + 1;
      g[0] = 2 * a;
      g[1] = 4 * b;
      return a * a + 2 * b * b;
    }, new Float64Array(2));
    expect(x[0]).toBeCloseTo(3, 4);
    expect(x[1]).toBeCloseTo(-1, 4);
  });

  it('finds the minimum of the Rosenbrock function at (1, 1)', () => {
    const { x, value } = lbfgs(
      (p, g) => {
        const a = p[0] as number;
        const b = p[1] as number;
        g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
        g[1] = 200 * (b - a * a);
        return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
      },
      Float64Array.from([-1.2, 1]),
      { maxIterations: 500, tolerance: 1e-14, gradientTolerance: 1e-9 },
    );
    expect(value).toBeLessThan(1e-8);
    expect(x[0]).toBeCloseTo(1, 3);
    expect(x[1]).toBeCloseTo(1, 3);
  });

  it('stops at maxIterations', () => {
    const { iterations } = lbfgs(
      (p, g) => {
        const a = p[0] as number;
        const b = p[1] as number;
        g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
        g[1] = 200 * (b - a * a);
        return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
      },
      Float64Array.from([-1.2, 1]),
      { maxIterations: 3 },
    );
    expect(iterations).toBe(3);
  });
});
