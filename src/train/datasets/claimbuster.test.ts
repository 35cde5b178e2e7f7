/** Specification of the check-worthiness loaders: sizes and labels of the three sets, and the same-text key. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMBUSTER_DATASET, loadCheckThat2019, loadCheckThat2020, loadClaimBuster, sameTextKey } from './claimbuster.js';
import { datasetsDir } from './paths.js';

describe('sameTextKey', () => {
  it.each([
    [' We’re  9 million jobs short. ', "we're 9 million jobs short."],
    ['“Quoted”\tText', '"quoted" text'],
  ])('%j → %j', (text, key) => expect(sameTextKey(text)).toBe(key));
});

const dir = join(datasetsDir(), CLAIMBUSTER_DATASET);
describe.skipIf(!existsSync(dir))('check-worthiness loaders (skipped: needs ../shared/datasets/claimbuster-checkworthiness)', () => {
  it.each([
    ['ClaimBuster 2.5xNCS', () => loadClaimBuster(dir), 9674, 2764],
    ['CheckThat! 2019', () => loadCheckThat2019(dir), 16421, 440],
    ['CheckThat! 2020', () => loadCheckThat2020(dir), 42776, 487],
  ])('%s: sentences and positives as the README states, unique ids, groups', (_name, load, size, positives) => {
    const rows = load();
    expect(rows).toHaveLength(size);
    expect(rows.filter((r) => r.label === 1)).toHaveLength(positives);
    expect(new Set(rows.map((r) => r.id)).size).toBe(size);
    expect(rows.every((r) => r.text.length > 0 && r.group.length > 0)).toBe(true);
    expect(new Set(rows.map((r) => r.group)).size).toBeGreaterThanOrEqual(5);
  });
});
