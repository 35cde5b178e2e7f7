/** Specification of loadTechniqueModel: the learned model when its module gives one, else the rules, and clear errors. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTechniqueModel } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'slant-learned-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a stand-in for src/techniques/learned/index.ts and returns the `.js` URL the loader is given. */
function learnedModule(name: string, body: string): URL {
  writeFileSync(join(dir, `${name}.ts`), body);
  return pathToFileURL(join(dir, `${name}.js`));
}

const absent = pathToFileURL(join(dir, 'absent', 'index.js'));
const stub = `export function loadLearnedTechniqueModel() {
  return { id: 'learned-test', spans: () => [], classify: (_t, spans) => spans.map(() => []), paragraph: () => [] };
}
`;

describe('loadTechniqueModel', () => {
  it.each<['auto' | 'rules' | undefined]>([['rules'], [undefined], ['auto']])('model %s without a learned module gives the rules', async (model) => {
    expect((await loadTechniqueModel({ model, learnedModule: absent })).id).toMatch(/^rules-/);
  });

  it('gives the learned model when its module returns one (running from source, the .ts file is found)', async () => {
    const url = learnedModule('with-model', stub);
    expect((await loadTechniqueModel({ learnedModule: url })).id).toBe('learned-test');
    expect((await loadTechniqueModel({ model: 'learned', learnedModule: url })).id).toBe('learned-test');
    expect((await loadTechniqueModel({ model: 'rules', learnedModule: url })).id).toMatch(/^rules-/);
  });

  it('falls back to the rules when the module has no weights to load, unless the learned model is required', async () => {
    const url = learnedModule('no-weights', 'export function loadLearnedTechniqueModel() { return undefined; }\n');
    expect((await loadTechniqueModel({ learnedModule: url })).id).toMatch(/^rules-/);
    await expect(loadTechniqueModel({ model: 'learned', learnedModule: url })).rejects.toMatchObject({ code: 'SLANT_NOT_FOUND' });
    await expect(loadTechniqueModel({ model: 'learned', learnedModule: absent })).rejects.toMatchObject({ code: 'SLANT_NOT_FOUND' });
  });

  it('refuses a module without the entry point, and an unknown choice', async () => {
    await expect(loadTechniqueModel({ learnedModule: learnedModule('wrong', 'export const nothing = 1;\n') })).rejects.toMatchObject({ code: 'SLANT_DATA_INVALID' });
    await expect(loadTechniqueModel({ model: 'best' as 'auto' })).rejects.toMatchObject({ code: 'SLANT_USAGE' });
  });
});
