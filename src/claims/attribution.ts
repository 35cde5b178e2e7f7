/** Who a sentence attributes its claim to: "according to X", "X said", "a report by X", or an agentless "it was reported". */
import { startsUpper } from '../detectors/support.js';
import type { ParsedDoc, Token } from '../nlp/types.js';
import {
  BE_FORMS,
  BETWEEN_SUBJECT_AND_VERB,
  COMPLEMENT_REPORTING_VERBS,
  GENERIC_SOURCES,
  OBJECT_REPORTING_VERBS,
  PASSIVE_ONLY_VERBS,
  REPORTED_CUES,
  REPORTING_VERBS,
  SOURCE_DETERMINERS,
  SOURCE_NOUNS,
} from './cues.js';
import type { Attribution, AttributionKind } from './types.js';

/** A source phrase: tokens `[first, last]`, inclusive. */
interface Phrase {
  first: number;
  last: number;
}

const PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART']);
const PERSONAL = new Map<string, AttributionKind>([
  ['he', 'named'], ['she', 'named'], ['i', 'named'], ['we', 'named'], ['they', 'anonymous'], ['it', 'anonymous'], ['someone', 'anonymous'], ['somebody', 'anonymous'],
]);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const MAX_PHRASE = 10;
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'did', 'does', 'do', 'will', 'would', 'could', 'may', 'might', "'s", '’s']);
/** Prepositions inside a source phrase: "the Committee of the Red Cross", "officials at the ministry", "sources in Kell". */
const CONNECTORS = new Set(['of', 'at', 'from', 'in']);
const NOT_IN_NAMES = new Set(['ADV', 'ADP', 'SCONJ', 'CCONJ', 'PRON', 'AUX', 'PART', 'INTJ']);

/**
 * Singular heads that name one body known from context ("the ministry said", "the army has
 * documented"): attributed, unlike a person left unnamed ("an official", "the spokesman").
 */
const INSTITUTIONS = new Set([
  'ministry', 'government', 'army', 'military', 'police', 'court', 'council', 'commission', 'agency', 'committee', 'department',
  'presidency', 'embassy', 'office', 'parliament', 'prosecutor', 'municipality', 'administration', 'kremlin', 'pentagon', 'un', 'eu',
]);

/** Whether token `i` may sit inside a source phrase ("the International Committee of the Red Cross"). */
function inPhrase(doc: ParsedDoc, i: number): boolean {
  const t = doc.tokens[i];
  if (t === undefined) return false;
  if (POSSESSIVE.has(t.lower)) return true;
  if (t.type !== 'word' && t.type !== 'number') return false;
  if (CONNECTORS.has(t.lower) || t.lower === '&') return true;
  // wink-nlp tags many capitalized name words as verbs ("the Red Cross/VERB", "Herald/VERB").
  if (doc.hasPos && startsUpper(t.text) && !t.stop && !NOT_IN_NAMES.has(t.pos ?? '')) return true;
  if (doc.hasPos) return PHRASE_POS.has(t.pos ?? '') && !(t.pos === 'DET' && !SOURCE_DETERMINERS.has(t.lower));
  return !t.stop || SOURCE_DETERMINERS.has(t.lower);
}

/** "and" between two capitalized words joins two sources ("Amnesty International and Crisis Group"). */
function joinsNames(doc: ParsedDoc, i: number): boolean {
  const t = doc.tokens[i];
  if (t === undefined || t.lower !== 'and' || !startsUpper(doc.tokens[i - 1]?.text ?? '')) return false;
  const next = doc.tokens[i + 1]?.lower === 'the' ? doc.tokens[i + 2] : doc.tokens[i + 1];
  return startsUpper(next?.text ?? '');
}

/** The phrase ending at token `last` (walking left), within `[from, last]`. */
function phraseBackward(doc: ParsedDoc, last: number, from: number): Phrase | undefined {
  const t = doc.tokens[last];
  if (t === undefined || last < from) return undefined;
  if (PERSONAL.has(t.lower)) return { first: last, last };
  let first = last + 1;
  while (first - 1 >= from && last - first < MAX_PHRASE && (inPhrase(doc, first - 1) || joinsNames(doc, first - 1))) first -= 1;
  // A phrase neither starts nor ends with "of"/"and".
  while (first <= last && (CONNECTORS.has(doc.tokens[first]?.lower ?? '') || ['and', '&'].includes(doc.tokens[first]?.lower ?? ''))) first += 1;
  return first <= last ? { first, last } : undefined;
}

/** The phrase starting at token `first` (walking right), before `to`. */
function phraseForward(doc: ParsedDoc, first: number, to: number): Phrase | undefined {
  if (first >= to) return undefined;
  if (PERSONAL.has(doc.tokens[first]?.lower ?? '')) return { first, last: first };
  let last = first - 1;
  while (last + 1 < to && last + 1 - first < MAX_PHRASE && (inPhrase(doc, last + 1) || joinsNames(doc, last + 1))) last += 1;
  while (last >= first && (CONNECTORS.has(doc.tokens[last]?.lower ?? '') || ['and', '&', ...POSSESSIVE].includes(doc.tokens[last]?.lower ?? ''))) last -= 1;
  return last >= first ? { first, last } : undefined;
}

/**
 * Named or anonymous: a pronoun by its person; a capitalized head ("the BBC", "Josep Borrell",
 * "the State Department") is named unless it is a generic word at the start of the sentence
 * ("Officials"); a lower-case head is named when a name owns it ("the EU's top diplomat"), else
 * anonymous ("Western media", "human rights groups", "a senior official").
 */
function classify(doc: ParsedDoc, p: Phrase): AttributionKind {
  const tokens = doc.tokens;
  // "officials at the Tavush Council" names its body; "officials in Kell", "sources in the ministry" do not.
  for (let k = p.first + 1; k < p.last; k += 1) {
    const connector = tokens[k] as Token;
    if (!CONNECTORS.has(connector.lower) || !GENERIC_SOURCES.has(tokens[k - 1]?.lower ?? '')) continue;
    if (connector.lower === 'in') return 'anonymous';
    return classify(doc, { first: k + 1, last: p.last });
  }
  const head = tokens[p.last] as Token;
  const personal = PERSONAL.get(head.lower);
  if (personal !== undefined && p.first === p.last) return personal;
  const sentenceStart = doc.sentences[head.sentence]?.tokenStart;
  if (startsUpper(head.text) && !(GENERIC_SOURCES.has(head.lower) && p.last === sentenceStart)) {
    return GENERIC_SOURCES.has(head.lower) && !/^[A-Z]{2,}$/.test(head.text) && !hasNameBefore(doc, p) ? 'anonymous' : 'named';
  }
  const singular = !/[a-z]s$/.test(head.lower) || head.lower.endsWith('ss');
  const owned = tokens.slice(p.first, p.last).some((t, k) => POSSESSIVE.has(t.lower) && startsUpper(tokens[p.first + k - 1]?.text ?? ''));
  const indefinite = ['a', 'an', 'one', 'some', 'several', 'many'].includes(tokens[p.first]?.lower ?? '');
  const definite = tokens[p.first]?.lower === 'the' || owned;
  return singular && !indefinite && (owned || (definite && INSTITUTIONS.has(head.lower))) ? 'named' : 'anonymous';
}

/** A capitalized word (not sentence-initial) before the head: "Crisis Group" is named, "Officials" alone is not. */
function hasNameBefore(doc: ParsedDoc, p: Phrase): boolean {
  for (let k = p.first; k < p.last; k += 1) {
    const t = doc.tokens[k] as Token;
    if (t.type === 'word' && startsUpper(t.text) && !SOURCE_DETERMINERS.has(t.lower) && k !== doc.sentences[t.sentence]?.tokenStart) return true;
  }
  return false;
}

/** The phrase with leading determiners dropped, as an attribution. */
function attribution(doc: ParsedDoc, p: Phrase, cue: { first: number; last: number }): Attribution {
  let first = p.first;
  while (first < p.last && SOURCE_DETERMINERS.has(doc.tokens[first]?.lower ?? '')) first += 1;
  const start = (doc.tokens[first] as Token).start;
  const end = (doc.tokens[p.last] as Token).end;
  const cueStart = (doc.tokens[cue.first] as Token).start;
  const cueEnd = (doc.tokens[cue.last] as Token).end;
  const text = doc.text.slice(start, end);
  return { kind: classify(doc, p), source: text, start, end, text, cue: doc.text.slice(cueStart, cueEnd), cueStart, cueEnd };
}

/** A reporting cue with no source: the span is the cue. */
function unsourced(doc: ParsedDoc, cue: { first: number; last: number }): Attribution {
  const start = (doc.tokens[cue.first] as Token).start;
  const end = (doc.tokens[cue.last] as Token).end;
  const text = doc.text.slice(start, end);
  return { kind: 'none', source: null, start, end, text, cue: text, cueStart: start, cueEnd: end };
}

/** Whether token `i` is a reporting verb used as a verb. */
function reportingVerb(doc: ParsedDoc, i: number, from: number, to: number): boolean {
  const t = doc.tokens[i] as Token;
  if (t.type !== 'word') return false;
  const lemma = t.lemma;
  if (!REPORTING_VERBS.has(lemma) && !PASSIVE_ONLY_VERBS.has(lemma)) return false;
  if (doc.hasPos ? t.pos !== 'VERB' : /^(?:the|a|an|this|its|their)$/.test(doc.tokens[i - 1]?.lower ?? '')) return false;
  // "refused to confirm": an infinitive reports nothing yet.
  if (doc.tokens[i - 1]?.lower === 'to') return false;
  const objects = OBJECT_REPORTING_VERBS.get(lemma);
  if (objects !== undefined) {
    let found = false;
    for (let k = i + 1; k < Math.min(to, i + 4); k += 1) if (objects.has(doc.tokens[k]?.lower ?? '')) found = true;
    if (!found) return false;
  }
  if (COMPLEMENT_REPORTING_VERBS.has(lemma)) {
    for (let k = i + 1; k < Math.min(to, i + 4); k += 1) {
      const next = doc.tokens[k] as Token;
      if (next.lower === 'that' || next.text === ':' || /^["“‘']$/.test(next.text)) return true;
      if (next.type === 'word') break;
    }
    return isSentenceEnd(doc, i + 1, to) && commaBefore(doc, i, from);
  }
  return true;
}

/** "…, the ministry noted.": a comma before the subject of a sentence-final reporting verb (not "the treaty that the Kremlin wrote"). */
function commaBefore(doc: ParsedDoc, i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 6); k -= 1) {
    const t = doc.tokens[k] as Token;
    if (t.text === ',') return true;
    if (t.lower === 'that' || t.lower === 'which' || t.lower === 'who') return false;
  }
  return false;
}

/** Whether only punctuation remains from token `i` to the end of the sentence. */
function isSentenceEnd(doc: ParsedDoc, i: number, to: number): boolean {
  for (let k = i; k < to; k += 1) if (doc.tokens[k]?.type !== 'punctuation') return false;
  return true;
}

/** "according to X" at token `i`. */
function accordingTo(doc: ParsedDoc, i: number, to: number): Attribution | undefined {
  if (doc.tokens[i]?.lower !== 'according' || doc.tokens[i + 1]?.lower !== 'to') return undefined;
  const p = phraseForward(doc, i + 2, to);
  return p === undefined ? undefined : attribution(doc, p, { first: i, last: i + 1 });
}

/** "a report by X", "a statement from X", "data from X" at token `i`. */
function sourceNoun(doc: ParsedDoc, i: number, to: number): Attribution | undefined {
  const t = doc.tokens[i] as Token;
  if (!SOURCE_NOUNS.has(t.lower) && !SOURCE_NOUNS.has(t.lemma)) return undefined;
  const by = doc.tokens[i + 1]?.lower;
  if (by !== 'by' && by !== 'from') return undefined;
  const p = phraseForward(doc, i + 2, to);
  if (p === undefined || !startsUpper(doc.tokens[p.last]?.text ?? '')) return undefined;
  return attribution(doc, p, { first: i, last: i + 1 });
}

/** The subject or agent of the reporting verb at `v`, or an agentless passive. */
function verbSource(doc: ParsedDoc, v: number, from: number, to: number): Attribution | undefined {
  const tokens = doc.tokens;
  const verb = tokens[v] as Token;
  let k = v - 1;
  let passive = false;
  while (k >= from && (BETWEEN_SUBJECT_AND_VERB.has(tokens[k]?.lower ?? '') || BE_FORMS.has(tokens[k]?.lower ?? ''))) {
    if (BE_FORMS.has(tokens[k]?.lower ?? '')) passive = true;
    k -= 1;
  }
  // The cue is the verb with its auxiliaries, without adverbs in front ("has warned", not "has also warned" → "also").
  let cueFirst = k + 1;
  while (cueFirst < v && !AUXILIARIES.has(tokens[cueFirst]?.lower ?? '')) cueFirst += 1;
  const cue = { first: cueFirst, last: v };
  if (passive) {
    // "was reported by Reuters" names its agent; "it was reported", "have been documented" do not.
    if (tokens[v + 1]?.lower === 'by') {
      const agent = phraseForward(doc, v + 2, to);
      if (agent !== undefined) return attribution(doc, agent, cue);
    }
    const it = tokens[k]?.lower === 'it' ? k : k + 1;
    return unsourced(doc, { first: it, last: v });
  }
  if (PASSIVE_ONLY_VERBS.has(verb.lemma) && !REPORTING_VERBS.has(verb.lemma)) return undefined;
  // "…, Josep Borrell, recently expressed concern": the name in apposition before the verb.
  if (tokens[k]?.text === ',' && k - 1 >= from) {
    const p = phraseBackward(doc, k - 1, from);
    if (p !== undefined && startsUpper(tokens[p.last]?.text ?? '')) return attribution(doc, p, cue);
  }
  // "Amnesty, which documented…": the antecedent of a relative pronoun.
  if (tokens[k]?.lower === 'who' || tokens[k]?.lower === 'which') {
    const before = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
    const p = phraseBackward(doc, before, from);
    if (p !== undefined) return attribution(doc, p, cue);
  }
  const subject = phraseBackward(doc, k, from);
  if (subject !== undefined) return attribution(doc, subject, cue);
  // "…, said the minister."
  if (tokens[v - 1]?.text === ',' || v === from) {
    const after = phraseForward(doc, v + 1, to);
    if (after !== undefined && !['that', 'it'].includes(tokens[v + 1]?.lower ?? '')) return attribution(doc, after, { first: v, last: v });
  }
  return undefined;
}

/**
 * The attribution of the sentence in tokens `[from, to)`: the first of "according to X", a source
 * noun ("a report by X"), or a reporting verb with its subject ("X said", "X has documented",
 * "…, said X"), passive agent ("was reported by X") or none ("it was reported", "have been
 * documented"); then "reportedly"/"allegedly" as a cue without a source. Null when nothing in the
 * sentence attributes it: the writer asserts it.
 *
 * Reporting verbs follow Bergler (1992) and Krestel et al. (2008); the generic heads that leave a
 * source unnamed follow Wikipedia's "unsupported attributions" guideline.
 *
 * @example
 * const doc = parse('According to the BBC, the villagers fled.', { pos: true });
 * findAttribution(doc, 0, doc.tokens.length);
 * // → { kind: 'named', source: 'BBC', cue: 'According to', … }
 */
export function findAttribution(doc: ParsedDoc, from: number, to: number): Attribution | null {
  let reported: Attribution | undefined;
  for (let i = from; i < to; i += 1) {
    const t = doc.tokens[i] as Token;
    if (t.quoted) continue;
    const found = accordingTo(doc, i, to) ?? sourceNoun(doc, i, to) ?? (reportingVerb(doc, i, from, to) ? verbSource(doc, i, from, to) : undefined);
    if (found !== undefined && found.kind !== 'none') return found;
    if (found !== undefined) reported ??= found;
    if (REPORTED_CUES.has(t.lower) && t.lower.endsWith('ly')) reported ??= unsourced(doc, { first: i, last: i });
  }
  return reported ?? null;
}
