/** Specification of renderEvalReport: the same report as aligned text, Markdown and JSON. */
import { describe, expect, it } from 'vitest';
import type { EvalReport } from './evaluate.js';
import { renderEvalReport } from './report.js';

const report: EvalReport = {
  task: 'techniques-classify',
  model: 'rules-1.0.0',
  data: 'gold file g.jsonl',
  items: 2,
  scores: {
    headline: [
      { name: 'micro-F1', value: 2 / 3 },
      { name: 'macro-F1', value: 0.5 },
    ],
    perTechnique: [
      { technique: 'Doubt', support: 1, predicted: 2, precision: 0.5, recall: 1, f1: 2 / 3 },
      { technique: 'Loaded_Language', support: 3, predicted: 1, precision: 1, recall: 1 / 3, f1: 0.5 },
    ],
    notes: ['3 gold spans'],
  },
  folds: {
    folds: 2,
    perFold: [
      { fold: 0, items: 1, headline: [{ name: 'micro-F1', value: 0.5 }, { name: 'macro-F1', value: 0.25 }] },
      { fold: 1, items: 1, headline: [{ name: 'micro-F1', value: 1 }, { name: 'macro-F1', value: 0.75 }] },
    ],
    mean: [{ name: 'micro-F1', value: 0.75 }, { name: 'macro-F1', value: 0.5 }],
    sd: [{ name: 'micro-F1', value: 0.3536 }, { name: 'macro-F1', value: 0.3536 }],
  },
  notes: ['3 gold spans'],
};

describe('renderEvalReport', () => {
  it('prints aligned columns, techniques by support, folds with mean ± sd', () => {
    expect(renderEvalReport(report, 'pretty')).toBe(
      [
        'techniques-classify · model rules-1.0.0',
        'data: gold file g.jsonl · 2 items',
        '',
        'micro-F1 0.667   macro-F1 0.500',
        '',
        'technique        support  predicted  precision  recall     F1',
        'Loaded_Language        3          1      1.000   0.333  0.500',
        'Doubt                  1          2      0.500   1.000  0.667',
        '',
        '2 folds by group:',
        'fold       items       micro-F1       macro-F1',
        '0              1          0.500          0.250',
        '1              1          1.000          0.750',
        'mean ± sd         0.750 ± 0.354  0.500 ± 0.354',
        '',
        'note: 3 gold spans',
        '',
      ].join('\n'),
    );
  });

  it('writes Markdown tables', () => {
    const md = renderEvalReport(report, 'md');
    expect(md).toContain('| micro-F1 | macro-F1 |\n|---|---:|\n| 0.667 | 0.500 |');
    expect(md).toContain('| Loaded_Language | 3 | 1 | 1.000 | 0.333 | 0.500 |\n| Doubt | 1 | 2 | 0.500 | 1.000 | 0.667 |');
    expect(md).toContain('| mean ± sd |  | 0.750 ± 0.354 | 0.500 ± 0.354 |');
  });

  it('writes the report itself as JSON', () => {
    expect(JSON.parse(renderEvalReport(report, 'json'))).toEqual(report);
  });
});
