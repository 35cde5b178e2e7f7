/**
 * Context rules for pack terms: the three named rules a variant may require (`territory`,
 * `proper-noun`, `victim-people`) and how a term is used (used, quoted, mentioned, attributed),
 * which every term gets. Small pure functions over tokens, each tested on its own.
 */
import { foldPlural } from '../lexicon/matcher.js';
import type { ParsedDoc, Token } from '../nlp/types.js';
import { startsUpper } from '../detectors/support.js';

/**
 * How the writer uses a term:
 * - `used`: in the writer's own voice;
 * - `quoted`: inside a longer quotation, so possibly the speaker's word, not the writer's;
 * - `mention`: set off by itself in quotation marks or after "so-called": the writer distances
 *   from the word (scare quotes), which in a two-sided dispute sides with the other party;
 * - `attributed`: named as someone else's word ("which Lusovia calls Kelhara", "known in
 *   Dravenian as Tavrensk", "describe them as settlers"): reported, not used.
 */
export const TERM_USES = ['used', 'quoted', 'mention', 'attributed'] as const;
export type TermUse = (typeof TERM_USES)[number];

/** Generic words for a territory: "occupied territories", "liberated lands", "the occupied valley". */
export const TERRITORY_WORDS: ReadonlySet<string> = new Set([
  'territory', 'land', 'region', 'district', 'area', 'province', 'village', 'town', 'city', 'homeland', 'valley', 'oblast',
]);

/** Words that end the clause a `territory` term may reach into ("Crimea is occupied but Karabakh is…"). */
const CLAUSE_BREAKS = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet', 'unlike']);

const OPEN_QUOTES = new Set(['“', '"', '‘', "'", '«', '„', '‹']);
const CLOSE_QUOTES = new Set(['”', '"', '’', "'", '»', '“', '›']);
/** Punctuation a quotation may close over: “customs controls.” */
const INNER_END = new Set(['.', ',', '!', '?', ';', ':', '…']);
/** Verbs that attribute the next word to someone: "which Lusovia calls Kelhara". */
const NAMING_VERBS = new Set(['call', 'calls', 'called', 'calling', 'dub', 'dubs', 'dubbed', 'term', 'terms', 'termed', 'brand', 'brands', 'branded', 'label', 'labels', 'labelled', 'labeled', 'name', 'names', 'named']);
/** Verbs that attribute what follows a later "as": "known in Dravenian as", "describe them as". */
const AS_VERBS = new Set(['know', 'known', 'describe', 'described', 'describes', 'refer', 'refers', 'referred', 'term', 'termed', 'dub', 'dubbed', 'brand', 'branded', 'label', 'labelled', 'labeled', 'characterize', 'characterise', 'characterized', 'characterised', 'portray', 'portrays', 'portrayed', 'present', 'presents', 'presented']);
/** Verbs of speech (lemmas) that attribute what follows to their subject: "Lusovian officials say 85,000 are trapped". */
const SPEECH_LEMMAS = new Set([
  'say', 'tell', 'claim', 'cite', 'insist', 'argue', 'accuse', 'allege', 'assert', 'maintain', 'state', 'describe', 'warn',
  'contend', 'announce', 'declare', 'according', 'estimate', 'call',
]);

/** Words allowed between a naming verb and the word it names: "call it", "call them". */
const NAMED_OBJECTS = new Set(['it', 'them', 'this', 'that', 'these', 'those', 'him', 'her']);

/** What the `territory` rule found: the place (or territory word) the term is about, and that place's side when its name marks one. */
export interface TerritoryContext {
  /** Token index of the place or territory word. */
  at: number;
  /** Side of a side-marked place name ("Artsakh" → armenia); undefined for neutral names and generic words. */
  side?: string | undefined;
}

/** A place of the pack at a token: a side-marked name carries its side. */
export type PlaceAt = (token: number) => { side?: string | undefined } | undefined;

/**
 * Rule `territory`: the term is about a territory when a place of the pack, or a generic territory
 * word, follows it within four words of the same clause ("occupied Karabakh", "liberation of
 * occupied territories", "occupation of the Karabakh region"), or precedes it within three words
 * with at most a comma between ("Karabakh is occupied", "territories under Armenian occupation").
 * It keeps "occupied" about a seat, a parking space or a phone line from marking a side.
 *
 * @example
 * territoryContext(parse('They shelled occupied Kelhara.'), 2, 3, placeAt); // { at: 3 }
 */
export function territoryContext(doc: ParsedDoc, startToken: number, endToken: number, placeAt: PlaceAt): TerritoryContext | undefined {
  const tokens = doc.tokens;
  const sentence = doc.sentences[(tokens[startToken] as Token).sentence];
  const first = sentence?.tokenStart ?? 0;
  const last = sentence?.tokenEnd ?? tokens.length;
  let words = 0;
  for (let p = endToken; p < last && words < 4; p += 1) {
    const t = tokens[p] as Token;
    const place = placeAt(p);
    if (place !== undefined) return { at: p, side: place.side };
    if (isTerritoryWord(t)) return { at: p };
    if (t.type === 'word' || t.type === 'number') {
      if (CLAUSE_BREAKS.has(t.lower)) break;
      words += 1;
    } else if (!isJoining(t)) break;
  }
  words = 0;
  for (let p = startToken - 1; p >= first && words < 3; p -= 1) {
    const t = tokens[p] as Token;
    const place = placeAt(p);
    if (place !== undefined) return { at: p, side: place.side };
    if (isTerritoryWord(t)) return { at: p };
    if (t.type === 'word' || t.type === 'number') {
      if (CLAUSE_BREAKS.has(t.lower)) break;
      words += 1;
    } else if (!(isJoining(t) || (t.text === ',' && p === startToken - 1))) break;
  }
  return undefined;
}

function isTerritoryWord(t: Token): boolean {
  return t.type === 'word' && (TERRITORY_WORDS.has(t.lemma) || TERRITORY_WORDS.has(foldPlural(t.lower)));
}

/** Hyphens and possessive marks do not end a phrase. */
function isJoining(t: Token): boolean {
  return t.text === '-' || t.text === '‐' || t.lower === "'s" || t.lower === '’s' || t.text === "'" || t.text === '’';
}

/**
 * Rule `proper-noun`: the term is written with a capital, as a name ("the Patriotic War"), not as
 * a common phrase ("a patriotic war of words").
 *
 * @example
 * properNounContext(parse('the Patriotic War'), 1); // true
 */
export function properNounContext(doc: ParsedDoc, startToken: number): boolean {
  const t = doc.tokens[startToken];
  return t !== undefined && startsUpper(t.text);
}

/** A people of the pack named at a token range, with its side. */
export interface PeopleMention {
  startToken: number;
  endToken: number;
  side: string;
}

/**
 * Rule `victim-people`: the people a harm word is about, and so the side whose suffering the writer
 * names. The first people named after the word in the same sentence (within six words, before any
 * "by", which introduces the agent) wins: "ethnically cleansed Azerbaijanis", "ethnic cleansing of
 * Armenians by Azerbaijani forces"; else the nearest one before it within four words: "Azerbaijanis
 * expelled from their homes". No people named, no finding.
 *
 * @example
 * victimPeopleContext(doc, 3, 5, peopleMentions); // { startToken: 5, endToken: 6, side: 'azerbaijan' }
 */
export function victimPeopleContext(doc: ParsedDoc, startToken: number, endToken: number, people: readonly PeopleMention[]): PeopleMention | undefined {
  const tokens = doc.tokens;
  const sentence = (tokens[startToken] as Token).sentence;
  const sameSentence = people.filter((m) => (tokens[m.startToken] as Token).sentence === sentence);
  if (sameSentence.length === 0) return undefined;
  let agentFrom = Number.POSITIVE_INFINITY;
  for (let p = endToken, words = 0; p < tokens.length && words < 6; p += 1) {
    const t = tokens[p] as Token;
    if (t.sentence !== sentence) break;
    if (t.lower === 'by') {
      agentFrom = p;
      break;
    }
    if (t.type === 'word') words += 1;
  }
  const after = sameSentence
    .filter((m) => m.startToken >= endToken && m.startToken < agentFrom && wordsBetween(tokens, endToken, m.startToken) < 6)
    .sort((a, b) => a.startToken - b.startToken)[0];
  if (after !== undefined) return after;
  return sameSentence
    .filter((m) => m.endToken <= startToken && wordsBetween(tokens, m.endToken, startToken) < 4)
    .sort((a, b) => b.endToken - a.endToken)[0];
}

function wordsBetween(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let p = from; p < to; p += 1) if ((tokens[p] as Token).type === 'word') n += 1;
  return n;
}

/**
 * How the term at `[startToken, endToken)` is used (see `TermUse`). Attribution is checked first,
 * since a reporter's "which Lusovia calls “Kelhara”" quotes the name without mocking it. With
 * `quotes: 'cite'` (a variant's setting) quotation marks around the term alone make it `quoted`.
 *
 * @example
 * classifyUse(parse('Ostrel calls it “customs controls.”'), 4, 6); // 'attributed'
 * classifyUse(parse('The so-called “blockade” is a lie.'), 5, 6); // 'mention'
 */
export function classifyUse(doc: ParsedDoc, startToken: number, endToken: number, quotes: 'distance' | 'cite' = 'distance'): TermUse {
  const tokens = doc.tokens;
  const first = tokens[startToken] as Token;
  const openQuote = isOpenQuote(tokens, startToken - 1);
  const before = openQuote ? startToken - 2 : startToken - 1;
  if (isAttributed(tokens, before, first.sentence)) return 'attributed';
  if (isSoCalled(tokens, before)) return 'mention';
  // A coined label in quotation marks (‘caviar diplomacy’) is cited, not kept at a distance.
  if (openQuote && first.quoted && closesQuote(tokens, endToken)) return quotes === 'cite' ? 'quoted' : 'mention';
  if (first.quoted) return 'quoted';
  return 'used';
}

function isOpenQuote(tokens: readonly Token[], p: number): boolean {
  const t = tokens[p];
  const next = tokens[p + 1];
  return t !== undefined && next !== undefined && OPEN_QUOTES.has(t.text) && t.end === next.start;
}

/** A closing quote right after the term, or after one punctuation mark inside the quotation. */
function closesQuote(tokens: readonly Token[], p: number): boolean {
  const t = tokens[p];
  if (t === undefined) return false;
  if (CLOSE_QUOTES.has(t.text)) return true;
  const next = tokens[p + 1];
  return INNER_END.has(t.text) && next !== undefined && CLOSE_QUOTES.has(next.text) && t.end === next.start;
}

/** "so-called" (one token, three, or two) or "self-styled" ending at token `p`. */
function isSoCalled(tokens: readonly Token[], p: number): boolean {
  const t = tokens[p];
  if (t === undefined) return false;
  if (t.lower === 'so-called' || t.lower === 'self-styled') return true;
  if (t.lower === 'called') {
    const a = tokens[p - 1];
    const b = tokens[p - 2];
    if (a?.lower === 'so') return true;
    if (a !== undefined && (a.text === '-' || a.text === '‐' || a.text === '‑') && b?.lower === 'so') return true;
  }
  if (t.lower === 'styled') {
    const a = tokens[p - 1];
    const b = tokens[p - 2];
    return a !== undefined && (a.text === '-' || a.text === '‐' || a.text === '‑') && b?.lower === 'self';
  }
  return false;
}

/**
 * Whether the term at `startToken` is reported speech of its own side: an actor of that side is
 * named earlier in the sentence and a verb of speech stands between it and the term ("Lusovian
 * officials say that 85,000 people are trapped", "according to Dravenian officials, about 40,000
 * residents"). A wire report that relays each side's words then reads as reporting, not as taking
 * either side.
 *
 * @example
 * reportedBySide(parse('Lusovia says 85,000 people are trapped.'), 4, [{ startToken: 0, endToken: 1 }]); // true
 */
export function reportedBySide(doc: ParsedDoc, startToken: number, sideActors: ReadonlyArray<{ startToken: number; endToken: number }>): boolean {
  const tokens = doc.tokens;
  const sentence = (tokens[startToken] as Token).sentence;
  for (const actor of sideActors) {
    if (actor.endToken > startToken || (tokens[actor.startToken] as Token).sentence !== sentence) continue;
    for (let p = actor.endToken; p < startToken; p += 1) {
      const t = tokens[p] as Token;
      if (SPEECH_LEMMAS.has(t.lemma) || SPEECH_LEMMAS.has(t.lower)) return true;
    }
  }
  // "according to Lusovian officials, …": the verb comes before the actor.
  for (const actor of sideActors) {
    if (actor.endToken > startToken || (tokens[actor.startToken] as Token).sentence !== sentence) continue;
    const a = tokens[actor.startToken - 1];
    const b = tokens[actor.startToken - 2];
    if ((a?.lower === 'to' && b?.lower === 'according') || (b?.lower === 'to' && tokens[actor.startToken - 3]?.lower === 'according')) return true;
  }
  return false;
}

/** A naming verb right before `p` (with at most an object pronoun between), or "as" after a verb of naming. */
function isAttributed(tokens: readonly Token[], p: number, sentence: number): boolean {
  let t = tokens[p];
  if (t === undefined || t.sentence !== sentence) return false;
  if (t.lower === 'as') {
    for (let q = p - 1, words = 0; q >= 0 && words < 4; q -= 1) {
      const w = tokens[q] as Token;
      if (w.sentence !== sentence || w.type === 'punctuation') return false;
      if (AS_VERBS.has(w.lower)) return true;
      words += 1;
    }
    return false;
  }
  if (NAMED_OBJECTS.has(t.lower)) {
    t = tokens[p - 1];
    if (t === undefined || t.sentence !== sentence) return false;
  }
  if (!NAMING_VERBS.has(t.lower)) return false;
  // "so called" and "so-called" are distancing, not attribution.
  return !(t.lower === 'called' && isSoCalled(tokens, t.index));
}
