/** Specification of `slant train side`: the model next to the database, --out, --by, and too few labelled documents. */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/helpers/cli.js';
import { defaultSideModelPath } from './train.js';

const PLACES: Record<string, string[]> = {
  north: ['glacier', 'fjord', 'aurora', 'tundra', 'herring'],
  south: ['vineyard', 'olive', 'oasis', 'lagoon', 'citrus'],
};

let dir: string;
const cli = (args: string[]) => runCli(['--db', join(dir, 'side.db'), ...args], { cwd: dir });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'slant-train-side-'));
  for (const [side, words] of Object.entries(PLACES)) {
    const folder = join(dir, side);
    mkdirSync(folder);
    for (let i = 0; i < 12; i += 1) {
      const own = words.map((w, k) => `${w}${k === i % 5 ? ' again' : ''}`).join(', ');
      writeFileSync(join(folder, `${side}-${i}.txt`), `Report ${i} from the ${side} of Veldmark.\n\nThe council met on day ${i * 7 + 3} to talk about ${own} and the roads, which need repair before the winter of year ${2000 + i}.\n`);
    }
    expect((await cli(['add', folder, '--side', side, '--quiet'])).code).toBe(0);
  }
});

describe('slant train side', () => {
  it('trains by side, cross-validates, and writes the model next to the database', async () => {
    const { code, stdout } = await cli(['train', 'side']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Trained side-by-side-[0-9a-f]{12} on 24 documents by side: north 12, south 12$/m);
    expect(stdout).toMatch(/^Cross-validated \(5 folds, near-duplicates kept together\): accuracy 1\.000, macro-F1 1\.000$/m);
    expect(existsSync(join(dir, 'slant-side-model.json.gz'))).toBe(true);
  });

  it('writes where --out says and answers in JSON', async () => {
    const { code, stdout } = await cli(['train', 'side', '--by', 'side', '--out', 'models/mine.json.gz', '--format', 'json']);
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as { path: string; labels: Record<string, number>; cv: { accuracy: number } };
    expect(r.path).toBe(join(dir, 'models/mine.json.gz'));
    expect(r.labels).toEqual({ north: 12, south: 12 });
    expect(existsSync(r.path)).toBe(true);
  });

  it('refuses, with a usage error, to learn outlets nobody gave', async () => {
    const { code, stderr } = await cli(['train', 'side', '--by', 'outlet']);
    expect(code).toBe(2);
    expect(stderr).toContain('needs at least two outlets with 3 or more documents each; found none');
  });

  it('puts the default model beside the database, or in the working directory for an in-memory one', () => {
    expect(defaultSideModelPath('/data/x/slant.db', '/home/me')).toBe('/data/x/slant-side-model.json.gz');
    expect(defaultSideModelPath(':memory:', '/home/me')).toBe('/home/me/slant-side-model.json.gz');
  });
});
