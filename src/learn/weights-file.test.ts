import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWeightsOnce } from './weights-file.js';

const dir = mkdtempSync(join(tmpdir(), 'slant-weights-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadWeightsOnce', () => {
  it('parses a gzipped JSON file once per kind and path', () => {
    const path = join(dir, 'w.json.gz');
    writeFileSync(path, gzipSync(JSON.stringify({ w: [1, 2] })));
    let calls = 0;
    const parse = (json: unknown) => {
      calls += 1;
      return (json as { w: number[] }).w;
    };
    expect(loadWeightsOnce('test-a', path, 'retrain', parse)).toEqual([1, 2]);
    expect(loadWeightsOnce('test-a', path, 'retrain', parse)).toEqual([1, 2]);
    expect(calls).toBe(1);
    loadWeightsOnce('test-b', path, 'retrain', parse);
    expect(calls).toBe(2);
  });

  it('gives undefined for a missing file and an error naming file and retrain command for a broken one', () => {
    expect(loadWeightsOnce('test-c', join(dir, 'none.json.gz'), 'retrain', () => 1)).toBeUndefined();
    const broken = join(dir, 'broken.json.gz');
    writeFileSync(broken, 'not gzip');
    expect(() => loadWeightsOnce('test-c', broken, 'npm run train', () => 1)).toThrow(expect.objectContaining({ code: 'SLANT_DATA_INVALID', source: broken, message: expect.stringContaining('npm run train') }));
  });
});
