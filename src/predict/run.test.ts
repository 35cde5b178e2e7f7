/** Specification of the JSONL runner: one answer per line in order, error lines with line numbers, streaming, files. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseJsonLine, runPredict, type PredictLineError } from './run.js';
import { LineIdSchema, spanProblems, TextSchema } from './schemas.js';
import type { PredictTask } from './task.js';

const dir = mkdtempSync(join(tmpdir(), 'slant-predict-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in task: answers each text with its length; spans must lie inside the text. */
const lengthTask: PredictTask<{ id: string | number; text: string; spans?: Array<{ start: number; end: number }> | undefined }, { id: string | number; length: number }> = {
  name: 'length',
  description: 'the length of the text',
  input: z.object({ id: LineIdSchema, text: TextSchema, spans: z.array(z.object({ start: z.int(), end: z.int() })).optional() }),
  output: z.object({ id: LineIdSchema, length: z.int() }),
  check: ({ text, spans }) => spanProblems(text, spans ?? []),
  prepare: async () => ({ model: 'stub-1', predict: ({ id, text }) => ({ id, length: text.length }) }),
};

/** Runs the stand-in over lines; returns the output lines (parsed), the errors heard, and the summary. */
async function run(lines: string[]) {
  const sink = new PassThrough();
  const chunks: string[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c.toString()));
  const errors: PredictLineError[] = [];
  const summary = await runPredict(lengthTask, lines, sink, { onError: (e) => errors.push(e) });
  const out = chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { out, errors, summary };
}

describe('runPredict', () => {
  it('answers every line in order with its id, as given (string or number)', async () => {
    const { out, errors, summary } = await run(['{"id":"b","text":"hello"}', '{"id":7,"text":""}', '{"id":"a","text":"xy","extra":true}']);
    expect(out).toEqual([
      { id: 'b', length: 5 },
      { id: 7, length: 0 },
      { id: 'a', length: 2 },
    ]);
    expect(errors).toEqual([]);
    expect(summary).toEqual({ task: 'length', model: 'stub-1', lines: 3, answered: 3, failed: 0 });
  });

  it.each<[string, string, PredictLineError]>([
    ['invalid JSON', '{"id": "x", text}', { line: 2, id: null, message: expect.stringMatching(/^not valid JSON/) as unknown as string }],
    ['a JSON value that is not an object', '[1, 2]', { line: 2, id: null, message: 'expected a JSON object' }],
    ['a missing text', '{"id": "x"}', { line: 2, id: 'x', message: 'text: missing' }],
    ['a missing id', '{"text": "x"}', { line: 2, id: null, message: 'id: id must be a string or a number' }],
    ['an empty id', '{"id": "", "text": "x"}', { line: 2, id: null, message: 'id: id must not be empty' }],
    ['a text of the wrong type', '{"id": 3, "text": 42}', { line: 2, id: 3, message: 'text: text must be a string' }],
    ['a span past the end', '{"id": "x", "text": "abc", "spans": [{"start": 1, "end": 9}]}', { line: 2, id: 'x', message: 'span 1 [1, 9) runs past the end of the text (length 3)' }],
    ['a reversed span', '{"id": "x", "text": "abc", "spans": [{"start": 0, "end": 1}, {"start": 2, "end": 2}]}', { line: 2, id: 'x', message: 'span 2 [2, 2) is empty or reversed: end must be greater than start' }],
  ])('reports %s with its line number, writes an error line, and goes on', async (_name, bad, expected) => {
    const { out, errors, summary } = await run(['{"id":"first","text":"a"}', bad, '{"id":"last","text":"abc"}']);
    expect(errors).toEqual([expected]);
    expect(out).toEqual([{ id: 'first', length: 1 }, { id: expected.id, line: 2, error: expected.message }, { id: 'last', length: 3 }]);
    expect(summary).toMatchObject({ lines: 3, answered: 2, failed: 1 });
  });

  it('skips blank lines but counts them in line numbers', async () => {
    const { out, errors } = await run(['', '{"id":1,"text":"a"}', '   ', 'nope']);
    expect(out).toHaveLength(2);
    expect(errors.map((e) => e.line)).toEqual([4]);
  });

  it('streams 100,000 lines through in order', async () => {
    function* lines(): Generator<string> {
      for (let i = 0; i < 100_000; i += 1) yield `{"id":${i},"text":"line ${i}"}`;
    }
    const sink = new PassThrough();
    let count = 0;
    let ordered = true;
    let rest = '';
    sink.on('data', (c: Buffer) => {
      const parts = (rest + c.toString()).split('\n');
      rest = parts.pop() ?? '';
      for (const p of parts) {
        if ((JSON.parse(p) as { id: number }).id !== count) ordered = false;
        count += 1;
      }
    });
    const summary = await runPredict(lengthTask, lines(), sink);
    expect(summary.answered).toBe(100_000);
    expect(count).toBe(100_000);
    expect(ordered).toBe(true);
  });

  it('reads and writes files, and refuses a missing input before touching the output', async () => {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, '\uFEFF{"id":"a","text":"abc"}\r\n{"id":"b","text":"de"}\r\n');
    const output = join(dir, 'out.jsonl');
    await runPredict(lengthTask, input, output);
    expect(readFileSync(output, 'utf8')).toBe('{"id":"a","length":3}\n{"id":"b","length":2}\n');
    const untouched = join(dir, 'untouched.jsonl');
    await expect(runPredict(lengthTask, join(dir, 'missing.jsonl'), untouched)).rejects.toMatchObject({ code: 'SLANT_NOT_FOUND' });
    expect(existsSync(untouched)).toBe(false);
    await expect(runPredict(lengthTask, input, join(dir, 'no', 'such', 'dir.jsonl'))).rejects.toMatchObject({ code: 'SLANT_USAGE' });
  });

  it('refuses an unknown task name', async () => {
    await expect(runPredict('techniques-everything', [], new PassThrough())).rejects.toMatchObject({ code: 'SLANT_USAGE' });
  });

  it('runs a real task by name with the rule model', async () => {
    const sink = new PassThrough();
    const chunks: string[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c.toString()));
    const summary = await runPredict('techniques-paragraphs', ['{"id":"p1","text":"These barbaric thugs lied."}'], sink, { model: 'rules' });
    expect(summary.model).toMatch(/^rules-/);
    expect(JSON.parse(chunks.join(''))).toEqual({ id: 'p1', labels: ['Loaded_Language', 'Name_Calling-Labeling'] });
  });
});

describe('parseJsonLine', () => {
  it('returns the parsed value with unknown fields dropped', () => {
    expect(parseJsonLine(lengthTask.input, '{"id":1,"text":"a","note":"x"}')).toEqual({ ok: true, value: { id: 1, text: 'a' } });
  });
});
