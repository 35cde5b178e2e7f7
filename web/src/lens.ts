/** Typed views of the `data` of terminology, actor and claim findings, read defensively: a field the UI cannot read is left out, never guessed. */
import type { Finding } from './types.js';

export interface Span {
  start: number;
  end: number;
}

export interface TermUse {
  finding: Finding;
  pack: string;
  concept: string;
  /** The variant as the pack lists it (the lens naming rows' `variant`), or as written when the pack gives none. */
  term: string;
  /** The pack side whose usage this is, e.g. `dravenia`. */
  side?: string | undefined;
  /** The neutral alternative the pack gives, when it has one. */
  neutral?: string | undefined;
  /** How the term was used (`used`, `quoted`, …), as the detector says. */
  use?: string | undefined;
}

export interface ActorView {
  finding: Finding;
  name: string;
  kind?: string | undefined;
  side?: string | undefined;
  aliases: string[];
  role: string;
  roleScore?: number | undefined;
  mentions: Span[];
  portrayal: Array<Span & { text: string; polarity?: string | undefined }>;
  harmDone: Array<Span & { text: string }>;
  harmSuffered: Array<Span & { text: string }>;
  helpGiven: Array<Span & { text: string }>;
  evidence: string[];
}

export interface ClaimView {
  finding: Finding;
  checkWorthiness: number;
  numbers: Array<Span & { text: string; kind?: string | undefined; value?: number | undefined; what?: string | undefined }>;
  attribution?: { kind: string; source?: string | undefined; cue?: string | undefined } | undefined;
  hedged: boolean;
  hedges: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const records = (v: unknown): Array<Record<string, unknown>> => (Array.isArray(v) ? v.filter(isRecord) : []);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

function spanOf(r: Record<string, unknown>): Span | undefined {
  const start = num(r.start);
  const end = num(r.end);
  return start !== undefined && end !== undefined && end > start ? { start, end } : undefined;
}

function textSpans(v: unknown): Array<Span & { text: string; polarity?: string | undefined }> {
  const out: Array<Span & { text: string; polarity?: string | undefined }> = [];
  for (const r of records(v)) {
    const span = spanOf(r);
    const text = str(r.text);
    if (span !== undefined && text !== undefined) out.push({ ...span, text, polarity: str(r.polarity) });
  }
  return out;
}

/** The evidence phrases a finding carries (`data.evidence`), for the model-backed detectors. */
export function evidenceOf(f: Finding): string[] {
  return strings(f.data?.evidence);
}

/**
 * A terminology finding as a term use, or undefined for other findings.
 *
 * @example
 * termUse({ detector: 'terminology', data: { pack: 'p', concept: 'road', side: 'a', neutral: 'the road' }, … })?.neutral; // 'the road'
 */
export function termUse(f: Finding): TermUse | undefined {
  if (f.detector !== 'terminology' || f.data === undefined) return undefined;
  const pack = str(f.data.pack);
  const concept = str(f.data.concept);
  if (pack === undefined || concept === undefined) return undefined;
  return { finding: f, pack, concept, term: str(f.data.term) ?? f.text, side: str(f.data.side), neutral: str(f.data.neutral), use: str(f.data.use) };
}

/** An actors finding as an actor, or undefined for other findings. */
export function actorView(f: Finding): ActorView | undefined {
  if (f.detector !== 'actors' || f.data === undefined) return undefined;
  const d = f.data;
  const name = str(d.actor);
  if (name === undefined) return undefined;
  const mentions = records(d.mentions).map(spanOf).filter((s): s is Span => s !== undefined);
  return {
    finding: f,
    name,
    kind: str(d.kind),
    side: str(d.side),
    aliases: strings(d.aliases),
    role: str(d.role) ?? 'neutral',
    roleScore: num(d.roleScore),
    mentions: mentions.length > 0 ? mentions : [{ start: f.start, end: f.end }],
    portrayal: textSpans(d.portrayal),
    harmDone: textSpans(d.agentOfHarm),
    harmSuffered: textSpans(d.patientOfHarm),
    helpGiven: textSpans(d.agentOfHelp),
    evidence: strings(d.evidence),
  };
}

/** A claims finding as a claim, or undefined for other findings. */
export function claimView(f: Finding): ClaimView | undefined {
  if (f.detector !== 'claims' || f.data === undefined) return undefined;
  const d = f.data;
  const numbers = records(d.numbers).flatMap((r) => {
    const span = spanOf(r);
    const text = str(r.text);
    return span === undefined || text === undefined ? [] : [{ ...span, text, kind: str(r.kind), value: num(r.value), what: str(r.what) }];
  });
  const a = isRecord(d.attribution) ? d.attribution : undefined;
  const hedges = records(d.hedges).flatMap((h) => {
    const t = str(h.text) ?? str(h.entry);
    return t === undefined ? [] : [t];
  });
  return {
    finding: f,
    checkWorthiness: num(d.checkWorthiness) ?? f.confidence,
    numbers,
    attribution: a === undefined ? undefined : { kind: str(a.kind) ?? 'none', source: str(a.source), cue: str(a.cue) },
    hedged: d.hedged === true,
    hedges,
  };
}

/** Terminology uses grouped by `pack/concept`, in order of first use. */
export function termsByConcept(findings: readonly Finding[]): Map<string, TermUse[]> {
  const out = new Map<string, TermUse[]>();
  for (const f of findings) {
    const t = termUse(f);
    if (t === undefined) continue;
    const key = `${t.pack}/${t.concept}`;
    const list = out.get(key);
    if (list === undefined) out.set(key, [t]);
    else list.push(t);
  }
  return out;
}

/** `region-name` → `region name`: a concept id as words. */
export function conceptLabel(concept: string): string {
  return concept.replace(/[-_]+/g, ' ');
}
