import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codePointToUtf16, utf16ToCodePoint } from './offsets.js';
import { datasetsDir } from './paths.js';
import { loadPtc, PTC_TECHNIQUES } from './ptc.js';
import { loadSemeval2023Frames, loadSemeval2023Genre, loadSemeval2023Paragraphs, SEMEVAL2023_TECHNIQUES } from './semeval2023.js';

describe('offset conversion', () => {
  it.each([
    ['ascii', 'abc', [0, 1, 2, 3], [0, 1, 2, 3]],
    ['an astral character counts once in code points, twice in UTF-16', 'a😀b', [0, 1, 2, 3], [0, 1, 3, 4]],
    ['two astral characters', '😀😀x', [0, 1, 2, 3], [0, 2, 4, 5]],
  ])('%s', (_name, text, codePoints, units) => {
    const toUtf16 = codePointToUtf16(text);
    const toCp = utf16ToCodePoint(text);
    expect(codePoints.map(toUtf16)).toEqual(units);
    expect(units.map(toCp)).toEqual(codePoints);
  });

  it('refuses offsets outside the text', () => {
    expect(() => codePointToUtf16('ab')(3)).toThrow(RangeError);
    expect(() => utf16ToCodePoint('ab')(3)).toThrow(RangeError);
  });
});

const dir = datasetsDir();
describe.skipIf(!existsSync(`${dir}/ptc-semeval2020-task11`))('PTC loader (skipped: needs ../shared/datasets)', () => {
  it('loads 371 articles and 6,128 spans with known techniques and in-bounds UTF-16 offsets', () => {
    const articles = loadPtc();
    expect(articles).toHaveLength(371);
    const spans = articles.flatMap((a) => a.spans.map((s) => ({ ...s, a })));
    expect(spans).toHaveLength(6128);
    for (const s of spans) {
      expect(PTC_TECHNIQUES as readonly string[]).toContain(s.technique);
      expect(0 <= s.start && s.start < s.end && s.end <= s.a.text.length).toBe(true);
    }
  });

  it('lines spans up with their text where the article has astral characters', () => {
    const withAstral = loadPtc().filter((a) => [...a.text].length !== a.text.length);
    expect(withAstral.length).toBeGreaterThan(0);
    // A span must not start or end inside a surrogate pair.
    for (const a of withAstral) {
      for (const s of a.spans) {
        const first = a.text.charCodeAt(s.start);
        expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
      }
    }
  });
});

describe.skipIf(!existsSync(`${dir}/semeval2023-task3-en`))('SemEval-2023 loaders (skipped: needs ../shared/datasets)', () => {
  it('loads labelled paragraphs with the 23 technique names', () => {
    const paragraphs = loadSemeval2023Paragraphs();
    expect(paragraphs.length).toBeGreaterThan(3000);
    const labels = new Set(paragraphs.flatMap((p) => p.labels));
    for (const l of labels) expect(SEMEVAL2023_TECHNIQUES as readonly string[]).toContain(l);
    expect(paragraphs.some((p) => p.labels.length === 0)).toBe(true);
    expect(new Set(paragraphs.map((p) => p.id)).size).toBe(paragraphs.length);
  });

  it('loads genres and frames', () => {
    const genres = loadSemeval2023Genre();
    expect(new Set(genres.map((g) => g.label))).toEqual(new Set(['opinion', 'reporting', 'satire']));
    const frames = loadSemeval2023Frames();
    expect(frames.length).toBeGreaterThan(300);
    expect(frames.every((f) => f.labels.length > 0)).toBe(true);
  });
});
