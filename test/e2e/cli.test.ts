/** End-to-end: the `slant` commands in-process, on the bundled examples and on bad input. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { runCli } from '../helpers/cli.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const SEEDS = resolve(import.meta.dirname, '../../../shared/seeds');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'slant-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], stdin?: string) => runCli(['--db', join(dir, 'e2e.db'), ...args], { cwd: dir, stdin });

interface AnalysisRecord {
  id: string;
  side?: string;
  findings: Finding[];
}

describe('slant on the example corpus', () => {
  it('adds the examples once, then reports them as already stored', async () => {
    const first = await cli(['add', EXAMPLES]);
    expect(first.code).toBe(0);
    expect(first.stdout.match(/^added/gm)).toHaveLength(6);
    const again = await cli(['add', EXAMPLES]);
    expect(again.code).toBe(0);
    expect(again.stdout.match(/^duplicate/gm)).toHaveLength(6);
    expect(again.stderr).toContain('0 added');
  });

  it('lists documents with their front-matter metadata', async () => {
    const { code, stdout } = await cli(['list', '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Array<{ side: string; outlet: string; title: string }>;
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.side).sort()).toEqual(['dravenia', 'dravenia', 'lusovia', 'lusovia', 'neutral', 'neutral']);
    expect(rows.every((r) => r.title && r.outlet)).toBe(true);
  });

  it('analyzes into findings whose offsets slice to their text, then reuses the stored analysis', async () => {
    const { code, stdout, stderr } = await cli(['analyze', '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toContain('6 analyzed');
    const records = JSON.parse(stdout) as AnalysisRecord[];
    expect(records).toHaveLength(6);
    for (const r of records) {
      const shown = JSON.parse((await cli(['show', r.id, '--format', 'json'])).stdout) as { text: string };
      expect(r.findings.length).toBeGreaterThan(0);
      for (const f of r.findings) expect(shown.text.slice(f.start, f.end)).toBe(f.text);
    }
    const opinion = records.filter((r) => r.side !== 'neutral').flatMap((r) => r.findings);
    for (const detector of ['loaded-language', 'name-calling', 'scare-quotes']) expect(opinion.some((f) => f.detector === detector)).toBe(true);
    const again = await cli(['analyze', '--format', 'jsonl']);
    expect(again.stderr).toContain('0 analyzed, 6 unchanged');
    expect(again.stdout.trim().split('\n')).toHaveLength(6);
  });

  it('shows one article with its findings marked in the text', async () => {
    const list = JSON.parse((await cli(['list', '--format', 'json', '--side', 'lusovia'])).stdout) as Array<{ id: string }>;
    const id = list[0]!.id.slice(0, 6);
    const { code, stdout } = await cli(['show', id]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/⟦[^⟧]+⟧\[\d+/);
    expect(stdout).toMatch(/Findings \(\d+\)/);
  });

  it('finds words with full-text search, including hyphenated ones', async () => {
    const hits = JSON.parse((await cli(['search', 'so-called', '--format', 'json'])).stdout) as Array<{ snippet: string }>;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.snippet.toLowerCase()).toContain('so');
  });

  it('compares the sides with evidence that points into the texts', async () => {
    const { code, stdout } = await cli(['compare', '--by', 'side', '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      groups: Array<{ name: string }>;
      comparison: { distinctive: Array<{ group: string; rows: Array<{ term: string; evidence: Array<{ docId: string; start: number; end: number; match: string }> }> }> };
    };
    expect(report.groups.map((g) => g.name)).toEqual(['dravenia', 'lusovia', 'neutral']);
    const texts = new Map<string, string>();
    for (const { rows } of report.comparison.distinctive) {
      for (const row of rows) {
        for (const e of row.evidence) {
          if (!texts.has(e.docId)) texts.set(e.docId, (JSON.parse((await cli(['show', e.docId, '--format', 'json'])).stdout) as { text: string }).text);
          expect(texts.get(e.docId)!.slice(e.start, e.end)).toBe(e.match);
        }
      }
    }
    const terms = (group: string) => report.comparison.distinctive.find((d) => d.group === group)!.rows.map((r) => r.term);
    expect(terms('dravenia')).toContain('upper kellmark');
    expect(terms('lusovia')).toContain('kelhara');
  });

  it('compares two single files and writes an HTML report', async () => {
    const a = join(EXAMPLES, 'dravenia-herald-reunification.md');
    const b = join(EXAMPLES, 'lusovia-voice-siege.md');
    const { code, stderr } = await cli(['compare', a, b, '--format', 'html', '--out', 'two.html']);
    expect(code).toBe(0);
    expect(stderr).toContain('two.html');
    const html = readFileSync(join(dir, 'two.html'), 'utf8');
    expect(html).toContain('<!doctype html>');
    expect(html).not.toMatch(/<script/i);
  });

  it('runs the demo and writes both reports', async () => {
    const out = join(dir, 'demo-out');
    const { code, stdout } = await runCli(['demo', '--out', out], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('Distinctive language');
    expect(readdirSync(out).sort()).toEqual(['report.html', 'report.md']);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('## Persuasion techniques');
  });
});

describe('slant add on bad input', () => {
  it('names each bad file and its reason, stores the good ones, and exits 1', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'good.txt'), 'A perfectly ordinary sentence about the valley and the road that leads to it.');
    writeFileSync(join(bad, 'empty.txt'), '  \n\n ');
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    writeFileSync(join(bad, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
    writeFileSync(join(bad, 'rows.jsonl'), '{"text": "First good row of text here."}\n{not json\n{"text": "Third good row of text here."}\n');
    const { code, stdout, stderr } = await runCli(['--db', join(dir, 'bad.db'), 'add', bad], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout.match(/^added/gm)).toHaveLength(3);
    const lines = stderr.split('\n').filter((l) => l.startsWith('error'));
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.includes('empty.txt'))).toContain('SLANT_INPUT_EMPTY');
    expect(lines.find((l) => l.includes('binary.txt'))).toContain('SLANT_INPUT_BINARY');
    expect(lines.find((l) => l.includes('latin1.txt'))).toContain('SLANT_INPUT_ENCODING');
    expect(lines.find((l) => l.includes('rows.jsonl'))).toMatch(/row 2.*SLANT_INPUT_MALFORMED/);
  });

  it('reads stdin with -', async () => {
    const { code, stdout } = await runCli(['--db', join(dir, 'stdin.db'), 'add', '-', '--side', 'x'], { cwd: dir, stdin: 'Text arriving on standard input, long enough to count.' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^added .* -$/m);
  });

  it('exits 2 on usage errors and 3 on unknown ids', async () => {
    expect((await cli(['add'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['analyze', '--min-confidence', '7'])).code).toBe(2);
    const missing = await cli(['show', 'ffffffffffff']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('SLANT_NOT_FOUND');
  });

  it('exits 65 naming the file and what is wrong for a pack of the user that does not validate', async () => {
    writeFileSync(join(dir, 'bad-pack.yml'), 'id: my-pack\n');
    const bad = await cli(['analyze', '--fast', '--pack', 'bad-pack.yml']);
    expect(bad.code).toBe(65);
    expect(bad.stderr).toMatch(/bad-pack\.yml: sides: missing required field/);
    expect(bad.stderr).toContain('SLANT_DATA_INVALID');
  });

  it('prints help for every command', async () => {
    for (const command of ['add', 'analyze', 'show', 'list', 'search', 'compare', 'demo']) {
      const { code, stdout } = await cli([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: slant ${command}`);
    }
  });
});

describe.skipIf(!existsSync(SEEDS))('slant on the seed articles (skipped: needs ../shared/seeds)', () => {
  it('finds name-calling, scare quotes and loaded language in both seeds', async () => {
    const db = join(dir, 'seeds.db');
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f));
    expect((await runCli(['--db', db, 'add', ...seeds], { cwd: dir })).code).toBe(0);
    const records = JSON.parse((await runCli(['--db', db, 'analyze', '--format', 'json'], { cwd: dir })).stdout) as AnalysisRecord[];
    expect(records).toHaveLength(seeds.length);
    for (const r of records) {
      const detectors = new Set(r.findings.map((f) => f.detector));
      for (const d of ['name-calling', 'scare-quotes', 'loaded-language']) expect(detectors, `${d} in ${r.id}`).toContain(d);
    }
  });
});
