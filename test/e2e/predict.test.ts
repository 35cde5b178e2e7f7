/** End-to-end: `slant predict` and `slant eval` in-process, on small JSONL files written here. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PTC_TECHNIQUES } from '../../src/train/datasets/ptc.js';
import { SEMEVAL2023_TECHNIQUES } from '../../src/train/datasets/semeval2023.js';
import { runCli } from '../helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'slant-predict-e2e-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], stdin?: string) => runCli(args, { cwd: dir, stdin });
const jsonl = (name: string, lines: unknown[]): string => {
  writeFileSync(join(dir, name), lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return name;
};
const read = (name: string): Array<Record<string, unknown>> =>
  readFileSync(join(dir, name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

interface OutSpan {
  start: number;
  end: number;
  technique: string;
  score: number;
}

const TEXTS = [
  { id: 'op-1', text: 'The so-called reformers are barbaric thugs. Can we really trust a word they say? What about the money they wasted?' },
  { id: 2, text: 'The council met on Tuesday and approved the budget for the next year.' },
  { id: 'op-3', text: 'They lied, and lied again. We cannot wait any longer: the time has come to act — 🇫🇷 now or never!' },
];

describe('slant predict', () => {
  it('techniques-spans: one line per input line, same ids in order, spans inside their text with PTC labels', async () => {
    const { code, stderr } = await cli(['predict', 'techniques-spans', '--in', jsonl('spans-in.jsonl', TEXTS), '--out', 'spans-out.jsonl', '--model', 'rules']);
    expect(code).toBe(0);
    expect(stderr).toContain('techniques-spans: 3 answered, 0 failed (model rules-');
    const out = read('spans-out.jsonl');
    expect(out.map((o) => o.id)).toEqual(['op-1', 2, 'op-3']);
    TEXTS.forEach(({ text }, i) => {
      const spans = out[i]?.spans as OutSpan[];
      for (const s of spans) {
        expect(0 <= s.start && s.start < s.end && s.end <= text.length).toBe(true);
        expect(PTC_TECHNIQUES as readonly string[]).toContain(s.technique);
        expect(s.score >= 0 && s.score <= 1).toBe(true);
      }
    });
    const first = out[0]?.spans as OutSpan[];
    expect(first.map((s) => `${TEXTS[0]!.text.slice(s.start, s.end)} ${s.technique}`)).toEqual(expect.arrayContaining(['barbaric Loaded_Language', 'thugs Name_Calling,Labeling']));
    expect(out[1]?.spans).toEqual([]);
  });

  it('techniques-spans --evidence adds the evidence behind each span', async () => {
    const { code, stdout } = await cli(['predict', 'techniques-spans', '--model', 'rules', '--evidence'], JSON.stringify(TEXTS[0]));
    expect(code).toBe(0);
    const spans = (JSON.parse(stdout) as { spans: Array<OutSpan & { evidence: string[] }> }).spans;
    expect(spans.find((s) => s.technique === 'Loaded_Language')?.evidence).toContain('loaded-language/barbaric');
  });

  it('techniques-classify: one technique per given span, two different ones for a span listed twice', async () => {
    const text = TEXTS[0]!.text;
    const barbaric = { start: text.indexOf('barbaric'), end: text.indexOf('barbaric') + 8 };
    const question = { start: text.indexOf('Can we'), end: text.indexOf('say?') + 4 };
    const input = jsonl('tc-in.jsonl', [{ id: 'op-1', text, spans: [barbaric, question, barbaric] }]);
    const { code } = await cli(['predict', 'techniques-classify', '--in', input, '--out', 'tc-out.jsonl', '--model', 'rules']);
    expect(code).toBe(0);
    const [line] = read('tc-out.jsonl') as Array<{ id: string; spans: OutSpan[] }>;
    expect(line?.id).toBe('op-1');
    expect(line?.spans.map((s) => [s.start, s.end])).toEqual([[barbaric.start, barbaric.end], [question.start, question.end], [barbaric.start, barbaric.end]]);
    expect(line?.spans[0]?.technique).toBe('Loaded_Language');
    expect(line?.spans[1]?.technique).toBe('Doubt');
    expect(line?.spans[2]?.technique).not.toBe('Loaded_Language');
    expect(PTC_TECHNIQUES as readonly string[]).toContain(line?.spans[2]?.technique);
  });

  it('techniques-paragraphs: stdin to stdout, SemEval-2023 technique ids', async () => {
    const { code, stdout } = await cli(['predict', 'techniques-paragraphs', '--model', 'rules'], TEXTS.map((t) => JSON.stringify(t)).join('\n'));
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | number; labels: string[] });
    expect(out.map((o) => o.id)).toEqual(['op-1', 2, 'op-3']);
    for (const o of out) for (const l of o.labels) expect(SEMEVAL2023_TECHNIQUES as readonly string[]).toContain(l);
    expect(out[0]?.labels).toEqual(expect.arrayContaining(['Loaded_Language', 'Name_Calling-Labeling']));
    expect(out[1]?.labels).toEqual([]);
    expect(out[2]?.labels).toContain('Appeal_to_Time');
  });

  it('reports bad lines on stderr with their line numbers, answers the rest, and exits 1', async () => {
    const input = jsonl('bad-in.jsonl', [
      { id: 'ok-1', text: 'abc def', spans: [{ start: 0, end: 3 }] },
      '{"id": "broken", ',
      { id: 'no-spans', text: 'abc' },
      { id: 'far', text: 'abc', spans: [{ start: 2, end: 30 }] },
      { id: 'ok-2', text: 'abc def', spans: [{ start: 4, end: 7 }] },
    ]);
    const { code, stderr } = await cli(['predict', 'techniques-classify', '--in', input, '--out', 'bad-out.jsonl', '--model', 'rules']);
    expect(code).toBe(1);
    expect(stderr).toContain('bad-in.jsonl line 2: not valid JSON');
    expect(stderr).toContain('bad-in.jsonl line 3 (id "no-spans"): spans: missing');
    expect(stderr).toContain('bad-in.jsonl line 4 (id "far"): span 1 [2, 30) runs past the end of the text (length 3)');
    expect(stderr).toContain('2 answered, 3 failed');
    const out = read('bad-out.jsonl');
    expect(out.map((o) => o.id)).toEqual(['ok-1', null, 'no-spans', 'far', 'ok-2']);
    expect(out.map((o) => o.line)).toEqual([undefined, 2, 3, 4, undefined]);
    expect((out[4]?.spans as OutSpan[])[0]).toMatchObject({ start: 4, end: 7 });
  });

  it.each<[string, string[], number, RegExp]>([
    ['an unknown task', ['predict', 'techniques-everything', '--in', 'x.jsonl'], 2, /unknown task "techniques-everything"; tasks: techniques-spans, techniques-classify, techniques-paragraphs/],
    ['a missing input file', ['predict', 'techniques-spans', '--in', 'missing.jsonl', '--model', 'rules'], 3, /no input file at .*missing\.jsonl/],
    ['an unknown model', ['predict', 'techniques-spans', '--model', 'best'], 2, /--model <model>' argument 'best' is invalid/],
    ['a threshold above 1', ['predict', 'techniques-spans', '--threshold', '2'], 2, /expected a number between 0 and 1/],
  ])('refuses %s', async (_name, args, exit, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(exit);
    expect(stderr).toMatch(message);
  });

  it('--help lists the tasks with their line formats', async () => {
    const { code, stdout } = await cli(['predict', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('techniques-classify: the technique (PTC label) of each given span');
    expect(stdout).toContain('in:  {id: string | number, text: string, spans: [{start: integer, end: integer}]}');
    expect(stdout).toContain('out: {id: string | number, labels: [string]}');
  });
});

describe('slant eval', () => {
  const gold = (): string =>
    jsonl('gold.jsonl', [
      { id: 'g1', text: 'aaaa bbbb cccc', spans: [{ start: 0, end: 4, technique: 'Loaded_Language' }, { start: 5, end: 14, technique: 'Doubt' }] },
      { id: 'g2', text: 'dddd eeee', spans: [{ start: 0, end: 4, technique: 'Repetition' }] },
    ]);

  it('scores a predictions file on a gold file (hand-computed) and prints the per-technique table', async () => {
    const pred = jsonl('pred.jsonl', [
      { id: 'g1', spans: [{ start: 0, end: 4, technique: 'Loaded_Language', score: 0.9 }, { start: 5, end: 9, technique: 'Loaded_Language', score: 0.6 }] },
      { id: 'g2', spans: [{ start: 0, end: 9, technique: 'Repetition', score: 0.8 }] },
    ]);
    // SI: gold [0,4) [5,14) | [0,4); pred [0,4) [5,9) | [0,9).
    // P = (4/4 + 4/4 + 4/9)/3 = 22/27 = 0.815; R = (4/4 + 4/9 + 4/4)/3 = 22/27; F1 = 0.815.
    // Full: Loaded P (1 + 0)/2, R 1; Doubt R 0; Repetition P 4/9, R 1 → P (1 + 4/9)/3 = 0.481, R (1 + 0 + 1)/3 = 0.667, F1 0.559.
    const { code, stdout } = await cli(['eval', 'techniques-spans', '--gold', gold(), '--pred', pred, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { scores: { headline: Array<{ name: string; value: number }> } };
    const value = (name: string) => report.scores.headline.find((f) => f.name === name)?.value;
    expect(value('SI precision')).toBeCloseTo(22 / 27, 9);
    expect(value('SI recall')).toBeCloseTo(22 / 27, 9);
    expect(value('full precision')).toBeCloseTo(13 / 27, 9);
    expect(value('full recall')).toBeCloseTo(2 / 3, 9);
    expect(value('full F1')).toBeCloseTo((2 * (13 / 27) * (2 / 3)) / (13 / 27 + 2 / 3), 9);

    const pretty = await cli(['eval', 'techniques-spans', '--gold', 'gold.jsonl', '--pred', 'pred.jsonl']);
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).toContain('SI F1 0.815   SI precision 0.815   SI recall 0.815');
    expect(pretty.stdout).toMatch(/Loaded_Language\s+1\s+2\s+0\.500\s+1\.000\s+0\.667/);
    expect(pretty.stdout).toMatch(/Doubt\s+1\s+0\s+0\.000\s+0\.000\s+0\.000/);
  });

  it('runs the rule model on a gold file, restricted to listed ids', async () => {
    gold();
    writeFileSync(join(dir, 'heldout.txt'), '# held-out documents\ng2\n');
    const { code, stdout } = await cli(['eval', 'techniques-classify', '--gold', 'gold.jsonl', '--model', 'rules', '--ids', 'heldout.txt', '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout).toContain('## techniques-classify');
    expect(stdout).toMatch(/Model `rules-[\d.]+`; gold file .*gold\.jsonl, restricted to 1 listed ids; 1 items\./);
  });

  it('refuses a gold file with a bad line, naming the row', async () => {
    const bad = jsonl('bad-gold.jsonl', [{ id: 'g1', text: 'ab', spans: [] }, { id: 'g2', text: 'ab', spans: [{ start: 0, end: 1 }] }]);
    const { code, stderr } = await cli(['eval', 'techniques-spans', '--gold', bad, '--model', 'rules']);
    expect(code).toBe(65);
    expect(stderr).toMatch(/bad-gold\.jsonl \(row 2\): bad gold line: spans\.0\.technique: /);
  });
});
