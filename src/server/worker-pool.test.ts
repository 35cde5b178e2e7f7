/** The analysis pool: workers give what the in-process analyzer gives, queued work can be cancelled, closing ends it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toResult, type AnalysisService } from './analysis-service.js';
import { ruleAnalyzer } from './test-helper.js';
import { createWorkerPool } from './worker-pool.js';

const TEXTS = [
  'The so-called experts in Velmora were totally wrong! Why would anyone trust them again?',
  'Ferry service between Velmora and Ostrel resumed on Tuesday, the port authority said.',
  'The Ostrel ministry called the Velmora regime a gang of thugs and demanded an apology.',
];

describe('createWorkerPool', () => {
  let pool: AnalysisService;
  beforeAll(async () => {
    pool = await createWorkerPool({ size: 1, analyze: { skip: ['techniques'] } });
  });
  afterAll(async () => {
    await pool.close();
  });

  it('builds the same analyzer in its workers as on this thread', () => {
    expect(pool.workers).toBe(1);
    expect(pool.info).toEqual(ruleAnalyzer().info);
  });

  it('returns what the in-process analyzer returns, for concurrent requests, each to its caller', async () => {
    const results = await Promise.all(TEXTS.map((t) => pool.analyze(t)));
    expect(results).toEqual(TEXTS.map((t) => JSON.parse(JSON.stringify(toResult(ruleAnalyzer().analyze(t))))));
  });

  it('drops a queued analysis whose request was cancelled, and runs the rest', async () => {
    const cancelled = new AbortController();
    const first = pool.analyze(TEXTS[0] ?? '');
    const second = pool.analyze(TEXTS[1] ?? '', cancelled.signal);
    const third = pool.analyze(TEXTS[2] ?? '');
    cancelled.abort();
    await expect(second).rejects.toMatchObject({ code: 'SLANT_USAGE', message: expect.stringMatching(/cancelled/) });
    expect((await first).summary.words).toBeGreaterThan(0);
    expect((await third).findings.map((f) => f.rule)).toContain('name-calling/regime');
    const gone = new AbortController();
    gone.abort();
    await expect(pool.analyze('Anything.', gone.signal)).rejects.toMatchObject({ code: 'SLANT_USAGE' });
  });

  it('refuses a size below one', async () => {
    await expect(createWorkerPool({ size: 0 })).rejects.toMatchObject({ code: 'SLANT_USAGE' });
  });

  it('rejects analyses once closed', async () => {
    const other = await createWorkerPool({ size: 1, analyze: { skip: ['techniques'] } });
    const running = other.analyze(TEXTS[0] ?? '').catch((error: unknown) => error);
    const queued = other.analyze(TEXTS[1] ?? '').catch((error: unknown) => error);
    await other.close();
    expect(await queued).toMatchObject({ code: 'SLANT_INTERNAL', message: expect.stringMatching(/closed before/) });
    // The running one either finished before the workers stopped or failed with them: never left pending.
    expect(await running).toBeDefined();
    await expect(other.analyze('After close.')).rejects.toMatchObject({ code: 'SLANT_INTERNAL', message: expect.stringMatching(/closed/) });
  });
});

describe('a worker that crashes', () => {
  it('fails only the analysis it was running and is replaced', async () => {
    const pool = await createWorkerPool({ size: 1, entry: new URL('../../test/fixtures/crashing-worker.ts', import.meta.url) });
    try {
      const before = pool.analyze('two words');
      const crash = pool.analyze('crash').catch((error: unknown) => error);
      const after = pool.analyze('three more words');
      expect((await before).summary.words).toBe(2);
      expect(await crash).toMatchObject({ code: 'SLANT_INTERNAL', message: expect.stringMatching(/exited \(code 3\) during an analysis/) });
      expect((await after).summary.words).toBe(3);
      expect((await pool.analyze('and four more words')).summary.words).toBe(4);
    } finally {
      await pool.close();
    }
  });
});
