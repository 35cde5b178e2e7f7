/** Axis scales of the charts: round linear ticks, and 1-2-5 log ticks and domains. */

/** Round tick values covering [0, max]: 1, 2 or 5 times a power of ten apart. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((ticks[ticks.length - 1]! + step).toPrecision(12)));
  return ticks;
}

/** 1, 2 and 5 times the powers of ten: the ticks of a log axis. */
export function logSteps(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let p = Math.floor(Math.log10(lo)) - 1; p <= Math.ceil(Math.log10(hi)) + 1; p++) {
    for (const m of [1, 2, 5]) {
      const v = Number((m * 10 ** p).toPrecision(6));
      if (v >= lo * 0.9999 && v <= hi * 1.0001) out.push(v);
    }
  }
  return out;
}

/**
 * The log-scale domain of the positive values: from the largest 1-2-5 step at or below the least
 * to the smallest at or above the greatest.
 *
 * @example
 * logDomain([0, 0.7, 13]); // [0.5, 20]
 */
export function logDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [0.1, 10];
  const min = Math.min(...positive);
  const max = Math.max(...positive);
  const steps = logSteps(min / 10, max * 10);
  const lo = [...steps].reverse().find((s) => s <= min) ?? min;
  const hi = steps.find((s) => s >= max) ?? max;
  return hi > lo ? [lo, hi] : [lo, lo * 2];
}
