/** Specification of loadTechniqueModel: the learned model when its weights are there, else the rules, and clear errors. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTechniqueModel } from './index.js';
import { testWeightsJson } from './learned/test-weights.js';

const dir = mkdtempSync(join(tmpdir(), 'slant-learned-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a weights file and returns its URL. */
function weightsFile(name: string, bytes: Buffer): URL {
  writeFileSync(join(dir, name), bytes);
  return pathToFileURL(join(dir, name));
}

const absent = pathToFileURL(join(dir, 'absent.json.gz'));

describe('loadTechniqueModel', () => {
  it.each<['auto' | 'rules' | undefined]>([['rules'], [undefined], ['auto']])('model %s without weights gives the rules', async (model) => {
    expect((await loadTechniqueModel({ model, weights: absent })).id).toMatch(/^rules-/);
  });

  it('gives the learned model when its weights are there, and the rules when asked for them', async () => {
    const url = weightsFile('test.json.gz', gzipSync(JSON.stringify(testWeightsJson())));
    expect((await loadTechniqueModel({ weights: url })).id).toBe('learned-test');
    expect((await loadTechniqueModel({ model: 'learned', weights: url })).id).toBe('learned-test');
    expect((await loadTechniqueModel({ model: 'rules', weights: url })).id).toMatch(/^rules-/);
  });

  it('requires weights when the learned model is asked for', async () => {
    await expect(loadTechniqueModel({ model: 'learned', weights: absent })).rejects.toMatchObject({ code: 'SLANT_NOT_FOUND' });
  });

  it('refuses unreadable weights rather than falling back, and an unknown choice', async () => {
    const broken = weightsFile('broken.json.gz', Buffer.from('not gzip'));
    await expect(loadTechniqueModel({ weights: broken })).rejects.toMatchObject({ code: 'SLANT_DATA_INVALID' });
    await expect(loadTechniqueModel({ model: 'best' as 'auto' })).rejects.toMatchObject({ code: 'SLANT_USAGE' });
  });

  it('loads the committed weights by default', async () => {
    const model = await loadTechniqueModel();
    expect(model.id).toMatch(/^learned-/);
    expect(model.spans('They are nothing but barbaric thugs and traitors!').length).toBeGreaterThan(0);
  });
});
