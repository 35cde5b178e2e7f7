/**
 * Generated documents with lens findings: the data shapes the terminology, actors and claims
 * detectors write (src/packs/detector.ts, src/actors/detector.ts, src/claims/detector.ts), on
 * invented names drawn by a power law, some named only in the text (so the omissions must look
 * there). Shared by the lens-stream tests and the comparison-at-scale benchmark.
 */
import type { Finding } from '../src/core/finding.js';
import type { DocumentSignal } from '../src/core/signal.js';
import type { LensDoc } from '../src/compare/lens-rows.js';
import { seededRandom } from '../src/learn/random.js';

/** The seeded generator of src/learn/random.ts, so a corpus can be read twice (two passes over a store). */
export const random = seededRandom;

const SYLLABLES = ['ka', 'lor', 'ven', 'mir', 'tas', 'dro', 'bel', 'nu', 'sar', 'qel', 'osk', 'ria', 'tem', 'vus', 'hal', 'zen'];
const word = (n: number): string => {
  let s = '';
  for (let i = 0; i < 3; i += 1, n = Math.floor(n / SYLLABLES.length)) s += SYLLABLES[n % SYLLABLES.length];
  return s;
};
const title = (s: string): string => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;
const GROUPS = ['ves', 'cor', 'wire'];
const PACKS = ['orla', 'tarn', 'keld', 'mosk'];
const KINDS = ['person', 'group', 'state', 'place', 'organization'];
const ROLES = ['antagonist', 'protagonist', 'innocent', 'neutral'];
const CUES: Array<[string, string]> = [['ruthless', 'negative'], ['brave', 'positive'], ['defenceless', 'sympathy'], ['corrupt', 'negative'], ['heroic', 'positive'], ['so-called', 'negative'], ['peaceful', 'positive']];
const FRAMES = ['Security_and_defense', 'Morality', 'Political', 'Economic', 'Legality'];
const FILLER = 'the council met again on the river road while traders waited and the talks went on past dusk without a word from either side'.split(' ');

export interface Shape {
  /** Distinct actors drawn by a power law; `uniqueActors` of actor findings name a new one instead. */
  actors: number;
  uniqueActors: number;
  /** Distinct counted things; `uniqueTopics` of figures count a new one. */
  topics: number;
  uniqueTopics: number;
  /** Filler sentences per document (about 130 characters each). */
  filler: number;
}

export const SMALL: Shape = { actors: 40, uniqueActors: 0.1, topics: 30, uniqueTopics: 0.05, filler: 3 };

/** A large corpus's spread: thousands of actors and counted things, 15% of actor findings a new name. */
export const LARGE: Shape = { actors: 3_000, uniqueActors: 0.15, topics: 2_000, uniqueTopics: 0.05, filler: 0 };

/** Index in [0, n) drawn with probability falling as 1/(i+1) (roughly Zipf). */
const zipf = (r: () => number, n: number): number => Math.min(n - 1, Math.floor(Math.exp(r() * Math.log(n + 1)) - 1));

/** Builds a text piece by piece, keeping the offsets of what it puts. */
class Text {
  private readonly parts: string[] = [];
  length = 0;
  put(s: string): { start: number; end: number; text: string } {
    const start = this.length;
    this.parts.push(s);
    this.length += s.length;
    return { start, end: this.length, text: s };
  }
  toString(): string {
    return this.parts.join('');
  }
}

export const finding = (detector: string, span: { start: number; end: number; text: string }, data: Record<string, unknown>): Finding => ({
  detector,
  rule: `${detector}/x`,
  label: detector,
  start: span.start,
  end: span.end,
  text: span.text,
  reason: 'Generated.',
  confidence: 0.7,
  data,
});

/** The `i`th generated document (groups ves, cor and wire by turn): about four terminology, three actors and three claims findings, plus two rule findings. */
export function makeLensDoc(i: number, r: () => number, shape: Shape = SMALL): LensDoc {
  const g = i % 7 === 6 ? 2 : i % 2;
  const group = GROUPS[g] ?? 'ves';
  const text = new Text();
  const findings: Finding[] = [];
  text.put(`${title(word(i))} report. `);
  for (let k = 0; k < 4; k += 1) {
    const pack = PACKS[zipf(r, PACKS.length)] ?? 'orla';
    const concept = `c${zipf(r, 12)}`;
    const side = r() < 0.6 ? (GROUPS[g === 2 ? Math.floor(r() * 2) : g] ?? 'ves') : 'neutral';
    const term = side === 'neutral' ? `${title(concept)} ${pack}` : `${title(word(Number(concept.slice(1)) * 5 + GROUPS.indexOf(side) * 97 + PACKS.indexOf(pack)))} ${concept}`;
    const written = r() < 0.2 ? term.toLowerCase() : term;
    text.put('They spoke of ');
    const span = text.put(written);
    text.put('. ');
    findings.push(finding('terminology', span, { pack, concept, side, neutral: `${title(concept)} ${pack}`, weight: 0.8, use: 'used', term, source: 'https://example.org/glossary' }));
  }
  for (let k = 0; k < 3; k += 1) {
    const unique = r() < shape.uniqueActors;
    const n = unique ? 1_000_000 + i * 3 + k : zipf(r, shape.actors);
    const name = unique ? `${title(word(n % 4096))} ${title(word(Math.floor(n / 4096)))}ova` : `${title(word(n + 7))} ${title(word(n + 101))}`;
    const surname = name.split(' ')[1] ?? name;
    const kind = KINDS[n % KINDS.length] ?? 'group';
    const mentions: Array<{ start: number; end: number }> = [];
    const portrayal: Array<Record<string, unknown>> = [];
    const times = 1 + Math.floor(r() * 3);
    for (let m = 0; m < times; m += 1) {
      if (r() < 0.4) {
        const [cue, polarity] = CUES[Math.floor(r() * CUES.length)] ?? ['brave', 'positive'];
        const c = text.put(cue);
        portrayal.push({ text: cue, start: c.start, end: c.end, polarity, how: 'modifier', weight: 0.7, source: 'valence', negated: false, quoted: false });
        text.put(' ');
      }
      const span = text.put(m > 0 && r() < 0.3 ? surname : name);
      mentions.push({ start: span.start, end: span.end });
      text.put(' waited by the river. ');
    }
    const first = mentions[0] ?? { start: 0, end: 0 };
    findings.push(
      finding('actors', { start: first.start, end: first.end, text: name }, {
        actor: name,
        kind,
        aliases: r() < 0.3 ? [surname] : [],
        mentions,
        portrayal,
        agentOfHarm: [],
        patientOfHarm: [],
        agentOfHelp: [],
        source: false,
        role: ROLES[Math.floor(r() * ROLES.length)],
        roleScore: 0.6,
        ruleEvidence: [],
      }),
    );
  }
  // A name the actors lens does not find here: the omissions must look for it in the text.
  if (r() < 0.3) text.put(`Some recalled ${title(word(zipf(r, shape.actors) + 7))} ${title(word(zipf(r, shape.actors) + 101))}. `);
  for (let k = 0; k < 3; k += 1) {
    const start = text.length;
    const numbers: Array<Record<string, unknown>> = [];
    const dates: Array<Record<string, unknown>> = [];
    text.put('Officials said ');
    if (r() < 0.85) {
      const t = r() < shape.uniqueTopics ? `widgets${i}x${k}` : `${word(zipf(r, shape.topics) + 300)}s`;
      const value = Math.round(10 + r() * (r() < 0.5 ? 100 : 1000));
      const kind = r() < 0.8 ? 'count' : 'percent';
      const written = kind === 'percent' ? `${value}%` : `${value.toLocaleString('en-US')} ${t}`;
      const span = text.put(written);
      numbers.push({ ...span, kind, value, vague: false, ...(kind === 'percent' ? { unit: 'percent' } : { what: t }) });
    } else text.put('many');
    text.put(' left');
    if (r() < 0.5) {
      const year = 1900 + Math.floor(r() * 124);
      text.put(' in ');
      const span = text.put(String(year));
      dates.push({ ...span, kind: 'absolute', date: String(year), precision: 'year' });
    }
    text.put('. ');
    const span = { start, end: text.length, text: text.toString().slice(start) };
    findings.push(finding('claims', span, { checkWorthiness: 0.7, basis: ['numbers'], numbers, dates, attribution: null, hedged: false, hedges: [], evidence: [], model: null }));
  }
  for (let k = 0; k < shape.filler; k += 1) {
    const from = Math.floor(r() * FILLER.length);
    text.put(`${title([...FILLER.slice(from), ...FILLER.slice(0, from)].join(' '))}. `);
  }
  if (r() < 0.2) text.put(`It began in ${1800 + Math.floor(r() * 200)}. `);
  const loaded = text.put('barbaric');
  findings.push(finding('loaded-language', loaded, { entry: 'barbaric' }), finding('intensifiers', loaded, {}));
  const signals: DocumentSignal[] = [
    { id: 'frames', summary: '', labels: FRAMES.filter(() => r() < 0.3).map((label) => ({ label, score: 0.6 })), evidence: [], model: 'm' },
    { id: 'genre', summary: '', labels: [{ label: r() < 0.5 ? 'opinion' : 'reporting', score: 0.7 }], evidence: [], model: 'm' },
    { id: `side:${PACKS[0] ?? ''}`, summary: '', labels: [{ label: GROUPS[g] ?? '', score: 0.7 }], evidence: [], model: 'm' },
  ];
  const s = text.toString();
  const publishedAt = r() < 0.8 ? `${2021 + Math.floor(r() * 3)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-15` : undefined;
  return { docId: `d${i}`, group, findings, signals, words: s.split(' ').length, publishedAt, text: s };
}

/** The corpus, generated afresh on each read; every tenth document also joins the `tagged` group (its adds in a row). */
