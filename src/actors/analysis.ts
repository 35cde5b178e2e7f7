/** One pass over a document: mentions found (and spans given), merged into actors, each mention's portrayal and harm roles read. */
import { SlantError } from '../core/errors.js';
import type { ParsedDoc } from '../nlp/types.js';
import { readHarm } from './harm.js';
import { nameEnd, recognitionContext, recognize, possessiveAfter, settleGuesses, type Candidate } from './mentions.js';
import { mergeMentions, type MergedActor } from './merge.js';
import { portrayalOf, type PortrayalContext } from './portrayal.js';
import { matchDocument, type ActorResources } from './resources.js';
import { compromiseSpans } from './tagger.js';
import type { HarmRole, PortrayalCue } from './types.js';

/** Options of one analysis. */
export interface AnalysisOptions {
  /** Also run compromise's tagger (65–100 ms per article) and add the people, organisations and places it finds. */
  tagger?: boolean | undefined;
  /**
   * Spans to treat as mentions whatever the rules say (the entities of the `entity-roles` task).
   * A recognized mention overlapping one gives way to it, and lends it its actor.
   */
  spans?: ReadonlyArray<{ start: number; end: number }> | undefined;
}

/** Everything read from one document. Mentions are in text order; `given[i]` is the mention made for `spans[i]`. */
export interface DocAnalysis {
  doc: ParsedDoc;
  ctx: PortrayalContext;
  mentions: Candidate[];
  /** Per mention: index into `actors`. */
  actorOf: number[];
  actors: MergedActor[];
  /** Per mention: its portrayal cues. */
  portrayal: PortrayalCue[][];
  /** Per mention: the harm events it is agent or patient of. */
  harm: HarmRole[][];
  /** Per given span: the index of its mention. */
  given: number[];
}

/**
 * Finds, merges and reads the actors of a document parsed with POS tags.
 *
 * @example
 * const analysis = analyzeDocument(parse(text, { pos: true }), resources);
 * analysis.actors.map((a) => a.name);
 */
export function analyzeDocument(doc: ParsedDoc, res: ActorResources, options: AnalysisOptions = {}): DocAnalysis {
  if (!doc.hasPos) throw new SlantError('SLANT_USAGE', 'the actors lens needs POS tags: parse the text with { pos: true }');
  const matches = matchDocument(res, doc);
  const rctx = recognitionContext(doc, res, matches);
  let mentions = recognize(rctx);
  if (options.tagger === true) mentions = addTagged(doc, mentions);
  const spans = options.spans ?? [];
  const givenIds: Array<Candidate | undefined> = [];
  if (spans.length > 0) mentions = addGiven(doc, mentions, spans, givenIds);
  markSpeakers(doc, matches, mentions);
  settleGuesses(mentions);
  const mentionAt = new Map<number, number>();
  mentions.forEach((m, i) => {
    for (let t = m.startToken; t < m.endToken; t += 1) mentionAt.set(t, i);
  });
  const ctx: PortrayalContext = { doc, res, matches, mentionAt };
  const actors = mergeMentions(doc, mentions, res);
  const actorOf = new Array<number>(mentions.length).fill(-1);
  actors.forEach((a, k) => {
    for (const i of a.members) actorOf[i] = k;
  });
  const portrayal = mentions.map((m) => portrayalOf(ctx, m));
  const harm: HarmRole[][] = mentions.map(() => []);
  for (const r of readHarm(ctx, mentions)) harm[r.mention]?.push(r.role);
  const given = givenIds.map((c) => (c === undefined ? -1 : mentions.indexOf(c)));
  return { doc, ctx, mentions, actorOf, actors, portrayal, harm, given };
}

/** Adds compromise's spans that no rule mention overlaps, typed by compromise. */
function addTagged(doc: ParsedDoc, mentions: Candidate[]): Candidate[] {
  const taken = new Set<number>();
  for (const m of mentions) for (let t = m.startToken; t < m.endToken; t += 1) taken.add(t);
  const extra: Candidate[] = [];
  for (const s of compromiseSpans(doc)) {
    let free = true;
    for (let t = s.startToken; t < s.endToken && free; t += 1) if (taken.has(t)) free = false;
    if (!free) continue;
    for (let t = s.startToken; t < s.endToken; t += 1) taken.add(t);
    const c = makeCandidate(doc, s.startToken, s.endToken, 'compromise', { kind: s.kind, key: '', name: '' });
    const key = `${s.kind === 'organisation' ? 'org' : s.kind}:${c.text.toLowerCase()}`;
    extra.push({ ...c, key, name: c.text, nameWords: s.kind === 'person' ? c.text.toLowerCase().split(/\s+/) : undefined });
  }
  return [...mentions, ...extra].sort((a, b) => a.start - b.start);
}

/** Puts the given spans in as mentions: an overlapping rule mention gives way and lends its key and kind. */
function addGiven(doc: ParsedDoc, mentions: Candidate[], spans: ReadonlyArray<{ start: number; end: number }>, ids: Array<Candidate | undefined>): Candidate[] {
  const kept = [...mentions];
  const made = new Map<string, Candidate>();
  for (const span of spans) {
    const key = `${span.start}:${span.end}`;
    const existing = made.get(key);
    if (existing !== undefined) {
      ids.push(existing);
      continue;
    }
    const range = tokenRange(doc, span.start, span.end);
    if (range === undefined) {
      ids.push(undefined);
      continue;
    }
    const overlapping = kept.filter((m) => m.startToken < range.to && range.from < m.endToken);
    const lender = overlapping.sort((a, b) => b.endToken - b.startToken - (a.endToken - a.startToken))[0];
    for (const m of overlapping) kept.splice(kept.indexOf(m), 1);
    const text = doc.text.slice(span.start, span.end);
    const c = makeCandidate(doc, range.from, range.to, 'given', {
      kind: lender?.kind,
      key: lender?.key ?? `given:${text.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '')}`,
      name: lender?.name ?? text,
      nameWords: lender?.nameWords,
      state: lender?.state,
      head: lender?.head,
      title: lender?.title,
      gazetteer: lender?.gazetteer,
      agentOnly: lender?.agentOnly,
    });
    // The given offsets are kept as they are (they may cut a token); token range is what the rules read.
    c.start = span.start;
    c.end = span.end;
    c.text = text;
    kept.push(c);
    made.set(key, c);
    ids.push(c);
  }
  // Given spans may overlap one another; the rules read each by its token range.
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function tokenRange(doc: ParsedDoc, start: number, end: number): { from: number; to: number } | undefined {
  let from = -1;
  let to = -1;
  for (const t of doc.tokens) {
    if (t.end <= start) continue;
    if (t.start >= end) break;
    if (from === -1) from = t.index;
    to = t.index + 1;
  }
  return from === -1 ? undefined : { from, to };
}

function makeCandidate(doc: ParsedDoc, from: number, to: number, via: Candidate['via'], info: Pick<Candidate, 'kind' | 'key' | 'name'> & Partial<Candidate>): Candidate {
  const first = doc.tokens[from];
  const last = doc.tokens[to - 1];
  const start = first?.start ?? 0;
  // A possessive glued to the last token ("Obama’s") is left out, as in the rules' mentions.
  const end = last === undefined ? start : nameEnd(last);
  const possessive = (last !== undefined && end < last.end) || possessiveAfter(doc.tokens, to);
  return { ...info, start, end, text: doc.text.slice(start, end), startToken: from, endToken: to, via, possessive, quoted: first?.quoted === true, speaker: false };
}

/** Marks mentions that introduce speech: "X said", "X has told", "according to X", "…, said X". */
function markSpeakers(doc: ParsedDoc, matches: ReturnType<typeof matchDocument>, mentions: Candidate[]): void {
  const tokens = doc.tokens;
  for (const m of mentions) {
    let t = m.endToken;
    let be = false;
    while (t < m.endToken + 3 && (tokens[t]?.pos === 'ADV' || tokens[t]?.pos === 'AUX')) {
      be ||= tokens[t]?.lemma === 'be';
      t += 1;
    }
    // "X was told", "X will be asked": X is spoken to, not speaking ("X is saying" still speaks).
    const passive = be && !/ing$/.test(tokens[t]?.lower ?? '');
    const after = matches.speechAt.get(t);
    if (after !== undefined && after.entry.category !== 'naming' && tokens[t]?.pos !== 'NOUN' && !m.possessive && !passive) {
      m.speaker = true;
      continue;
    }
    const according = matches.speechAt.get(m.startToken - 2);
    if (according !== undefined && according.entry.term === 'according to' && according.endToken === m.startToken) {
      m.speaker = true;
      continue;
    }
    const before = matches.speechAt.get(m.startToken - 1);
    const mark = tokens[m.startToken - 2];
    if (before !== undefined && before.entry.category !== 'naming' && mark !== undefined && /^[,”"’]$/.test(mark.text)) m.speaker = true;
  }
}
