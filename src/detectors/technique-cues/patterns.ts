/** Structural cues of persuasion techniques: word patterns a phrase list cannot express, each anchored on a word the shared matcher finds. */
import type { MatchableEntry } from '../../lexicon/matcher.js';
import type { ParsedDoc, Sentence, Token } from '../../nlp/types.js';
import { startsUpper } from '../support.js';

/** A cue before it becomes a finding: the tokens it covers, the technique it signals, how strongly, and why. */
export interface Cue {
  /** SemEval-2023 technique id. */
  technique: string;
  /** The last part of the rule id: a lexicon entry's rule slug or a pattern's name. */
  pattern: string;
  startToken: number;
  /** Exclusive. */
  endToken: number;
  /** The words that triggered it (`data.cue`). */
  cue: string;
  weight: number;
  /** Completes the reason sentence after the quoted evidence. */
  why: string;
}

/** A structural pattern tried where its anchor word matched: `[at, end)` are the anchor's tokens. */
export type PatternFn = (doc: ParsedDoc, at: number, end: number) => Cue | undefined;

/** An anchor for the shared matcher: the words where a pattern is tried. */
export interface Anchor extends MatchableEntry {
  readonly pattern: PatternFn;
}

/** Every structural pattern: its rule name and technique, for `rules()`. */
export const STRUCTURAL_RULES: ReadonlyArray<{ technique: string; pattern: string }> = [
  { technique: 'Flag_Waving', pattern: 'eternal-claim' },
  { technique: 'Flag_Waving', pattern: 'praise-of-troops' },
  { technique: 'Flag_Waving', pattern: 'ancestral-community' },
  { technique: 'Whataboutism', pattern: 'what-about-question' },
  { technique: 'Whataboutism', pattern: 'unequal-treatment-question' },
  { technique: 'Whataboutism', pattern: 'meanwhile-pivot' },
  { technique: 'Appeal_to_Hypocrisy', pattern: 'parallel-contrast' },
  { technique: 'False_Dilemma-No_Choice', pattern: 'either-or' },
  { technique: 'False_Dilemma-No_Choice', pattern: 'ultimatum' },
  { technique: 'Guilt_by_Association', pattern: 'playbook' },
  { technique: 'Guilt_by_Association', pattern: 'same-origin' },
  { technique: 'Guilt_by_Association', pattern: 'akin-to-others' },
  { technique: 'Guilt_by_Association', pattern: 'compared-to-villain' },
  { technique: 'Appeal_to_Authority', pattern: 'was-right-when' },
  { technique: 'Slogans', pattern: 'rallying-line' },
  { technique: 'Doubt', pattern: 'doubt-before-quote' },
];

const COPULA_PAST = new Set(['was', 'were']);
const COPULA_PRESENT = new Set(['is', 'are', "'s", "'re"]);
const FUTURE = new Set(['will', 'shall', "'ll"]);
const LEADING = new Set(['and', 'but', 'so', 'yet', 'or', 'then', 'now']);
const OPENING_QUOTES = new Set(['“', '‘', '"', "'", '«']);
const CLOSING_QUOTES = new Set(['”', '’', '"', "'", '»']);
/** Punctuation that ends a clause for the purpose of a span. */
const CLAUSE_END = new Set(['.', ',', ';', ':', '!', '?', '…', '...', '—', '–', '(', ')']);

/** Nouns after "either" that make it a determiner ("either side"), not the first half of "either … or". */
const EITHER_DETERMINED = new Set([
  'of', 'way', 'side', 'sides', 'one', 'end', 'hand', 'party', 'parties', 'case', 'direction', 'camp', 'country', 'team', 'candidate', 'person',
]);

/** Verbs of saying after "was right … when he": the authority's words are the point. */
const SAYING = new Set(['say', 'point', 'note', 'warn', 'argue', 'observe', 'predict', 'state', 'write', 'insist', 'remark', 'explain', 'call', 'tell', 'describe', 'declare']);

/** Harm done to people: a "Meanwhile, …" sentence about it turns to the other side's victims. */
const HARM = new Set([
  'kill', 'die', 'dead', 'murder', 'massacre', 'shell', 'shelling', 'bomb', 'bombing', 'starve', 'suffer', 'expel', 'torture', 'rape', 'slaughter',
  'wound', 'injure', 'displace', 'execute', 'imprison', 'jail', 'persecute', 'victim',
]);

/** Troops and fighters whose praise, tied to "our" or a nationality, is flag waving. */
const TROOPS = new Set(['soldier', 'soldiers', 'troops', 'army', 'armies', 'forces', 'fighters', 'servicemen', 'defenders', 'heroes', 'warriors', 'sons']);

/** Places and groups a nation's "ancestral" claim attaches to. */
const ANCESTRAL_NOUNS = new Set(['community', 'communities', 'land', 'lands', 'homeland', 'home', 'territory', 'territories', 'village', 'villages', 'heartland', 'soil', 'capital']);

/** Words that make a name a comparison ("like Hitler", "a new Stalin", "reminiscent of the Nazis"). */
const COMPARISON = new Set([
  'like', 'as', 'akin', 'reminiscent', 'compare', 'compared', 'comparing', 'comparison', 'equivalent', 'worthy', 'echo', 'echoes', 'echoing',
  'channel', 'channels', 'channeling', 'channelling', 'new', 'modern-day', 'latter-day', 'another', 'style', 'imitate', 'emulate',
]);

/** Words that make the company after "from the same … as" a group. */
const GROUP_WORDS = new Set(['these', 'those', 'other', 'others', 'many', 'all']);

const PRONOUNS = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'it', 'me', 'us', 'him', 'her', 'them', 'this', 'that']);
const AUXILIARIES = new Set(['do', 'does', 'did', 'have', 'has', 'had', 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must']);

const word = (t: Token | undefined): t is Token => t !== undefined && t.type === 'word';
const punct = (t: Token | undefined): boolean => t !== undefined && t.type === 'punctuation';

function sentenceOf(doc: ParsedDoc, t: number): Sentence | undefined {
  const token = doc.tokens[t];
  return token === undefined ? undefined : doc.sentences[token.sentence];
}

/** The text of tokens `[from, to)` as written. */
export function tokenText(doc: ParsedDoc, from: number, to: number): string {
  const first = doc.tokens[from];
  const last = doc.tokens[to - 1];
  return first === undefined || last === undefined ? '' : doc.text.slice(first.start, last.end);
}

/** The first word of a sentence, past leading conjunctions and opening quotes ("And what about …?"). */
function openingWord(doc: ParsedDoc, sentence: Sentence): number {
  let t = sentence.tokenStart;
  while (t < sentence.tokenEnd) {
    const token = doc.tokens[t] as Token;
    if (OPENING_QUOTES.has(token.text) || (word(token) && LEADING.has(token.lower))) t += 1;
    else break;
  }
  return t;
}

/** The last token of a sentence before closing quotes and brackets. */
function finalMark(doc: ParsedDoc, sentence: Sentence): Token | undefined {
  let t = sentence.tokenEnd - 1;
  while (t > sentence.tokenStart && (CLOSING_QUOTES.has(doc.tokens[t]?.text ?? '') || doc.tokens[t]?.text === ')')) t -= 1;
  return doc.tokens[t];
}

/** Whether the sentence ends in a question mark. */
function isQuestion(doc: ParsedDoc, sentence: Sentence): boolean {
  return finalMark(doc, sentence)?.text.includes('?') === true;
}

/** Just past the last token of the clause that starts at `from`: up to clause punctuation, the sentence end or `max` tokens. */
function clauseEnd(doc: ParsedDoc, from: number, limit: number, max: number): number {
  let t = from;
  while (t < limit && t - from < max && !CLAUSE_END.has(doc.tokens[t]?.text ?? '.')) t += 1;
  return withClosingQuote(doc, t, limit);
}

/** `end`, or one further when the token at `end` closes a quotation the span ends inside. */
function withClosingQuote(doc: ParsedDoc, end: number, limit: number): number {
  const closer = doc.tokens[end];
  return end < limit && closer !== undefined && CLOSING_QUOTES.has(closer.text) && doc.tokens[end - 1]?.quoted === true ? end + 1 : end;
}

/** The first token of the subject before token `t`: up to `max` words back, stopping at punctuation or the sentence start. */
function subjectStart(doc: ParsedDoc, t: number, sentence: Sentence, max: number): number {
  let s = t;
  while (s > sentence.tokenStart && t - s < max && word(doc.tokens[s - 1])) s -= 1;
  return s;
}

/**
 * "X was, is and will always be Y": a claim of eternal belonging, the stock form of a national claim on
 * land or identity (flag waving: Piskorski et al. 2023, appeal to a group's pride and identity). Anchored
 * on "always"/"forever"; needs a past and a present copula before the future one.
 */
export const eternalClaim: PatternFn = (doc, at) => {
  const tokens = doc.tokens;
  const sentence = sentenceOf(doc, at);
  if (sentence === undefined) return undefined;
  let will: number;
  let be: number;
  if (FUTURE.has(tokens[at - 1]?.lower ?? '') && tokens[at + 1]?.lemma === 'be') [will, be] = [at - 1, at + 1];
  else if (FUTURE.has(tokens[at + 1]?.lower ?? '') && tokens[at + 2]?.lemma === 'be') [will, be] = [at, at + 2];
  else return undefined;
  let past = -1;
  let present = -1;
  for (let t = will - 1; t >= Math.max(sentence.tokenStart, will - 8); t -= 1) {
    const lower = tokens[t]?.lower ?? '';
    if (COPULA_PAST.has(lower) || (lower === 'been' && (tokens[t - 1]?.lower === 'has' || tokens[t - 1]?.lower === 'have'))) past = lower === 'been' ? t - 1 : t;
    else if (COPULA_PRESENT.has(lower)) present = t;
    else if (lower !== ',' && lower !== 'and' && lower !== 'still' && lower !== 'always' && lower !== 'has' && lower !== 'have') break;
  }
  if (past < 0 || present < 0) return undefined;
  const first = Math.min(past, present);
  const start = subjectStart(doc, first, sentence, 5);
  const end = clauseEnd(doc, be + 1, sentence.tokenEnd, 8);
  if (end <= be + 1 || start === first) return undefined;
  // A named subject or predicate ("… will always be Freedonian") makes it a national claim.
  let named = false;
  for (let t = start; t < end; t += 1) if (t > sentence.tokenStart && word(tokens[t]) && startsUpper(tokens[t]?.text ?? '')) named = true;
  return {
    technique: 'Flag_Waving',
    pattern: 'eternal-claim',
    startToken: start,
    endToken: end,
    cue: tokenText(doc, first, be + 1),
    weight: named ? 0.75 : 0.35,
    why: 'claims that something belongs to a nation or group for all time, an appeal to pride and identity rather than an argument.',
  };
};

/**
 * "the courage and heroism of our soldiers": praise of a nation's troops, which asks the reader to side
 * with them (flag waving). Anchored on the praise noun; the troops must be "our" or named by nationality.
 */
export const praiseOfTroops: PatternFn = (doc, at) => {
  const tokens = doc.tokens;
  const sentence = sentenceOf(doc, at);
  if (sentence === undefined) return undefined;
  const limit = Math.min(sentence.tokenEnd, at + 9);
  for (let o = at + 1; o < limit; o += 1) {
    if (tokens[o]?.lower !== 'of') continue;
    for (let n = o + 1; n < Math.min(limit + 3, sentence.tokenEnd, o + 5); n += 1) {
      const noun = tokens[n];
      if (!word(noun) || !TROOPS.has(noun.lower)) continue;
      const owner = tokens[n - 1];
      const ours = owner !== undefined && (owner.lower === 'our' || (word(owner) && startsUpper(owner.text)));
      if (!ours) return undefined;
      return {
        technique: 'Flag_Waving',
        pattern: 'praise-of-troops',
        startToken: at,
        endToken: n + 1,
        cue: tokenText(doc, at, n + 1),
        weight: 0.6,
        why: 'glorifies the nation’s own fighters, inviting the reader to take their side out of pride.',
      };
    }
    return undefined;
  }
  return undefined;
};

/**
 * "ancestral Freedonian lands": a group's claim to a place by descent (flag waving). Phrases without a
 * name inside ("ancestral homeland") are lexicon entries; this finds the ones with a nationality between.
 */
export const ancestralCommunity: PatternFn = (doc, at) => {
  const tokens = doc.tokens;
  const sentence = sentenceOf(doc, at);
  if (sentence === undefined) return undefined;
  let t = at + 1;
  let names = 0;
  while (t < sentence.tokenEnd && names < 2 && word(tokens[t]) && startsUpper(tokens[t]?.text ?? '')) {
    t += 1;
    names += 1;
  }
  const noun = tokens[t];
  if (names === 0 || !word(noun) || !ANCESTRAL_NOUNS.has(noun.lower)) return undefined;
  return {
    technique: 'Flag_Waving',
    pattern: 'ancestral-community',
    startToken: at,
    endToken: t + 1,
    cue: tokenText(doc, at, t + 1),
    weight: 0.45,
    why: 'grounds a claim in a people’s descent from the land, an appeal to group identity.',
  };
};

/**
 * "What about …?" opening a question: the counter-question of whataboutism (Piskorski et al. 2023).
 * Only at the start of a question, so reported uses ("asked what about the plan worried them") do not count.
 */
export const whatAboutQuestion: PatternFn = (doc, at) => {
  const sentence = sentenceOf(doc, at);
  if (sentence === undefined || openingWord(doc, sentence) !== at || !isQuestion(doc, sentence)) return undefined;
  return {
    technique: 'Whataboutism',
    pattern: 'what-about-question',
    startToken: at,
    endToken: withClosingQuote(doc, sentence.tokenEnd, sentence.tokenEnd),
    cue: tokenText(doc, at, at + 2),
    weight: 0.55,
    why: 'answers with a counter-question about someone else’s conduct instead of the point at issue.',
  };
};

/**
 * "What is it about X that … more than …?", "Why is it that …, but …?": a question that charges
 * unequal treatment of two groups, the counter-accusation of whataboutism. Needs a comparison or a
 * contrast after the opener.
 */
export const unequalTreatmentQuestion: PatternFn = (doc, at, end) => {
  const tokens = doc.tokens;
  const sentence = sentenceOf(doc, at);
  if (sentence === undefined || !isQuestion(doc, sentence)) return undefined;
  let compared = false;
  for (let t = end; t < sentence.tokenEnd && !compared; t += 1) {
    const lower = tokens[t]?.lower ?? '';
    compared = lower === 'than' || lower === 'whereas' || lower === 'but' || lower === 'while';
  }
  if (!compared) return undefined;
  return {
    technique: 'Whataboutism',
    pattern: 'unequal-treatment-question',
    startToken: at,
    endToken: withClosingQuote(doc, sentence.tokenEnd, sentence.tokenEnd),
    cue: tokenText(doc, at, end),
    weight: 0.5,
    why: 'asks why one group is treated better than another, turning the charge back on the critics.',
  };
};

/**
 * "Meanwhile, …" opening a sentence about people killed or suffering: a turn to the other side's
 * victims, a common form of whataboutism. Plain "meanwhile" narration is not flagged.
 */
export const meanwhilePivot: PatternFn = (doc, at, end) => {
  const tokens = doc.tokens;
  const sentence = sentenceOf(doc, at);
  if (sentence === undefined || openingWord(doc, sentence) !== at || tokens[end]?.text !== ',') return undefined;
  let harm = false;
  for (let t = end; t < sentence.tokenEnd && !harm; t += 1) harm = HARM.has(tokens[t]?.lemma ?? '') || HARM.has(tokens[t]?.lower ?? '');
  if (!harm) return undefined;
  let last = sentence.tokenEnd;
  while (last > end && punct(tokens[last - 1])) last -= 1;
  return {
    technique: 'Whataboutism',
    pattern: 'meanwhile-pivot',
    startToken: at,
    endToken: last,
    cue: tokenText(doc, at, end),
    weight: 0.35,
    why: 'turns from the matter at hand to harm suffered by the other side, which may deflect rather than answer.',
  };
};

/** A copula and the word after it: "is occupied", "are “disputed”". */
interface Predicate {
  copula: number;
  predicate: number;
  key: string;
  /** The predicate opens a quotation right after the copula (a scare-quoted judgement). */
  quoted: boolean;
}

/** The copula-predicate pairs in tokens `[from, to)` whose predicate is a content word. */
function predicates(doc: ParsedDoc, from: number, to: number): Predicate[] {
  const tokens = doc.tokens;
  const out: Predicate[] = [];
  for (let t = from; t < to - 1; t += 1) {
    const copula = tokens[t] as Token;
    if (copula.lemma !== 'be' || !word(copula) || copula.lower === 'be' || copula.lower === 'been' || copula.lower === 'being') continue;
    let p = t + 1;
    const quoted = OPENING_QUOTES.has(tokens[p]?.text ?? '');
    if (quoted) p += 1;
    const predicate = tokens[p];
    if (p >= to || !word(predicate) || predicate.stop) continue;
    out.push({ copula: t, predicate: p, key: predicate.lower, quoted });
  }
  return out;
}

/** How close parallel clauses sit: "B is occupied, C is occupied" puts the copulas four tokens apart. */
const PARALLEL_GAP = 8;

/**
 * "A is occupied, B is occupied, C is occupied, but D is “disputed”": parallel clauses that make the same
 * judgement of several cases and a different one of the last, to charge inconsistency (appeal to
 * hypocrisy, Piskorski et al. 2023: underlining contradictions between positions). Anchored on the
 * contrast word; needs a run of two or more clauses with one predicate right before it, or one clause
 * and a scare-quoted predicate after it.
 */
export const parallelContrast: PatternFn = (doc, at) => {
  const sentence = sentenceOf(doc, at);
  if (sentence === undefined) return undefined;
  // Most contrast words have no copula right before them: answer those without collecting anything.
  let near = false;
  for (let t = at - 1; t >= Math.max(sentence.tokenStart, at - PARALLEL_GAP - 1) && !near; t -= 1) near = doc.tokens[t]?.lemma === 'be';
  if (!near) return undefined;
  const before = predicates(doc, Math.max(sentence.tokenStart, at - 40), at);
  const last = before[before.length - 1];
  if (last === undefined || at - last.predicate > PARALLEL_GAP) return undefined;
  let first = last;
  let count = 1;
  for (let i = before.length - 2; i >= 0; i -= 1) {
    const p = before[i] as Predicate;
    if (p.key !== last.key || first.copula - p.copula > PARALLEL_GAP) break;
    first = p;
    count += 1;
  }
  const after = predicates(doc, at + 1, Math.min(sentence.tokenEnd, at + 6))[0];
  if (after === undefined || after.key === last.key) return undefined;
  if (count < 2 && !after.quoted) return undefined;
  const start = subjectStart(doc, first.copula, sentence, 4);
  const end = withClosingQuote(doc, after.predicate + 1, sentence.tokenEnd);
  const tokens = doc.tokens;
  return {
    technique: 'Appeal_to_Hypocrisy',
    pattern: 'parallel-contrast',
    startToken: start,
    endToken: end,
    cue: `${tokens[last.copula]?.text ?? ''} ${last.key} … ${tokens[at]?.text ?? ''} … ${tokenText(doc, after.copula, end)}`,
    weight: count >= 2 ? 0.65 : 0.5,
    why: 'repeats one judgement for several cases and gives the last a different one, to charge the other side with a double standard.',
  };
};

/** Words before "either" that open a choice between clauses: "you are either …", "we must either …". */
const EITHER_LEAD = new Set(['be', 'must', 'will', 'can', 'should', 'would', 'could', 'shall', 'have', 'we', 'you', 'they', 'he', 'she', 'i']);

/**
 * "Either we act now or …", "you are either with us or …": two courses or camps presented as the only
 * ones (false dilemma). Only "either" that opens a clause, or follows a subject pronoun, a copula or a
 * modal, with two or more words on each side of "or": "either directly or indirectly" and "either side"
 * list options, they do not force a choice.
 */
export const eitherOr: PatternFn = (doc, at) => {
  const tokens = doc.tokens;
  const sentence = sentenceOf(doc, at);
  if (sentence === undefined || EITHER_DETERMINED.has(tokens[at + 1]?.lower ?? '')) return undefined;
  const prev = tokens[at - 1];
  const opens = at <= openingWord(doc, sentence) || !word(prev) || EITHER_LEAD.has(prev.lower) || EITHER_LEAD.has(prev.lemma);
  if (!opens) return undefined;
  let words = 0;
  for (let o = at + 1; o < Math.min(sentence.tokenEnd, at + 16); o += 1) {
    const token = tokens[o] as Token;
    if (token.text === '.' || token.text === ';' || token.text === '?' || token.text === '!') return undefined;
    if (token.lower !== 'or') {
      if (word(token)) words += 1;
      continue;
    }
    const end = clauseEnd(doc, o + 1, sentence.tokenEnd, 10);
    let after = 0;
    for (let t = o + 1; t < end; t += 1) if (word(tokens[t])) after += 1;
    if (words < 2 || after < 2) return undefined;
    return {
      technique: 'False_Dilemma-No_Choice',
      pattern: 'either-or',
      startToken: at,
      endToken: end,
      cue: 'either … or',
      weight: 0.3,
      why: 'puts the choice as one of two options, leaving out any others.',
    };
  }
  return undefined;
};

/**
 * "must act now or watch …", "should pay or face …": an order with a dire alternative, which leaves
 * the reader two options (false dilemma). Anchored on "or watch/face/risk/else"; needs a modal of
 * obligation earlier in the sentence.
 */
export const ultimatum: PatternFn = (doc, at, end) => {
  const tokens = doc.tokens;
  const sentence = sentenceOf(doc, at);
  if (sentence === undefined) return undefined;
  let modal = -1;
  for (let t = at - 1; t >= Math.max(sentence.tokenStart, at - 25) && modal < 0; t -= 1) {
    const lower = tokens[t]?.lower ?? '';
    if (lower === 'must' || lower === 'should' || ((lower === 'need' || lower === 'needs' || lower === 'have' || lower === 'has') && tokens[t + 1]?.lower === 'to')) modal = t;
  }
  if (modal < 0) return undefined;
  const last = clauseEnd(doc, end, sentence.tokenEnd, 10);
  return {
    technique: 'False_Dilemma-No_Choice',
    pattern: 'ultimatum',
    startToken: modal,
    endToken: Math.max(last, end),
    cue: `${tokens[modal]?.text ?? ''} … ${tokenText(doc, at, end)}`,
    weight: 0.45,
    why: 'demands one course of action and offers only a dire alternative to it.',
  };
};

/**
 * "straight out of the Kremlin playbook", "a page from the authoritarian playbook": likens the target's
 * conduct to a condemned actor's methods (guilt by association).
 */
export const playbook: PatternFn = (doc, at) => {
  const tokens = doc.tokens;
  const sentence = sentenceOf(doc, at);
  if (sentence === undefined) return undefined;
  for (let d = at - 2; d >= Math.max(sentence.tokenStart, at - 5); d -= 1) {
    const det = tokens[d]?.lower;
    if (det !== 'the' && det !== 'a') continue;
    const prep = tokens[d - 1]?.lower;
    if (prep !== 'from' && prep !== 'of') return undefined;
    let start = d - 1;
    if (prep === 'of' && tokens[d - 2]?.lower === 'out') start = tokens[d - 3]?.lower === 'straight' ? d - 3 : d - 2;
    else if (prep === 'from' && tokens[d - 2]?.lower === 'page') start = tokens[d - 3]?.lower === 'a' ? d - 3 : d - 2;
    return {
      technique: 'Guilt_by_Association',
      pattern: 'playbook',
      startToken: start,
      endToken: at + 1,
      cue: tokenText(doc, start, at + 1),
      weight: 0.55,
      why: 'likens the target’s conduct to the methods of someone the reader already condemns.',
    };
  }
  return undefined;
};

/**
 * "emerged from the very same … as …": ties the target to others by a shared origin rather than by what
 * it did (guilt by association). Needs "very same" or a group after "as"; "came from the same village
 * as her husband" is biography.
 */
export const sameOrigin: PatternFn = (doc, at) => {
  const tokens = doc.tokens;
  const sentence = sentenceOf(doc, at);
  if (sentence === undefined) return undefined;
  const the = tokens[at - 1]?.lower === 'very' ? at - 2 : at - 1;
  if (tokens[the]?.lower !== 'the') return undefined;
  const prep = tokens[the - 1]?.lower;
  const verbAt = prep === 'from' ? the - 2 : prep === 'of' && tokens[the - 2]?.lower === 'out' ? the - 3 : -1;
  const verb = tokens[verbAt];
  if (verb === undefined || !['emerge', 'come', 'spring', 'hail', 'rise', 'grow', 'graduate', 'stem', 'crawl', 'breed'].includes(verb.lemma)) return undefined;
  for (let t = at + 1; t < Math.min(sentence.tokenEnd, at + 8); t += 1) {
    const token = tokens[t] as Token;
    if (CLAUSE_END.has(token.text)) return undefined;
    if (token.lower !== 'as') continue;
    const end = clauseEnd(doc, t + 1, sentence.tokenEnd, 8);
    if (end <= t + 1) return undefined;
    // "the very same", or a group after "as" ("as these self-styled experts"): the company is the point.
    let group = tokens[at - 1]?.lower === 'very';
    for (let u = t + 1; u < end && !group; u += 1) group = GROUP_WORDS.has(tokens[u]?.lower ?? '');
    if (!group) return undefined;
    return {
      technique: 'Guilt_by_Association',
      pattern: 'same-origin',
      startToken: verbAt,
      endToken: end,
      cue: tokenText(doc, verbAt, at + 1),
      weight: 0.45,
      why: 'ties the target to others by a shared origin, not by anything it did.',
    };
  }
  return undefined;
};

/**
 * "Akin to A, B, and other despots, X will …": lumps the target with a list of condemned others
 * (guilt by association). Needs "and other" or "and the like" after "akin to".
 */
export const akinToOthers: PatternFn = (doc, at, end) => {
  const tokens = doc.tokens;
  const sentence = sentenceOf(doc, at);
  if (sentence === undefined) return undefined;
  for (let t = end; t < Math.min(sentence.tokenEnd - 1, end + 14); t += 1) {
    const token = tokens[t] as Token;
    if (token.text === '.' || token.text === ';') return undefined;
    const next = tokens[t + 1]?.lower;
    if ((token.lower === 'and' || token.lower === 'or') && (next === 'other' || next === 'the')) {
      if (next === 'the' && tokens[t + 2]?.lower !== 'like') continue;
      const last = clauseEnd(doc, t + 2, sentence.tokenEnd, 5);
      return {
        technique: 'Guilt_by_Association',
        pattern: 'akin-to-others',
        startToken: at,
        endToken: last,
        cue: tokenText(doc, at, end),
        weight: 0.5,
        why: 'puts the target in a list with others the reader is meant to condemn.',
      };
    }
  }
  return undefined;
};

/**
 * "X was right … when he pointed out": endorses a claim by who made it (appeal to authority). Needs a
 * copula before "right", a subject (a content word or he/she/they), and a verb of saying after.
 */
export const wasRightWhen: PatternFn = (doc, at) => {
  const tokens = doc.tokens;
  const sentence = sentenceOf(doc, at);
  if (sentence === undefined) return undefined;
  let copula = at - 1;
  if (['absolutely', 'quite', 'so', 'entirely', 'exactly', 'completely', 'dead', 'also'].includes(tokens[copula]?.lower ?? '')) copula -= 1;
  const be = tokens[copula];
  if (be === undefined || be.lemma !== 'be' || !word(be)) return undefined;
  const next = tokens[at + 1]?.lower ?? '';
  if (!['when', 'to', 'in', 'about', 'that'].includes(next)) return undefined;
  const subject = tokens[copula - 1];
  const pronoun = subject?.lower === 'he' || subject?.lower === 'she' || subject?.lower === 'they';
  if (!word(subject) || !(pronoun || !subject.stop)) return undefined;
  for (let v = at + 1; v < Math.min(sentence.tokenEnd, at + 12); v += 1) {
    if (!SAYING.has(tokens[v]?.lemma ?? '')) continue;
    const start = pronoun ? copula - 1 : subjectStart(doc, copula, sentence, 4);
    const end = tokens[v + 1]?.lower === 'out' ? v + 2 : v + 1;
    return {
      technique: 'Appeal_to_Authority',
      pattern: 'was-right-when',
      startToken: start,
      endToken: end,
      cue: tokenText(doc, copula, at + 1),
      weight: 0.55,
      why: 'backs a claim by vouching for the person who made it rather than by evidence.',
    };
  }
  return undefined;
};

/**
 * Anchors of the structural patterns, handed to the shared matcher group so that the document's
 * tokens are scanned once for all detectors.
 */
export const ANCHORS: readonly Anchor[] = [
  { term: 'always', match: 'exact', pattern: eternalClaim },
  { term: 'forever', match: 'exact', pattern: eternalClaim },
  ...['heroism', 'courage', 'valour', 'valor', 'bravery', 'gallantry', 'prowess', 'sacrifice', 'sacrifices', 'glory'].map((term) => ({ term, match: 'exact' as const, pattern: praiseOfTroops })),
  { term: 'ancestral', match: 'exact', pattern: ancestralCommunity },
  { term: 'what about', match: 'exact', pattern: whatAboutQuestion },
  { term: 'what is it about', pattern: unequalTreatmentQuestion },
  { term: 'why is it that', pattern: unequalTreatmentQuestion },
  { term: 'how come', match: 'exact', pattern: unequalTreatmentQuestion },
  { term: 'meanwhile', match: 'exact', pattern: meanwhilePivot },
  { term: 'in the meantime', match: 'exact', pattern: meanwhilePivot },
  ...['but', 'yet', 'whereas', 'while'].map((term) => ({ term, match: 'exact' as const, pattern: parallelContrast })),
  { term: 'either', match: 'exact', pattern: eitherOr },
  ...['or else', 'or watch', 'or face', 'or risk', 'or see'].map((term) => ({ term, match: 'exact' as const, pattern: ultimatum })),
  { term: 'playbook', match: 'exact', pattern: playbook },
  { term: 'same', match: 'exact', pattern: sameOrigin },
  { term: 'akin to', match: 'exact', pattern: akinToOthers },
  { term: 'right', match: 'exact', pattern: wasRightWhen },
];

/**
 * A short exclamatory line standing on its own ("Faith and Power!", "Freedonia First!"): a slogan.
 * Strong cues only: two to six words, a paragraph or a quotation by itself, ends in "!", no personal
 * pronoun or auxiliary (which mark an ordinary exclamation, "We did it!"), no verb after the first word
 * (when POS tags are there), and at least half its words capitalized, as slogans on placards are.
 */
export function rallyingLine(doc: ParsedDoc, sentence: Sentence): Cue | undefined {
  const tokens = doc.tokens;
  const mark = finalMark(doc, sentence);
  if (mark === undefined || !mark.text.includes('!') || mark.text.includes('?')) return undefined;
  let words = 0;
  let capitalized = 0;
  let first = -1;
  let last = -1;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t += 1) {
    const token = tokens[t] as Token;
    if (!word(token)) continue;
    if (PRONOUNS.has(token.lower) || AUXILIARIES.has(token.lower)) return undefined;
    // A finite verb after the first word makes it a headline or a statement ("Council Approves Budget!"),
    // where an imperative opening is a slogan's ("Drain the swamp!").
    if (first >= 0 && token.pos === 'VERB') return undefined;
    words += 1;
    if (startsUpper(token.text)) capitalized += 1;
    if (first < 0) first = t;
    last = t;
  }
  if (words < 2 || words > 6 || first < 0) return undefined;
  const paragraph = doc.paragraphs[sentence.paragraph];
  const alone = paragraph !== undefined && paragraph.sentenceEnd - paragraph.sentenceStart === 1;
  const quotedLine = tokens[first]?.quoted === true && tokens[last]?.quoted === true && OPENING_QUOTES.has(tokens[sentence.tokenStart]?.text ?? '');
  if (!alone && !quotedLine) return undefined;
  if (capitalized * 2 < words) return undefined;
  const end = withClosingQuote(doc, mark.index + 1, sentence.tokenEnd);
  return {
    technique: 'Slogans',
    pattern: 'rallying-line',
    startToken: quotedLine ? first : sentence.tokenStart,
    endToken: quotedLine ? mark.index + 1 : end,
    cue: tokenText(doc, first, mark.index + 1),
    weight: 0.5,
    why: 'is a short exclamatory line standing on its own, a slogan meant to rally rather than inform.',
  };
}

/**
 * A comparison word within three words before a condemned name ("just like Hitler", "a new Stalin",
 * "reminiscent of the Nazis"), or "-style"/"-like" right after it: the first token of the comparison,
 * or -1.
 */
export function comparisonBefore(doc: ParsedDoc, startToken: number, endToken: number): number {
  const tokens = doc.tokens;
  const after = tokens[endToken];
  if (after !== undefined && after.text === '-' && ['style', 'like', 'esque'].includes(tokens[endToken + 1]?.lower ?? '')) return startToken;
  for (let t = startToken - 1; t >= Math.max(0, startToken - 3); t -= 1) {
    const token = tokens[t] as Token;
    if (!word(token)) return -1;
    if (COMPARISON.has(token.lower) || COMPARISON.has(token.lemma)) return tokens[t - 1]?.lower === 'just' ? t - 1 : t;
  }
  return -1;
}

/** The end of a quotation that opens right at token `t` ("seemingly ‘goodwill gestures’"), or -1. */
export function quotationAt(doc: ParsedDoc, t: number): number {
  const tokens = doc.tokens;
  if (!OPENING_QUOTES.has(tokens[t]?.text ?? '') || tokens[t + 1]?.quoted !== true) return -1;
  const sentence = sentenceOf(doc, t);
  if (sentence === undefined) return -1;
  for (let u = t + 1; u < Math.min(sentence.tokenEnd, t + 8); u += 1) {
    if (tokens[u]?.quoted !== true) return CLOSING_QUOTES.has(tokens[u]?.text ?? '') ? u + 1 : u;
  }
  return -1;
}

/** Whether token `t` opens a clause: the sentence start, or right after punctuation or a quotation mark. */
export function opensClause(doc: ParsedDoc, t: number): boolean {
  const sentence = sentenceOf(doc, t);
  return sentence === undefined || t <= openingWord(doc, sentence) || !word(doc.tokens[t - 1]);
}
