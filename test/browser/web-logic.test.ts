// The web UI's pure logic (no browser needed): segments of overlapping highlights, filters, the two-article tables read from the lens rows, the corpus view's lens panels, CSV, scales, routes.
import { describe, expect, it } from 'vitest';
import { lensRows } from '../../src/compare/lens-rows.js';
import { figurePairs, namingPairs, omissionsBySide, sideOfGroup } from '../../web/src/contrast.js';
import { csvField, termsCsv, toCsv } from '../../web/src/csv.js';
import { categoryKey, defaultFilters, segment, segmentStyle, styleOf, visible } from '../../web/src/highlight.js';
import { actorView, claimView, termUse } from '../../web/src/lens.js';
import {
  contrastRatio,
  frameBars,
  heatColor,
  monthLabel,
  namingBlocks,
  omissionBlocks,
  omissionLabel,
  polarityText,
  portrayalGrid,
  roleList,
  spanContext,
  spanHref,
  TEXT_COLOR,
  timelineSeries,
  wilson,
  type FrameRow,
} from '../../web/src/lens-view.js';
import { parseRoute } from '../../web/src/route.js';
import { logDomain, logSteps, niceTicks } from '../../web/src/scale.js';
import type { CorpusReport, Finding, NamingRow, OmissionRow, PortrayalRow } from '../../web/src/types.js';

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

describe('corpus lens panels', () => {
  const ev = (docId: string, start: number, text: string) => ({ docId, start, end: start + text.length, text });
  const cast = (actor: string, group: string, fields: Partial<PortrayalRow> = {}): PortrayalRow => ({ actor, kind: 'person', group, documents: 1, mentions: 2, roles: { neutral: 1 }, polarity: undefined, words: [], evidence: [], ...fields });

  it('links a span to the article view at its place, and shows it among whole words', () => {
    expect(spanHref(ev('1a2b3c4d', 10, 'Kelhara'))).toBe('#/article/1a2b3c4d/10-17');
    const text = 'So they call it a\n\npropaganda machine, again and again.';
    const span = ev('d', text.indexOf('propaganda'), 'propaganda machine');
    // 12 characters either side: the space before "call", and on into the second "again", which is cut and dropped; line breaks made spaces.
    expect(spanContext(text, span, 12)).toEqual({ left: 'call it a ', match: 'propaganda machine', right: ', again and' });
    // 10: into "call" on the left, which goes.
    expect(spanContext(text, span, 10)?.left).toBe('it a ');
    expect(spanContext(text, span, 100)).toEqual({ left: 'So they call it a ', match: 'propaganda machine', right: ', again and again.' });
    // Offsets that do not hold the span's text (another version of the document): nothing.
    expect(spanContext(text, { ...span, start: span.start + 1 }, 10)).toBeUndefined();
  });

  it('gives Wilson intervals for shares of documents, hand-computed', () => {
    // k = 1, n = 2: (0.5 + 0.9604 ∓ 1.96·√(0.125 + 0.2401)) / 2.9208.
    expect(wilson(1, 2).low).toBeCloseTo(0.09453, 4);
    expect(wilson(1, 2).high).toBeCloseTo(0.90547, 4);
    expect(wilson(0, 2)).toEqual({ low: 0, high: expect.closeTo(0.65763, 4) as number });
    expect(wilson(2, 2).low).toBeCloseTo(1 - 0.65763, 4);
    expect(wilson(2, 2).high).toBe(1);
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('tints portrayal cells by polarity and keeps their text at AA contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect([heatColor(undefined), heatColor(0), heatColor(Number.NaN)]).toEqual(['#ffffff', '#ffffff', '#ffffff']);
    expect(heatColor(-1)).toBe('#d9938f');
    expect(heatColor(1)).toBe('#8eafda');
    expect(heatColor(-3)).toBe(heatColor(-1));
    const lighter = (a: string, b: string) => contrastRatio(a, '#000000') > contrastRatio(b, '#000000');
    expect(lighter(heatColor(-0.3), heatColor(-0.9))).toBe(true);
    for (let p = -1; p <= 1.001; p += 0.05) expect(contrastRatio(heatColor(p), TEXT_COLOR)).toBeGreaterThanOrEqual(4.5);
    expect([polarityText(-0.5), polarityText(1), polarityText(0), polarityText(undefined)]).toEqual(['−0.50', '+1.00', '0.00', '·']);
    expect(roleList({ neutral: 1, antagonist: 2, innocent: 0, hero: 1 })).toEqual([
      ['antagonist', 2],
      ['hero', 1],
      ['neutral', 1],
    ]);
  });

  it('lays the portrayal rows out actor × group, leaving out groups that never name an actor and actors nobody casts', () => {
    const rows = [
      cast('Marrak', 'east', { roles: { antagonist: 1 }, polarity: -1, words: [{ text: 'thugs', count: 1, polarity: 'negative' }], evidence: [ev('d1', 4, 'thugs')] }),
      cast('Marrak', 'west', { documents: 0, mentions: 0, roles: {} }),
      cast('Velmora', 'east'),
      cast('Velmora', 'west'),
      cast('Khoran', 'west', { kind: undefined, polarity: 0.5 }),
    ];
    const grid = portrayalGrid(rows, ['east', 'west']);
    expect(grid.map((l) => [l.actor, l.kind, l.cells.map((c) => c?.polarity ?? (c === undefined ? '–' : '·'))])).toEqual([
      ['Marrak', 'person', [-1, '–']],
      ['Khoran', undefined, ['–', 0.5]],
    ]);
    expect(grid[0]!.cells[0]).toBe(rows[0]);
    expect(portrayalGrid(rows, ['east', 'west'], true).map((l) => l.actor)).toEqual(['Marrak', 'Velmora', 'Khoran']);
  });

  it('profiles frames by share of documents with intervals, zeros included, and keeps the other readings apart', () => {
    const rows: FrameRow[] = [
      { group: 'east', reading: 'frames', label: 'Morality', documents: 1, of: 2, share: 0.5 },
      { group: 'east', reading: 'frames', label: 'Security_and_defense', documents: 2, of: 2, share: 1 },
      { group: 'west', reading: 'frames', label: 'Security_and_defense', documents: 1, of: 4, share: 0.25 },
      { group: 'east', reading: 'genre', label: 'opinion', documents: 2, of: 2, share: 1 },
      { group: 'west', reading: 'genre', label: 'reporting', documents: 4, of: 4, share: 1 },
    ];
    const { bars, keys, readings } = frameBars(rows, ['east', 'west', 'none'], [2, 4, 3]);
    expect(keys).toEqual(['Security and defense', 'Morality']);
    expect(bars.map((b) => [b.key, b.group, b.value])).toEqual([
      ['Security and defense', 0, 100],
      ['Security and defense', 1, 25],
      ['Security and defense', 2, 0],
      ['Morality', 0, 50],
      ['Morality', 1, 0],
      ['Morality', 2, 0],
    ]);
    // West has no Morality row: 0 of its 4 documents; "none" has no row at all: 0 of the 3 it has.
    expect(bars[4]!.high).toBeCloseTo(wilson(0, 4).high * 100, 9);
    expect(bars[5]!.high).toBeCloseTo(wilson(0, 3).high * 100, 9);
    expect(bars[3]!.title).toBe('east · Morality: 1 of 2 documents (50%, 95% interval 9–91%)');
    expect(readings.map((l) => [l.label, l.cells.map((c) => c?.documents)])).toEqual([
      ['opinion', [2, undefined, undefined]],
      ['reporting', [undefined, 4, undefined]],
    ]);
  });

  it('turns the timeline rows into one series per group over the months in order', () => {
    const rows = [
      { group: 'east', month: '2024-03', documents: 2, words: 900 },
      { group: 'east', month: '2024-01', documents: 1, words: 400 },
      { group: 'west', month: '2024-02', documents: 0, words: 0 },
    ];
    expect(timelineSeries(rows, ['east', 'west'], 'documents')).toEqual({ months: ['2024-01', '2024-02', '2024-03'], values: [[1, 0, 2], [0, 0, 0]], max: 2 });
    expect(timelineSeries(rows, ['east', 'west'], 'words').max).toBe(900);
    expect(timelineSeries([], ['east'], 'words')).toEqual({ months: [], values: [[]], max: 0 });
    expect([monthLabel('2024-02'), monthLabel('2024-13'), monthLabel('soon')]).toEqual(['Feb 2024', '2024-13', 'soon']);
  });

  it('blocks the naming rows by concept and the omissions by who names what', () => {
    const name = (group: string, variant: string, count: number, concept = 'region'): NamingRow => ({ pack: 'kell', concept, neutral: 'the valley', group, variant, side: group, count, documents: 1, share: 1, divergence: 1, evidence: [] });
    const blocks = namingBlocks([name('east', 'Upper Kellmark', 3), name('west', 'Kelhara', 1), name('west', 'the valley', 4), name('west', 'checkpoint', 2, 'line')], ['east', 'west', 'none']);
    expect(blocks.map((b) => [b.key, b.variants.map((vs) => vs.map((v) => v.variant))])).toEqual([
      ['kell/region', [['Upper Kellmark'], ['the valley', 'Kelhara'], []]],
      ['kell/line', [[], ['checkpoint'], []]],
    ]);
    const omit = (kind: OmissionRow['kind'], item: string, group: string, missingFrom: string[]): OmissionRow => ({ kind, item, group, missingFrom, mentions: 1, documents: 1, centrality: 1, evidence: [] });
    const omitted = omissionBlocks([omit('concept', 'kell/outcome', 'east', ['west']), omit('actor', 'Khoran', 'west', ['east']), omit('actor', 'Marrak', 'east', ['west']), omit('number', 'number of convoys', 'east', ['west'])]);
    expect(omitted.map((b) => [b.group, b.missingFrom, b.kinds.map((k) => [k.kind, k.rows.map(omissionLabel)])])).toEqual([
      ['east', ['west'], [['actor', ['Marrak']], ['concept', ['outcome']], ['number', ['number of convoys']]]],
      ['west', ['east'], [['actor', ['Khoran']]]],
    ]);
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
