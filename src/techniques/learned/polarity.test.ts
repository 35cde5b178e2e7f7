import { describe, expect, it } from 'vitest';
import { polarityBin, valenceFrom, valenceTable, winkValence } from './polarity.js';

describe('valence', () => {
  it('reads wink-nlp’s lexicon: negative, positive, none', () => {
    expect(winkValence('brutal')).toBeLessThan(0);
    expect(winkValence('wonderful')).toBeGreaterThan(0);
    expect(winkValence('road')).toBe(0);
    expect(winkValence('2019')).toBe(0);
  });

  it('builds a table of the emotive words only, and reads it back', () => {
    const table = valenceTable(['road', 'brutal', 'wonderful', 'brutal']);
    expect(table.words).toEqual(['brutal', 'wonderful']);
    const valence = valenceFrom(table);
    expect(valence('brutal')).toBeCloseTo(winkValence('brutal'), 3);
    expect(valence('road')).toBe(0);
    expect(valence('unseen')).toBe(0);
  });

  it.each([
    [-0.9, '--'],
    [-0.2, '-'],
    [0, '0'],
    [0.3, '+'],
    [0.5, '++'],
  ])('bins %d as %s', (v, bin) => {
    expect(polarityBin(v)).toBe(bin);
  });
});
