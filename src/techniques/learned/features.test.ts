import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/finding.js';
import { createDefaultDetectors } from '../../detectors/index.js';
import { testLexicons } from '../../detectors/test-helper.js';
import { parse } from '../../nlp/parse.js';
import {
  featureContext,
  firstTokenAtOrAfter,
  normalizePhrase,
  paragraphFeatures,
  phraseCount,
  ruleTags,
  sentenceEnding,
  shapeOf,
  spanContext,
  spanFeatures,
  tokenFeatures,
} from './features.js';
import { valenceFrom } from './polarity.js';

const detectors = createDefaultDetectors(testLexicons());
const valence = valenceFrom({ words: ['barbaric'], values: [-0.9] });

describe('small helpers', () => {
  it.each([
    ['NATO', 'X'],
    ['Paris', 'Xx'],
    ['road', 'x'],
    ['iPhone', 'm'],
    ['2019', 'd'],
    ['!', 'p'],
    ['Ереван', 'u'],
  ])('shapeOf(%s) = %s', (text, shape) => {
    expect(shapeOf(text)).toBe(shape);
  });

  it('normalizes phrases and counts whole-word repeats', () => {
    expect(normalizePhrase('Lock HER up!')).toBe('lock her up');
    expect(phraseCount('lock her up and lock her up', 'lock her up')).toBe(2);
    expect(phraseCount('unlock her upper', 'lock her up')).toBe(0);
    expect(phraseCount('anything', '')).toBe(0);
  });

  it('finds sentence endings past closing quotes', () => {
    const doc = parse('They lied! “Why?” Fine.');
    expect([0, 1, 2].map((s) => sentenceEnding(doc, s))).toEqual(['!', '?', '.']);
  });

  it('tags rule findings by detector and kind', () => {
    const f = (detector: string, rule: string, data?: Record<string, unknown>): Finding =>
      ({ detector, rule, data, label: '', start: 0, end: 1, text: 'x', reason: '', confidence: 1 }) as Finding;
    expect(ruleTags(f('loaded-language', 'loaded-language/barbaric', { kind: 'violence' }))).toEqual(['loaded-language', 'loaded-language:violence']);
    expect(ruleTags(f('hedges-weasels', 'hedges-weasels/some-say', { lexicon: 'weasels' }))).toEqual(['hedges-weasels', 'hedges-weasels:weasels']);
    expect(ruleTags(f('repetition', 'repetition/anaphora'))).toEqual(['repetition', 'repetition:anaphora']);
    expect(ruleTags(f('intensifiers', 'intensifiers/very'))).toEqual(['intensifiers']);
  });

  it('finds the first token ending after an offset', () => {
    const tokens = parse('a bc d').tokens;
    expect([0, 1, 2, 3, 5, 6].map((o) => firstTokenAtOrAfter(tokens, o))).toEqual([0, 1, 1, 1, 2, 3]);
  });
});

describe('tokenFeatures', () => {
  const doc = parse('The barbaric regime lies!', { pos: true });
  const ctx = featureContext(doc, detectors, valence);

  it('describes the word, its context, valence, rule tags and sentence', () => {
    const out: string[] = [];
    tokenFeatures(ctx, 1, out);
    expect(out).toEqual(
      expect.arrayContaining(['w=barbaric', 'sh=x', 'w-1=the', 'w+1=regime', 'w-2=<s>', 'b-=the_barbaric', 'pol=--', 'r=loaded-language', 'se=!', 'first', 'sp=1']),
    );
    expect(out.some((f) => f.startsWith('p=') && f !== 'p=X')).toBe(true);
    expect(out).not.toContain('pol-1=--');
    const next: string[] = [];
    tokenFeatures(ctx, 2, next);
    expect(next).toContain('pol-1=--');
    expect(next).toContain('rn=loaded-language');
  });

  it('leaves POS features out when the document has no tags', () => {
    const out: string[] = [];
    tokenFeatures(featureContext(parse('The barbaric regime lies!'), detectors, valence), 1, out);
    expect(out.some((f) => f.startsWith('p='))).toBe(false);
  });
});

describe('spanFeatures', () => {
  const text = 'Lock her up. They said it again: lock her up! And again, lock her up.';
  const ctx = spanContext(featureContext(parse(text, { pos: true }), detectors, valence));

  it('counts how often the span recurs, and where this occurrence falls', () => {
    const at = text.indexOf('lock her up!');
    const out: string[] = [];
    spanFeatures(ctx, at, at + 'lock her up'.length, out);
    expect(out).toEqual(expect.arrayContaining(['sw=lock', 'sw=her', 'sw=up', 'f=lock', 'la=up', 'rep=2', 'occ=1_1', 'c+1=!', 'se=!', 'len=2']));
  });

  it('marks an empty span', () => {
    const out: string[] = [];
    spanFeatures(ctx, 4, 5, out);
    expect(out).toEqual(['empty']);
  });
});

describe('paragraphFeatures', () => {
  it('lists each feature once, sorted, with rules and punctuation flags', () => {
    const features = paragraphFeatures(featureContext(parse('They lie. They lie! Barbaric lies?'), detectors, valence));
    expect(features).toEqual([...new Set(features)].sort());
    expect(features).toEqual(expect.arrayContaining(['w=they', 'b=they_lie', 'has!', 'has?', 'r=loaded-language', 'len=0']));
  });
});
