import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import type { DocumentSignal } from '../core/signal.js';
import { LensAccumulator } from './lens-stream.js';
import { alignClaims, contentWords, frameProfile, lensRows, namingFingerprint, omissions, portrayalMatrix, storyStart, timeline, type LensDoc } from './lens-rows.js';

// Invented places and sides: the Orla valley, claimed by Vesland (side `ves`) and Corvia (side `cor`).
const base = { rule: 'r', label: 'l', reason: 'why', confidence: 0.7 };

function term(text: string, start: number, concept: string, side: string, canonical = text): Finding {
  return { ...base, detector: 'terminology', start, end: start + text.length, text, data: { pack: 'orla', concept, side, neutral: `neutral ${concept}`, term: canonical } };
}

function actor(name: string, start: number, extra: Record<string, unknown> = {}): Finding {
  return {
    ...base,
    detector: 'actors',
    start,
    end: start + name.length,
    text: name,
    data: { actor: name, kind: 'group', aliases: [], mentions: [{ start, end: start + name.length }], portrayal: [], role: 'neutral', ...extra },
  };
}

function claim(text: string, start: number, numbers: Array<Record<string, unknown>>, dates: Array<Record<string, unknown>> = []): Finding {
  return { ...base, detector: 'claims', start, end: start + text.length, text, data: { numbers, dates } };
}

function doc(docId: string, group: string, findings: Finding[], extra: Partial<LensDoc> = {}): LensDoc {
  return { docId, group, findings, signals: [], words: 100, ...extra };
}

const n = (value: number, what: string, start = 0, text = `${value} ${what}`): Record<string, unknown> => ({ start, end: start + text.length, text, kind: 'count', value, what });
const sig = (id: string, labels: string[]): DocumentSignal => ({ id, summary: '', labels: labels.map((label) => ({ label, score: 0.6 })), evidence: [], model: 'm' });
const harsh = { text: 'thugs', start: 0, end: 5, polarity: 'negative', how: 'modifier' };
const overlapping = claim('9 convoys', 0, [n(9, 'convoys')]);
const vesText = 'Veslanders rebuilt Kettle Bridge. Veslanders stayed.';
const corText = 'The Corvian council met at Drum Hill.';
const omissionDocs = [
  doc('v1', 'ves', [actor('Veslanders', 0, { mentions: [{ start: 0, end: 10 }, { start: 34, end: 44 }] }), actor('Kettle Bridge', 19, { kind: 'place' }), term('Highmoor', 0, 'region', 'ves')], { text: vesText }),
  doc('v2', 'ves', [], { text: 'Nothing here.' }),
  doc('c1', 'cor', [actor('Corvian council', 4), actor('Drum Hill', 27, { kind: 'place' })], { text: corText }),
];
const veslanders = doc('a', 'x', [actor('Veslanders', 0)], { text: 'Veslanders' });
const formText = 'Form 1040 from 2005 was filed.';

/** The documents of the tests below, by name: each table's tests read them, and so does the streaming check at the end. */
const FIXTURES = {
  naming: [
    doc('a1', 'ves', [term('Highmoor', 0, 'region', 'ves'), term('Highmoor', 20, 'region', 'ves'), term('Orla', 40, 'region', 'neutral')]),
    doc('c1', 'cor', [term('Orla', 0, 'region', 'neutral'), term('the pass', 10, 'road', 'neutral')]),
    doc('c2', 'cor', [term('Orla', 0, 'region', 'neutral')]),
  ],
  sameNaming: [doc('a', 'x', [term('Orla', 0, 'region', 'neutral')]), doc('b', 'y', [term('Orla', 0, 'region', 'neutral')])],
  omissions: omissionDocs,
  nameInText: [...omissionDocs.slice(0, 2), { ...omissionDocs[2], text: `${corText} Veslanders watched.` } as LensDoc],
  namedByVariant: [
    doc('v', 'ves', [actor('Highmoor', 0, { kind: 'place' }), term('Highmoor', 0, 'region', 'ves')], { text: 'Highmoor' }),
    doc('c', 'cor', [actor('Orla', 0, { kind: 'place' }), term('Orla', 0, 'region', 'cor')], { text: 'Orla' }),
  ],
  identical: [veslanders, { ...veslanders, docId: 'b', group: 'y' }],
  figures: [
    doc('v', 'ves', [claim('Nine convoys came.', 0, [{ start: 0, end: 12, text: 'Nine convoys', kind: 'count', value: 9, what: 'convoys' }])]),
    doc('c', 'cor', [claim('Talks resumed.', 0, [])]),
  ],
  years: [
    doc('v', 'ves', [claim('1850 sheep crossed.', 25, [{ start: 25, end: 35, text: '1850 sheep', kind: 'count', value: 1850, what: 'sheep' }])], {
      text: 'In 1921 the pass closed. 1850 sheep crossed. By 2019 it reopened.',
    }),
    doc('c', 'cor', [claim('Since 1990 it is closed.', 0, [], [{ start: 6, end: 10, text: '1990', kind: 'absolute', date: '1990-01-01' }])], { text: 'Since 1990 it is closed.' }),
  ],
  counts: [doc('v', 'ves', [claim('1,850 people left.', 19, [{ start: 19, end: 31, text: '1,850 people', kind: 'count', value: 1850 }])], { text: 'In 1921 it closed; 1,850 people left.' })],
  claims: [
    doc('v', 'ves', [claim('9 aid convoys, 1,000 refugees, 3 bridges', 0, [n(9, 'aid convoys'), n(1000, 'refugees', 15, '1,000 refugees'), n(3, 'bridges', 30)])]),
    doc('c', 'cor', [claim('14 convoys and 950 refugees', 0, [n(14, 'convoys'), n(950, 'refugees', 15)])]),
  ],
  overlapping: [doc('v', 'ves', [overlapping, { ...overlapping, rule: 'other' }, claim('1994 expulsions', 20, [n(1994, 'expulsions', 20)])])],
  // The Orla Valley Council, written "OVC" by one group and "O.V.C." by another.
  acronyms: [
    doc('v', 'ves', [actor('OVC', 4)], { text: 'The OVC met.' }),
    doc('c', 'cor', [actor('Orla Valley Council', 0, { aliases: ['O.V.C.'] })], { text: 'Orla Valley Council (O.V.C.) met.' }),
  ],
  acronymsAsWritten: [
    doc('v', 'ves', [actor('O.V.C.', 4)], { text: 'The O.V.C. met.' }),
    doc('c', 'cor', [actor('OVC', 4)], { text: 'The OVC met.' }),
    doc('w', 'wire', [], { text: 'Rain fell.' }),
  ],
  namesInText: [
    doc('v', 'ves', [actor('OVC', 4), actor('Dal O’Rourke', 17), actor('Marrak’s', 36)], { text: 'The OVC met with Dal O’Rourke and Marrak’s envoy.' }),
    doc('c', 'cor', [], { text: "The o.v.c. met; Dal O'Rourke came, Marrak stayed." }),
  ],
  buses: [
    doc('v', 'ves', [claim('40 buses came.', 0, [n(40, 'buses')])]),
    doc('c', 'cor', [claim('12 buses came.', 0, [n(12, 'buses')])]),
    doc('w', 'wire', [claim('Talks resumed.', 0, [])]),
  ],
  notYears: [
    doc('v', 'ves', [claim(formText, 0, [], [{ start: 5, end: 9, text: '1040', kind: 'absolute', date: '1040' }, { start: 15, end: 19, text: '2005', kind: 'absolute', date: '2005' }])], { text: formText }),
    doc('c', 'cor', [], { text: 'Bonuses of $1000 came. The index fell 1000 points. Call 404-737-1636 at 1600 Orla Ave. H.R. 1628 passed. By 2099 it ends. In 1639 a fort stood.' }),
  ],
  portrayal: [
    doc('v1', 'ves', [actor('Corvians', 6, { role: 'antagonist', portrayal: [harsh, { ...harsh, start: 20, end: 25 }, { text: 'brave', start: 30, end: 35, polarity: 'positive' }] })]),
    doc('v2', 'ves', [actor('Corvians', 0, { role: 'antagonist', portrayal: [] })]),
    doc('c1', 'cor', [actor('Veslanders', 0)]),
  ],
  frames: [
    doc('a', 'x', [], { signals: [sig('frames', ['Morality', 'Political']), sig('genre', ['opinion', 'reporting']), sig('side:orla', ['ves'])] }),
    doc('b', 'x', [], { signals: [sig('frames', ['Morality'])] }),
    doc('c', 'y', []),
  ],
  timeline: [
    doc('a', 'x', [], { publishedAt: '2023-11-05', words: 300 }),
    doc('b', 'x', [], { publishedAt: '2024-01-20T10:00:00Z', words: 200 }),
    doc('c', 'y', [], { publishedAt: '2023-11-30', words: 50 }),
    doc('d', 'y', [], { words: 999 }),
  ],
} satisfies Record<string, LensDoc[]>;

describe('namingFingerprint', () => {
  it('counts variants per concept and group, with shares and the total variation distance', () => {
    const rows = namingFingerprint(FIXTURES.naming);
    // road: only cor names it → divergence 1, first. region: ves {Highmoor 2/3, Orla 1/3}, cor {Orla 1}: TVD = (2/3 + 2/3)/2 = 0.667.
    expect(rows.map((r) => [r.concept, r.group, r.variant, r.count, r.documents, r.share, r.divergence])).toEqual([
      ['road', 'cor', 'the pass', 1, 1, 1, 1],
      ['region', 'cor', 'Orla', 2, 2, 1, 0.667],
      ['region', 'ves', 'Highmoor', 2, 1, 0.667, 0.667],
      ['region', 'ves', 'Orla', 1, 1, 0.333, 0.667],
    ]);
    expect(rows[2]?.side).toBe('ves');
    expect(rows[2]?.neutral).toBe('neutral region');
    expect(rows[2]?.evidence).toEqual([
      { docId: 'a1', start: 0, end: 8, text: 'Highmoor' },
      { docId: 'a1', start: 20, end: 28, text: 'Highmoor' },
    ]);
  });

  it('gives divergence 0 for identical groups and nothing without terminology', () => {
    expect(namingFingerprint(FIXTURES.sameNaming).map((r) => r.divergence)).toEqual([0, 0]);
    expect(namingFingerprint([doc('a', 'x', [actor('Veslanders', 0)]), doc('b', 'y', [])])).toEqual([]);
    expect(namingFingerprint([])).toEqual([]);
  });
});

describe('omissions', () => {
  it('lists what one group names and the other never does, most central first', () => {
    const rows = omissions(FIXTURES.omissions);
    // Veslanders: 2 mentions × 1/2 of ves documents = 1; Corvian council and Drum Hill: 1 × 1/1 = 1; Kettle Bridge, region: 1 × 1/2 = 0.5.
    expect(rows.map((r) => [r.kind, r.item, r.group, r.missingFrom, r.mentions, r.documents, r.centrality])).toEqual([
      ['actor', 'Corvian council', 'cor', ['ves'], 1, 1, 1],
      ['place', 'Drum Hill', 'cor', ['ves'], 1, 1, 1],
      ['actor', 'Veslanders', 'ves', ['cor'], 2, 1, 1],
      ['concept', 'orla/region', 'ves', ['cor'], 1, 1, 0.5],
      ['place', 'Kettle Bridge', 'ves', ['cor'], 1, 1, 0.5],
    ]);
    expect(rows.find((r) => r.item === 'Kettle Bridge')?.evidence).toEqual([{ docId: 'v1', start: 19, end: 32, text: 'Kettle Bridge' }]);
  });

  it('does not count a name the other group writes without the actors lens finding it', () => {
    expect(omissions(FIXTURES.nameInText).some((r) => r.item === 'Veslanders')).toBe(false);
  });

  it('treats a place named by a pack variant as a naming difference when the other group names the concept', () => {
    expect(omissions(FIXTURES.namedByVariant)).toEqual([]);
  });

  it('finds nothing for identical groups, a single group or an empty group', () => {
    expect(omissions(FIXTURES.identical)).toEqual([]);
    expect(omissions(FIXTURES.identical.slice(0, 1))).toEqual([]);
    expect(omissions([])).toEqual([]);
  });

  it('matches names across groups with dotted acronyms folded, and shows each group’s item as it writes it', () => {
    // Without folding: "OVC" never in cor, and the council never in ves.
    expect(omissions(FIXTURES.acronyms)).toEqual([]);
    expect(omissions(FIXTURES.acronymsAsWritten).map((r) => [r.item, r.group, r.missingFrom])).toEqual([
      ['OVC', 'cor', ['wire']],
      ['O.V.C.', 'ves', ['wire']],
    ]);
  });

  it('finds in the other group’s texts a dotted acronym, a curly or straight apostrophe and a possessive', () => {
    expect(omissions(FIXTURES.namesInText)).toEqual([]);
  });

  it('reports figures only one group gives', () => {
    const rows = omissions(FIXTURES.figures);
    expect(rows.map((r) => [r.kind, r.item, r.group, r.missingFrom])).toEqual([['number', 'number of convoy', 'ves', ['cor']]]);
  });
});

describe('storyStart', () => {
  it('takes the earliest year from claim dates and from the text, skipping counts', () => {
    const rows = storyStart(FIXTURES.years);
    // '1850 sheep' looks like a year written as a count, so it is read as a year: 1850 is the earliest.
    expect(rows.map((r) => [r.group, r.year, r.from, r.evidence.start])).toEqual([
      ['cor', 1990, 'date', 6],
      ['ves', 1850, 'text', 25],
    ]);
  });

  it('reads no year after a currency sign or a label, before a counted noun, in a phone number or an address, or past next year', () => {
    // ves: the claim's date "1040" (a form, read as a year by an older date reader) is read again in the text.
    expect(storyStart(FIXTURES.notYears).map((r) => [r.group, r.year, r.from, r.evidence.text])).toEqual([
      ['cor', 1639, 'text', '1639'],
      ['ves', 2005, 'date', '2005'],
    ]);
  });

  it('skips counts that do not look like years, and gives nothing without years', () => {
    expect(storyStart(FIXTURES.counts).map((r) => r.year)).toEqual([1921]);
    expect(storyStart([doc('v', 'ves', [], { text: 'No dates at all, 12 sheep.' })])).toEqual([]);
  });
});

describe('alignClaims', () => {
  it('labels agree, diverge and one-sided figures, diverging first', () => {
    const rows = alignClaims(FIXTURES.claims);
    expect(rows.map((r) => [r.topic, r.alignment, r.group, r.values])).toEqual([
      ['convoy', 'diverge', 'cor', [14]],
      ['convoy', 'diverge', 'ves', [9]],
      ['refugee', 'agree', 'cor', [950]],
      ['refugee', 'agree', 'ves', [1000]],
      ['bridge', 'one-sided', 'ves', [3]],
    ]);
    expect(rows[0]?.evidence).toEqual([{ docId: 'c', start: 0, end: 10, text: '14 convoys' }]);
    expect(rows[0]?.claims[0]?.text).toBe('14 convoys and 950 refugees');
  });

  it('matches plurals by their singular', () => {
    expect(alignClaims(FIXTURES.buses).map((r) => [r.topic, r.group, r.values])).toEqual([
      ['bus', 'cor', [12]],
      ['bus', 'ves', [40]],
    ]);
    expect(omissions(FIXTURES.buses).map((r) => [r.item, r.group, r.missingFrom])).toEqual([
      ['number of bus', 'cor', ['wire']],
      ['number of bus', 'ves', ['wire']],
    ]);
  });

  it('reads a number once when two claims overlap, and skips year-like counts', () => {
    expect(alignClaims(FIXTURES.overlapping).map((r) => [r.topic, r.values])).toEqual([['convoy', [9]]]);
    expect(alignClaims([])).toEqual([]);
  });
});

describe('portrayalMatrix', () => {
  it('counts roles, averages polarity and ranks words per actor and group', () => {
    const rows = portrayalMatrix(FIXTURES.portrayal);
    expect(rows.map((r) => [r.actor, r.group, r.documents, r.mentions, r.roles, r.polarity])).toEqual([
      ['Corvians', 'cor', 0, 0, {}, undefined],
      ['Corvians', 'ves', 2, 2, { antagonist: 2 }, -0.33],
      ['Veslanders', 'cor', 1, 1, { neutral: 1 }, undefined],
      ['Veslanders', 'ves', 0, 0, {}, undefined],
    ]);
    expect(rows[1]?.words).toEqual([
      { text: 'thugs', count: 2, polarity: 'negative' },
      { text: 'brave', count: 1, polarity: 'positive' },
    ]);
    expect(rows[1]?.evidence[0]).toEqual({ docId: 'v1', start: 0, end: 5, text: 'thugs' });
    expect(portrayalMatrix([doc('a', 'x', [term('Orla', 0, 'region', 'neutral')])])).toEqual([]);
  });

  it('keeps one row per actor for names that differ only in dots, as first written', () => {
    expect(portrayalMatrix(FIXTURES.acronymsAsWritten).map((r) => [r.actor, r.group, r.mentions])).toEqual([
      ['O.V.C.', 'cor', 1],
      ['O.V.C.', 'ves', 1],
      ['O.V.C.', 'wire', 0],
    ]);
  });
});

describe('frameProfile', () => {
  it('gives the share of each group’s documents per frame, genre and side', () => {
    const rows = frameProfile(FIXTURES.frames);
    expect(rows.map((r) => [r.group, r.reading, r.label, r.documents, r.of, r.share])).toEqual([
      ['x', 'frames', 'Morality', 2, 2, 1],
      ['x', 'frames', 'Political', 1, 2, 0.5],
      ['x', 'genre', 'opinion', 1, 2, 0.5],
      ['x', 'side:orla', 'ves', 1, 2, 0.5],
    ]);
  });
});

describe('timeline', () => {
  it('fills every month between the first and last date for every group', () => {
    expect(timeline(FIXTURES.timeline)).toEqual([
      { group: 'x', month: '2023-11', documents: 1, words: 300 },
      { group: 'x', month: '2023-12', documents: 0, words: 0 },
      { group: 'x', month: '2024-01', documents: 1, words: 200 },
      { group: 'y', month: '2023-11', documents: 1, words: 50 },
      { group: 'y', month: '2023-12', documents: 0, words: 0 },
      { group: 'y', month: '2024-01', documents: 0, words: 0 },
    ]);
  });
  it('is empty without dates', () => {
    expect(timeline([doc('a', 'x', [])])).toEqual([]);
  });
});

describe('lensRows and contentWords', () => {
  it('puts every table together, all empty for empty input', () => {
    expect(lensRows([])).toEqual({ naming: [], omissions: [], storyStart: [], claims: [], portrayal: [], frames: [], timeline: [] });
  });
  it('keeps content words, singularized', () => {
    expect(contentWords('the aid convoys of the Armenians')).toEqual(['aid', 'convoy', 'armenian']);
    expect(contentWords('city buses, gas crises and Texas news')).toEqual(['city', 'bus', 'gas', 'crisis', 'texas', 'news']);
  });
});

describe('the streaming accumulator', () => {
  it.each(Object.entries(FIXTURES))('gives lensRows’ rows on the %s documents, fed one at a time with a text pass', (_name, docs) => {
    const lens = new LensAccumulator();
    for (const d of docs) lens.add(d);
    const probes = lens.pendingProbes();
    for (const d of docs) if (probes.has(d.group)) lens.observeText(d.group, (d.text ?? '').toLowerCase());
    expect(lens.rows()).toEqual(lensRows(docs));
  });
});
