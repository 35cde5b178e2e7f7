// The web UI's pure logic (no browser needed): segments of overlapping highlights, filters, the two-article tables read from the lens rows, CSV, scales, routes.
import { describe, expect, it } from 'vitest';
import { lensRows } from '../../src/compare/lens-rows.js';
import { figurePairs, namingPairs, omissionsBySide, sideOfGroup } from '../../web/src/contrast.js';
import { csvField, termsCsv, toCsv } from '../../web/src/csv.js';
import { categoryKey, defaultFilters, segment, segmentStyle, styleOf, visible } from '../../web/src/highlight.js';
import { actorView, claimView, termUse } from '../../web/src/lens.js';
import { parseRoute } from '../../web/src/route.js';
import { logDomain, logSteps, niceTicks } from '../../web/src/scale.js';
import type { CorpusReport, Finding } from '../../web/src/types.js';

/** A finding over `text` at the first occurrence of `piece` (after `from`). */
function at(text: string, piece: string, fields: Partial<Finding> = {}, from = 0): Finding {
  const start = text.indexOf(piece, from);
  if (start < 0) throw new Error(`"${piece}" is not in the text`);
  return { detector: 'loaded-language', rule: 'loaded-language/x', label: 'Loaded language', start, end: start + piece.length, text: piece, reason: 'r', confidence: 0.5, ...fields };
}

describe('segment', () => {
  it('cuts at every boundary of overlapping and nested spans, innermost first', () => {
    const segs = segment(10, [
      { start: 2, end: 6 },
      { start: 4, end: 8 },
      { start: 4, end: 5 },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.covering])).toEqual([
      [0, 2, []],
      [2, 4, [0]],
      [4, 5, [2, 1, 0]], // length 1, then the two length-4 spans, the later one first
      [5, 6, [1, 0]],
      [6, 8, [1]],
      [8, 10, []],
    ]);
  });

  it('covers the text exactly once, clamps spans to it and drops empty ones', () => {
    const segs = segment(5, [
      { start: -3, end: 2 },
      { start: 3, end: 3 },
      { start: 4, end: 99 },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.covering])).toEqual([
      [0, 2, [0]],
      [2, 4, []],
      [4, 5, [2]],
    ]);
    expect(segment(0, [])).toEqual([]);
  });

  it('keeps surrogate pairs whole when spans do (UTF-16 offsets)', () => {
    const text = 'a 🙂 b';
    const f = at(text, '🙂');
    const segs = segment(text.length, [f]);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual(['a ', '🙂', ' b']);
  });
});

describe('styles and filters', () => {
  it('styles by the innermost finding, one underline per layer up to three', () => {
    expect(styleOf({ category: 'call' }).id).toBe('call');
    expect(styleOf({ category: undefined }).id).toBe('none');
    expect(categoryKey({ category: 'not-a-category' })).toBe('none');
    const style = segmentStyle([{ category: 'call' }, { category: undefined }, { category: 'call' }, { category: 'call' }]);
    expect(style?.background).toBe(styleOf({ category: 'call' }).tint);
    expect(style!.boxShadow.split('inset').length - 1).toBe(3);
    expect(segmentStyle([])).toBeUndefined();
  });

  it('hides sentence-level detectors by default and applies the confidence floor', () => {
    const text = 'The brutal regime lied.';
    const loaded = at(text, 'brutal', { category: 'manipulative-wording', confidence: 0.4 });
    const sentence = at(text, text, { detector: 'sentence-signals' });
    const filters = defaultFilters();
    expect(visible(loaded, filters)).toBe(true);
    expect(visible(sentence, filters)).toBe(false);
    expect(visible(loaded, { ...filters, minConfidence: 0.45 })).toBe(false);
    expect(visible(loaded, { ...filters, hiddenCategories: new Set(['manipulative-wording']) })).toBe(false);
  });
});

describe('lens data', () => {
  it('reads terminology, actor and claim data and ignores what it cannot read', () => {
    const text = 'Officials in Velmora say 1,200 families fled Orrin Gap.';
    const term = at(text, 'Orrin Gap', { detector: 'terminology', data: { pack: 'p', concept: 'pass', side: 'east', neutral: 'the gap road', use: 'used' } });
    expect(termUse(term)).toMatchObject({ pack: 'p', concept: 'pass', side: 'east', neutral: 'the gap road' });
    expect(termUse(at(text, 'Orrin Gap', { detector: 'terminology', data: { pack: 'p' } }))).toBeUndefined();

    const actor = at(text, 'Velmora', { detector: 'actors', data: { actor: 'Velmora', role: 'innocent', mentions: [{ start: 13, end: 20 }, { start: 'x' }], portrayal: 'nonsense' } });
    expect(actorView(actor)).toMatchObject({ name: 'Velmora', role: 'innocent', mentions: [{ start: 13, end: 20 }], portrayal: [] });

    const claim = at(text, text, {
      detector: 'claims',
      data: { checkWorthiness: 0.9, numbers: [{ start: 25, end: 39, text: '1,200 families', kind: 'count', value: 1200 }], attribution: { kind: 'anonymous', source: 'Officials in Velmora', cue: 'say' }, hedged: false },
    });
    expect(claimView(claim)).toMatchObject({ checkWorthiness: 0.9, numbers: [{ text: '1,200 families', value: 1200 }], attribution: { kind: 'anonymous', source: 'Officials in Velmora' }, hedged: false });
    expect(claimView(at(text, 'say'))).toBeUndefined();
  });
});

describe('two articles', () => {
  const a = 'Eastern troops guard Orrin Gap. Velmora counts 4,000 residents. The Marl council agrees.';
  const b = 'Occupiers choke the "Orrin Gap" they call a corridor. Velmora says 9,000 are trapped. Khoran sends 12 convoys.';
  const term = (text: string, piece: string, concept: string, side: string, use = 'used') => at(text, piece, { detector: 'terminology', data: { pack: 'p', concept, side, neutral: 'n', use } });
  const actor = (text: string, name: string, role = 'neutral') => at(text, name, { detector: 'actors', data: { actor: name, role, mentions: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length }] } });
  const claim = (text: string, sentence: string, figure: string, value: number, what: string) =>
    at(text, sentence, { detector: 'claims', data: { numbers: [{ start: text.indexOf(figure), end: text.indexOf(figure) + figure.length, text: figure, kind: 'count', value, what }] } });

  const fa = [
    term(a, 'Eastern troops', 'troops', 'east'),
    term(a, 'Orrin Gap', 'pass', 'east'),
    term(a, 'Marl council', 'council', 'east'),
    term(a, 'guard', 'posture', 'east'),
    actor(a, 'Velmora'),
    actor(a, 'Marl council'),
    actor(a, 'Orrin Gap'),
    claim(a, 'Velmora counts 4,000 residents.', '4,000 residents', 4000, 'people'),
  ];
  const fb = [
    term(b, 'Occupiers', 'troops', 'west'),
    term(b, 'Orrin Gap', 'pass', 'east', 'quoted'),
    term(b, 'corridor', 'pass', 'west'),
    actor(b, 'Velmora'),
    actor(b, 'Khoran', 'innocent'),
    claim(b, 'Velmora says 9,000 are trapped.', '9,000', 9000, 'people'),
    claim(b, 'Khoran sends 12 convoys.', '12 convoys', 12, 'convoys'),
  ];
  // The rows the CLI report shows, for two documents named as the server names them.
  const lens = lensRows([
    { docId: 'da', group: 'A · east', findings: fa, signals: [], words: 14, text: a },
    { docId: 'db', group: 'B · west', findings: fb, signals: [], words: 19, text: b },
  ]);

  it('knows which article a group of the comparison is', () => {
    expect(['A · Title', 'B · Title', 'C · Title', 'Apples'].map(sideOfGroup)).toEqual(['a', 'b', undefined, undefined]);
  });

  it('pairs the lens naming rows of the two articles by concept, with how each article uses a variant', () => {
    const rows = namingPairs(lens.naming, { a: fa, b: fb });
    expect(rows.map((r) => [r.concept, r.a.map((v) => v.row.variant), r.b.map((v) => v.row.variant), r.differs])).toEqual([
      ['troops', ['Eastern troops'], ['Occupiers'], true],
      ['council', ['Marl council'], [], true],
      ['posture', ['guard'], [], true],
      ['pass', ['Orrin Gap'], ['Orrin Gap', 'corridor'], true],
    ]);
    const pass = rows[3]!;
    expect(pass.b.map((v) => v.uses)).toEqual([['quoted'], ['used']]);
    expect(pass.a[0]!.row).toBe(lens.naming.find((r) => r.group === 'A · east' && r.concept === 'pass'));
    expect(pass.a[0]!.row.evidence[0]).toMatchObject({ docId: 'da', start: a.indexOf('Orrin Gap'), end: a.indexOf('Orrin Gap') + 9 });
    expect(namingPairs([], { a: fa, b: fb })).toEqual([]);
  });

  it('lists what only one article mentions from the lens omissions, with notes from the other tables', () => {
    const { a: onlyA, b: onlyB } = omissionsBySide(lens);
    // Velmora and Orrin Gap are in both; the council, an actor and a pack term, is listed once.
    expect(onlyA.map((o) => [o.row.kind, o.label, o.note])).toEqual([
      ['actor', 'Marl council', 'neutral, named 1×'],
      ['concept', 'guard', 'posture'],
    ]);
    expect(onlyB.map((o) => [o.row.kind, o.label, o.note])).toEqual([
      ['actor', 'Khoran', 'innocent, named 1×'],
      ['number', '12 convoys', 'Khoran sends 12 convoys.'],
    ]);
    expect(onlyB[1]!.spans[0]).toMatchObject({ start: b.indexOf('12 convoys'), text: '12 convoys' });
  });

  it('pairs the figures both articles give, one-sided ones left to the omissions', () => {
    expect(figurePairs(lens.claims).map((f) => [f.topic, f.alignment, f.a?.values, f.b?.values])).toEqual([['people', 'diverge', [4000], [9000]]]);
  });
});

describe('csv', () => {
  it('quotes what needs quoting and defuses formulas in text cells only', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('say "no", twice')).toBe('"say ""no"", twice"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@sum')).toBe("'@sum");
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('writes one row per distinctive term and group', () => {
    const row = { term: 'orrin gap', display: 'Orrin Gap', isName: true, countTarget: 3, countReference: 0, rateTarget: 12.5, rateReference: 0, delta: 1.2, se: 0.6, z: 2, evidence: [] };
    const report = { comparison: { groups: [], scorer: 'log-odds-dirichlet', distinctive: [{ group: 'east', rows: [row] }, { group: 'west', rows: [] }] } } as unknown as CorpusReport;
    expect(termsCsv(report).split('\r\n')).toEqual([
      'group,term,display,count_group,count_rest,rate_group_per_1000,rate_rest_per_1000,delta,se,z',
      'east,orrin gap,Orrin Gap,3,0,12.5,0,1.2,0.6,2',
      '',
    ]);
  });
});

describe('scales and routes', () => {
  it('makes round ticks and 1-2-5 log domains', () => {
    expect(niceTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(0)).toEqual([0]);
    expect(logDomain([0, 0.7, 13])).toEqual([0.5, 20]);
    expect(logDomain([0])).toEqual([0.1, 10]);
    expect(logSteps(0.5, 20)).toEqual([0.5, 1, 2, 5, 10, 20]);
  });

  it('reads routes from the hash and ignores what is malformed', () => {
    expect(parseRoute('#/article/1a2b3c4d/10-18')).toEqual({ view: 'article', id: '1a2b3c4d', at: { start: 10, end: 18 } });
    expect(parseRoute('#/article/1a2b3c4d/18-10')).toEqual({ view: 'article', id: '1a2b3c4d', at: undefined });
    expect(parseRoute('#/article/<script>')).toEqual({ view: 'article', id: undefined, at: undefined });
    expect(parseRoute('#/corpus/outlet')).toEqual({ view: 'corpus', by: 'outlet' });
    expect(parseRoute('#/corpus/evil')).toEqual({ view: 'corpus', by: undefined });
    expect(parseRoute('#/compare')).toEqual({ view: 'compare' });
    expect(parseRoute('#/%E0%A4%A')).toEqual({ view: 'article' });
    expect(parseRoute('')).toEqual({ view: 'article', id: undefined, at: undefined });
  });
});
