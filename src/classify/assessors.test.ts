/** Specification of the genre, frames and hyperpartisan assessors over small hand-written models. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import type { DocumentSignal } from '../core/signal.js';
import { parse } from '../nlp/parse.js';
import { createClassifierAssessors, createFramesAssessor, createGenreAssessor, createHyperpartisanAssessor } from './assessors.js';
import { tinyClassifier, WORDS_ONLY } from './test-models.js';

/** The one signal an assessor gives (these never give a list). */
function one(s: DocumentSignal | DocumentSignal[] | undefined): DocumentSignal | undefined {
  if (Array.isArray(s)) throw new Error('expected a single signal');
  return s;
}

const ARTICLE = 'Officials said on Monday that the council of Veldmark approved the budget. The mayor said taxes will rise next year, and the vote was close. Residents said they were told little about it.';

describe('document assessors', () => {
  it('genre: the most probable label, its scores and the words behind it', () => {
    const genre = tinyClassifier('softmax', ['opinion', 'reporting', 'satire'], { 'w=i': [2, 0, 0], 'w=said': [0, 2, 0], 'w=aliens': [0, 0, 3] }, [0, 0, 0], { name: 'genre' });
    const signal = createGenreAssessor(genre).assess(parse(ARTICLE), []);
    const p = Math.exp(2) / (Math.exp(2) + 2);
    expect(signal).toEqual({
      id: 'genre',
      summary: `Genre: reporting (${p.toFixed(2)})`,
      labels: [{ label: 'reporting', score: Math.round(p * 1000) / 1000 }],
      scores: [
        { label: 'reporting', score: Math.round(p * 1000) / 1000 },
        { label: 'opinion', score: Math.round((1 / (Math.exp(2) + 2)) * 1000) / 1000 },
        { label: 'satire', score: Math.round((1 / (Math.exp(2) + 2)) * 1000) / 1000 },
      ],
      evidence: ['word “said” (+2.00)'],
      model: 'genre-000000000000',
    });
  });

  it('frames: every frame over the threshold with its evidence, or none with the best named', () => {
    const frames = tinyClassifier('ovr', ['Economic', 'Political'], { 'w=taxes': [3, 0], 'w=budget': [1, 0], 'w=vote': [0, 2] }, [-1, -1], { name: 'frames', threshold: 0.6 });
    const assessor = createFramesAssessor(frames);
    const signal = one(assessor.assess(parse(ARTICLE), []));
    // Economic: -1 + 3 + 1 = 3 → 0.95; Political: -1 + 2 = 1 → 0.73.
    expect(signal?.labels.map((l) => l.label)).toEqual(['Economic', 'Political']);
    expect(signal?.summary).toBe('Frames: Economic (0.95), Political (0.73)');
    expect(signal?.evidence).toEqual(['Economic: word “taxes” (+3.00)', 'Economic: word “budget” (+1.00)', 'Political: word “vote” (+2.00)']);
    const quiet = one(assessor.assess(parse('Nothing in this text touches either frame at all: it is only about the weather, the wind and the grey sea off the coast of Veldmark.'), []));
    expect(quiet?.labels).toEqual([]);
    expect(quiet?.summary).toBe('Frames: none clear (best Economic (0.27), below 0.6)');
  });

  it('hyperpartisan: true/false as in the dataset, reading rule findings when its features do', () => {
    const spec = { ...WORDS_ONLY, words: false, rules: true };
    const model = tinyClassifier('binary', ['true', 'false'], { 'r=loaded-language': 2 }, [-1], { name: 'hyperpartisan', spec });
    const assessor = createHyperpartisanAssessor(model);
    const doc = parse(ARTICLE);
    const hit: Finding = { detector: 'loaded-language', rule: 'loaded-language/x', label: 'L', start: 0, end: 9, text: 'Officials', reason: 'r', confidence: 1 };
    expect(one(assessor.assess(doc, []))?.labels).toEqual([{ label: 'false', score: Math.round((1 - 1 / (1 + Math.exp(1))) * 1000) / 1000 }]);
    const signal = one(assessor.assess(doc, [hit]));
    expect(signal?.labels[0]?.label).toBe('true');
    expect(signal?.summary).toBe('Hyperpartisan: yes (0.73; threshold 0.5)');
    expect(signal?.evidence).toEqual(['rule loaded-language: “officials” (+2.00)']);
  });

  it('say nothing about a text too short to read', () => {
    const genre = tinyClassifier('softmax', ['opinion', 'reporting', 'satire'], {}, [0, 0, 0], { name: 'genre' });
    expect(createGenreAssessor(genre).assess(parse('Too short.'), [])).toBeUndefined();
  });

  it('createClassifierAssessors leaves out the readings whose models are absent', () => {
    expect(createClassifierAssessors(() => undefined)).toEqual([]);
    const genre = tinyClassifier('softmax', ['opinion', 'reporting', 'satire'], {}, [0, 0, 0], { name: 'genre' });
    expect(createClassifierAssessors((name) => (name === 'genre' ? genre : undefined)).map((a) => a.id)).toEqual(['genre']);
  });
});
