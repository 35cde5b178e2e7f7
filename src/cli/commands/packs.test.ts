/** `slant packs list|show|validate` run in-process: outputs, formats and exit codes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/helpers/cli.js';
import { loadPacks, packCounts } from '../../packs/index.js';
import { userPack } from '../../packs/test-helper.js';

const cwd = mkdtempSync(join(tmpdir(), 'slant-packs-cli-'));
const GOOD = userPack('harbour');
writeFileSync(join(cwd, 'good.yml'), GOOD);
writeFileSync(join(cwd, 'bad.yml'), GOOD.replace('side: south, weight: 0.8', 'side: east, weight: 0.8').replace('kind: place', 'kind: town'));

describe('slant packs', () => {
  it('lists every pack with its sides and counts, as JSON', async () => {
    const { code, stdout } = await runCli(['packs', 'list', '-f', 'json'], { cwd });
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Array<{ id: string; variants: number; sides: Array<{ id: string; variants: number }> }>;
    expect(rows.map((r) => r.id)).toEqual(loadPacks().map((p) => p.id));
    const karabakh = rows.find((r) => r.id === 'karabakh');
    const counts = packCounts(loadPacks().find((p) => p.id === 'karabakh') as Parameters<typeof packCounts>[0]);
    expect(karabakh?.variants).toBe(counts.variants);
    expect(karabakh?.sides).toEqual([{ id: 'armenia', name: 'Armenian', variants: counts.bySide.armenia }, { id: 'azerbaijan', name: 'Azerbaijani', variants: counts.bySide.azerbaijan }]);
  });

  it('lists a user pack beside the shipped ones', async () => {
    const { code, stdout } = await runCli(['packs', 'list', '--pack', 'good.yml'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^harbour\s+Northland–Southland\n\s+north 1, south 1, neutral 0 · 1 concepts, 2 variants, 0 actors$/m);
  });

  it('shows a pack by side, as text and as Markdown', async () => {
    const pretty = await runCli(['packs', 'show', 'fictional-kell-valley'], { cwd });
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).toContain('the disputed region  region-name, place\n  dravenia         Upper Kellmark 0.9\n  lusovia          Kelhara 0.9\n  neutral          Kell Valley\n  neutral form: the Kell Valley\n');
    const md = await runCli(['packs', 'show', 'karabakh', '-f', 'md'], { cwd });
    expect(md.stdout.startsWith('<a id="karabakh"></a>\n\n# Armenia–Azerbaijan (Nagorno-Karabakh)\n')).toBe(true);
    expect(md.stdout).toContain('| “Artsakh” | armenia | 0.9 |');
  });

  it('says which packs there are when the id is unknown', async () => {
    const { code, stderr } = await runCli(['packs', 'show', 'atlantis'], { cwd });
    expect(code).toBe(3);
    expect(stderr).toMatch(/no pack "atlantis"; packs: china-taiwan, cyprus, /);
  });

  it('validates files: ok lines and exit 0, or one line per problem naming file and entry and exit 1', async () => {
    const ok = await runCli(['packs', 'validate', 'good.yml'], { cwd });
    expect([ok.code, ok.stdout]).toEqual([0, 'good.yml: ok (pack harbour: 1 concepts, 2 variants, 0 actors)\n']);
    const bad = await runCli(['packs', 'validate', 'good.yml', 'bad.yml', 'missing.yml'], { cwd });
    expect(bad.code).toBe(1);
    expect(bad.stdout.split('\n').filter(Boolean)).toEqual([
      'good.yml: ok (pack harbour: 1 concepts, 2 variants, 0 actors)',
      'bad.yml: concept town: kind: kind must be one of place, name, event, group, people, action, label, framing',
      'missing.yml: cannot read the pack: no such file',
    ]);
    expect(bad.stderr).toBe('2 problems in 3 files\n');
  });
});
