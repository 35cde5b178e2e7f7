import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SlantError } from './errors.js';
import { hammingDistance, isSimhash, simhash } from './simhash.js';

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8');

/** A lightly edited copy: a different headline and a few words changed, as syndication and updates do. */
function lightlyEdited(text: string): string {
  const [, ...rest] = text.split('\n');
  return ['Mediators say Velka dam agreement is close', ...rest]
    .join('\n')
    .replace('on Friday', 'on Friday evening')
    .replace('difficult but useful', 'hard but productive')
    .replace('roughly a third', 'about a third');
}

describe('simhash', () => {
  it.each([
    ['empty text', '', '0000000000000000'],
    ['punctuation only', '?! …', '0000000000000000'],
  ])('%s hashes to zero', (_name, text, expected) => {
    expect(simhash(text)).toBe(expected);
  });

  it('is 16 lowercase hex digits, stable across calls, and ignores case and punctuation', () => {
    const text = 'The quick brown fox jumps over the lazy dog';
    expect(simhash(text)).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(text)).toBe(simhash(text));
    expect(simhash('THE QUICK, BROWN FOX — jumps over the lazy dog!')).toBe(simhash(text));
  });

  it('depends on word order (shingles, not a bag of words)', () => {
    expect(simhash('alpha beta gamma delta epsilon')).not.toBe(simhash('epsilon delta gamma beta alpha'));
  });

  it('hashes texts shorter than a shingle', () => {
    expect(simhash('one')).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash('one two')).not.toBe(simhash('one'));
    expect(simhash('one')).not.toBe('0000000000000000');
  });

  it('puts a lightly edited copy of a 300-word article within 3..10 bits, unrelated articles beyond 20', () => {
    const original = fixture('long-article.txt');
    const unrelated = fixture('unrelated-article.txt');
    expect(original.split(/\s+/).length).toBeGreaterThanOrEqual(300);
    const edited = hammingDistance(simhash(original), simhash(lightlyEdited(original)));
    const far = hammingDistance(simhash(original), simhash(unrelated));
    expect(edited).toBeGreaterThanOrEqual(3);
    expect(edited).toBeLessThanOrEqual(10);
    expect(far).toBeGreaterThan(20);
    expect(hammingDistance(simhash(original), simhash(original.replace(/\n/g, ' \n ')))).toBe(0);
  });

  it('spreads unrelated texts around half the bits (no systematic bias in the hash)', () => {
    const texts = Array.from({ length: 40 }, (_, i) => `document ${i} talks about topic ${i * 7} with words ${i * 13} and ${i * 31}`);
    const hashes = texts.map(simhash);
    const distances: number[] = [];
    for (let i = 0; i < hashes.length; i += 1) for (let j = i + 1; j < hashes.length; j += 1) distances.push(hammingDistance(hashes[i] ?? '', hashes[j] ?? ''));
    const mean = distances.reduce((a, b) => a + b, 0) / distances.length;
    expect(mean).toBeGreaterThan(20);
    expect(mean).toBeLessThan(40);
  });
});

describe('hammingDistance', () => {
  it.each([
    ['0000000000000000', '0000000000000000', 0],
    ['000000000000000f', '0000000000000001', 3],
    ['ffffffffffffffff', '0000000000000000', 64],
    ['FFFFFFFFFFFFFFFF', 'ffffffffffffffff', 0],
    ['8000000000000001', '0000000000000000', 2],
    ['', '', 0],
  ])('%s vs %s = %i', (a, b, expected) => {
    expect(hammingDistance(a, b)).toBe(expected);
    expect(hammingDistance(b, a)).toBe(expected);
  });

  it.each([
    ['different lengths', '00', '000'],
    ['not hex', 'zz', '00'],
    ['a 0x prefix', '0x00', '0000'],
  ])('refuses %s with SLANT_DATA_INVALID', (_name, a, b) => {
    expect(() => hammingDistance(a, b)).toThrow(SlantError);
    try {
      hammingDistance(a, b);
    } catch (error) {
      expect((error as SlantError).code).toBe('SLANT_DATA_INVALID');
    }
  });

  it('is a metric on fingerprints (property)', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{16}$/);
    fc.assert(
      fc.property(hex, hex, hex, (a, b, c) => {
        expect(hammingDistance(a, a)).toBe(0);
        expect(hammingDistance(a, b)).toBe(hammingDistance(b, a));
        expect(hammingDistance(a, c)).toBeLessThanOrEqual(hammingDistance(a, b) + hammingDistance(b, c));
      }),
    );
  });
});

describe('isSimhash', () => {
  it.each([
    ['0123456789abcdef', true],
    ['0123456789ABCDEF', true],
    ['0123456789abcde', false],
    ['0123456789abcdefg', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isSimhash(value)).toBe(expected);
  });
});
