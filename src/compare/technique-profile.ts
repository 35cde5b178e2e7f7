/** Technique profile: how often each group uses each kind of finding, per 1,000 words, with a 95% interval. */
import type { Finding } from '../core/finding.js';

/** One document's contribution: its word count and its findings. */
export interface ProfileInput {
  group: string;
  words: number;
  findings: ReadonlyArray<Pick<Finding, 'detector' | 'category'> & { label?: string | undefined }>;
}

/**
 * What a profile counts: findings by `detector`, by technique `category`, or by `technique` (the
 * technique model's findings by the technique's name; other detectors' findings are not counted).
 */
export type ProfileKey = 'detector' | 'category' | 'technique';

/** The detector whose findings are persuasion techniques by name (the learned model). */
export const TECHNIQUE_DETECTOR = 'techniques';

/** A rate row: `count` findings of `key` over `words` words in `group`. */
export interface ProfileRow {
  group: string;
  /** What is counted: a detector id, a category or a technique name, as `by` says. */
  key: string;
  count: number;
  documents: number;
  words: number;
  /** Findings per 1,000 words. */
  rate: number;
  /** 95% interval of the rate (Poisson, Byar's approximation). */
  low: number;
  high: number;
}

const Z95 = 1.959963984540054;

/**
 * 95% confidence interval for a Poisson count `k`, by Byar's approximation (Rothman & Boice 1979;
 * accurate to a few percent even for small k). For k = 0 the lower bound is 0.
 *
 * @example
 * poissonInterval(10); // ≈ [4.80, 18.39]
 */
export function poissonInterval(k: number, z = Z95): [number, number] {
  if (k < 0 || !Number.isFinite(k)) throw new RangeError(`count must be a finite non-negative number, got ${k}`);
  const low = k === 0 ? 0 : k * (1 - 1 / (9 * k) - z / (3 * Math.sqrt(k))) ** 3;
  const k1 = k + 1;
  const high = k1 * (1 - 1 / (9 * k1) + z / (3 * Math.sqrt(k1))) ** 3;
  return [Math.max(0, low), high];
}

/**
 * Rates per 1,000 words of each detector (or category, or technique) in each group, with intervals, so that
 * "both sides use loaded language" can be read as numbers. Every group gets a row for every key
 * seen anywhere (zero counts included), so groups line up.
 *
 * @example
 * techniqueProfile([{ group: 'a', words: 1000, findings: [{ detector: 'loaded-language' }] }], 'detector');
 */
export function techniqueProfile(inputs: Iterable<ProfileInput>, by: ProfileKey = 'detector'): ProfileRow[] {
  const tally = new ProfileTally(by);
  for (const input of inputs) tally.add(input);
  return tally.rows();
}

/**
 * The running counts behind `techniqueProfile`, fed one document at a time so a streaming caller
 * keeps only a count per group and key, never the findings themselves.
 *
 * @example
 * const tally = new ProfileTally('detector');
 * tally.add({ group: 'a', words: 1000, findings: [{ detector: 'loaded-language' }] });
 * tally.rows()[0].rate; // 1
 */
export class ProfileTally {
  private readonly groups = new Map<string, { words: number; documents: number; counts: Map<string, number> }>();
  private readonly keys = new Set<string>();

  constructor(readonly by: ProfileKey = 'detector') {}

  add(input: ProfileInput): void {
    const by = this.by;
    let g = this.groups.get(input.group);
    if (g === undefined) {
      g = { words: 0, documents: 0, counts: new Map() };
      this.groups.set(input.group, g);
    }
    g.words += input.words;
    g.documents += 1;
    for (const f of input.findings) {
      const key = by === 'detector' ? f.detector : by === 'category' ? f.category : f.detector === TECHNIQUE_DETECTOR ? f.label : undefined;
      if (key === undefined) continue;
      this.keys.add(key);
      g.counts.set(key, (g.counts.get(key) ?? 0) + 1);
    }
  }

  rows(): ProfileRow[] {
    const rows: ProfileRow[] = [];
    for (const key of [...this.keys].sort()) {
      for (const [group, g] of this.groups) {
        const count = g.counts.get(key) ?? 0;
        const scale = g.words === 0 ? 0 : 1000 / g.words;
        const [lo, hi] = poissonInterval(count);
        rows.push({ group, key, count, documents: g.documents, words: g.words, rate: count * scale, low: lo * scale, high: hi * scale });
      }
    }
    return rows;
  }
}
