/** Specification of the rule technique model: spans as `start-end technique "text"` rows, rankings, paragraph labels. */
import { describe, expect, it } from 'vitest';
import type { TechniqueSpan } from './model.js';
import { createRuleTechniqueModel, RULE_MODEL_DEFAULT_THRESHOLD } from './rule-model.js';

const model = createRuleTechniqueModel();
const show = (text: string, spans: readonly TechniqueSpan[]): string[] => spans.map((s) => `${s.start}-${s.end} ${s.technique} "${text.slice(s.start, s.end)}"`);

describe('rule model: spans', () => {
  it.each<[string, string[]]>([
    ['These barbaric thugs lied.', ['6-14 Loaded_Language "barbaric"', '15-20 Name_Calling,Labeling "thugs"']],
    // A cue of a clause-level technique marks its whole sentence; the question in the writer's voice also counts as doubt.
    [
      'Fine. What about the money they wasted? Done.',
      ['6-39 Doubt "What about the money they wasted?"', '6-39 Whataboutism,Straw_Men,Red_Herring "What about the money they wasted?"'],
    ],
    ['The committee met on Tuesday to discuss the budget.', []],
    ['', []],
  ])('%j', (text, expected) => {
    expect(show(text, model.spans(text))).toEqual(expected);
  });

  it('gives each span its evidence: the rule ids and cue phrases behind it', () => {
    const spans = model.spans('These barbaric thugs lied.');
    expect(spans[0]?.evidence).toContain('loaded-language/barbaric');
    expect(model.spans('Fine. What about the money they wasted? Done.').find((s) => s.technique.startsWith('Whataboutism'))?.evidence).toContain(
      'cue/Whataboutism: what about',
    );
  });

  it('keeps only spans at or above the threshold', () => {
    const text = 'These barbaric thugs lied.';
    const all = model.spans(text, { threshold: 0 });
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(model.spans(text, { threshold: 1 })).toEqual(all.filter((s) => s.score >= 1));
    expect(model.spans(text)).toEqual(all.filter((s) => s.score >= RULE_MODEL_DEFAULT_THRESHOLD));
  });

  it('returns in-bounds, sorted spans, never two overlapping spans of one technique, the same each time', () => {
    const text = 'The so-called "experts" are barbaric thugs. Can we really trust them? What about their record? Stop the steal. Stop the steal. Stop the steal.';
    const spans = model.spans(text, { threshold: 0 });
    expect(spans.length).toBeGreaterThan(3);
    for (const [i, s] of spans.entries()) {
      expect(0 <= s.start && s.start < s.end && s.end <= text.length).toBe(true);
      expect(s.score >= 0 && s.score <= 1).toBe(true);
      const next = spans[i + 1];
      if (next !== undefined) expect(next.start > s.start || (next.start === s.start && next.end >= s.end)).toBe(true);
      for (const other of spans.slice(i + 1)) if (other.technique === s.technique) expect(other.start >= s.end).toBe(true);
    }
    expect(model.spans(text, { threshold: 0 })).toEqual(spans);
  });
});

describe('rule model: classify', () => {
  const text = 'These barbaric thugs lied. Can the minister explain where the money went? Stop the steal. Stop the steal. The committee met on Tuesday and discussed the budget for the next year at length.';
  const at = (needle: string, from = 0): { start: number; end: number } => {
    const start = text.indexOf(needle, from);
    return { start, end: start + needle.length };
  };

  it.each<[string, { start: number; end: number }, string]>([
    ['a loaded word', at('barbaric'), 'Loaded_Language'],
    ['a label', at('thugs'), 'Name_Calling,Labeling'],
    ['a question', at('Can the minister explain where the money went?'), 'Doubt'],
    ['wording that recurs', at('Stop the steal'), 'Repetition'],
    // No evidence: the prior, weighted by how well the span's length suits each technique.
    ['a long span with no evidence', at('The committee met on Tuesday and discussed the budget for the next year at length.'), 'Doubt'],
  ])('ranks %s first as %s', (_name, span, expected) => {
    expect(model.classify(text, [span])[0]?.[0]?.technique).toBe(expected);
  });

  it('ranks all 14 PTC labels for every span, best first, with scores summing to 1', () => {
    const ranked = model.classify(text, [at('barbaric'), at('thugs'), at('Stop the steal')]);
    expect(ranked).toHaveLength(3);
    for (const ranking of ranked) {
      expect(new Set(ranking.map((r) => r.technique)).size).toBe(14);
      for (let i = 1; i < ranking.length; i += 1) expect((ranking[i - 1]?.score ?? 0) >= (ranking[i]?.score ?? 0)).toBe(true);
      expect(ranking.reduce((n, r) => n + r.score, 0)).toBeCloseTo(1, 2);
    }
  });

  it('answers an empty list with an empty list', () => {
    expect(model.classify(text, [])).toEqual([]);
  });
});

describe('rule model: paragraph', () => {
  it.each<[string, string[]]>([
    ['These barbaric thugs lied.', ['Loaded_Language', 'Name_Calling-Labeling']],
    // A technique PTC does not have, found by its cue.
    ['The time has come to act on housing.', ['Appeal_to_Time']],
    ['The committee met on Tuesday to discuss the budget.', []],
  ])('%j → %j', (text, expected) => {
    expect(model.paragraph(text).map((t) => t.technique).sort()).toEqual(expected);
  });

  it('scores in [0, 1], best first, none under the threshold', () => {
    const labels = model.paragraph('These barbaric thugs lied. What about their record?', { threshold: 0.2 });
    expect(labels.length).toBeGreaterThan(1);
    for (const [i, l] of labels.entries()) {
      expect(l.score >= 0.2 && l.score <= 1).toBe(true);
      if (i > 0) expect((labels[i - 1]?.score ?? 0) >= l.score).toBe(true);
    }
  });

  it('names itself with its version', () => {
    expect(model.id).toMatch(/^rules-\d+\.\d+\.\d+$/);
  });
});
