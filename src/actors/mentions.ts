/**
 * Finding actor mentions in a parsed document: gazetteer names, capitalized sequences typed by
 * titles, organisation words and compromise's lexicon, and nationality phrases ("Azerbaijani
 * civilians", "the Armenian Prime Minister", "Armenians").
 */
import { startsUpper } from '../detectors/support.js';
import type { ParsedDoc, Token } from '../nlp/types.js';
import { caseFits, PARENT_PREFIXES } from './international.js';
import type { ActorResources, DocMatches } from './resources.js';
import type { ActorKind, ActorMention, GazetteerActor } from './types.js';
import {
  canonicalTitle,
  GOVERNMENT_HEADS,
  GROUP_HEADS,
  lexiconKind,
  MILITARY_HEADS,
  OFFICE_TITLES,
  ORG_HEADS,
  TITLE_PAIRS,
  TITLES,
  WEAPON_HEADS,
  type LexiconKind,
} from './words.js';

/** A mention with what the rules made of it, before mentions are merged into actors. */
export interface Candidate extends ActorMention {
  /** undefined: a capitalized name the rules could not type (kept only if it turns out to be portrayed or act). */
  kind: ActorKind | undefined;
  /** Merge key: mentions with one key are one actor. */
  key: string;
  /** The name this mention gives ("Ilham Aliyev", "Armenians", "Azerbaijani civilians"). */
  name: string;
  /** The words of a person's name without title (for surname matching). */
  nameWords?: string[] | undefined;
  /** The state it belongs to (nationality before a title, demonym phrase). */
  state?: string | undefined;
  /** The group head of a nationality phrase (`civilians`), for victim cues. */
  head?: string | undefined;
  title?: string | undefined;
  gazetteer?: GazetteerActor | undefined;
  /** Typed by its context only (a place after "in"): it yields to a firmer reading of the same name in the document. */
  weak?: boolean | undefined;
}

/** What the rules need about the document beyond its tokens. */
export interface RecognitionContext {
  doc: ParsedDoc;
  res: ActorResources;
  matches: DocMatches;
  /** Per sentence: written in Title Case (a headline). */
  titleCase: boolean[];
  /** Lower-case words seen capitalized inside ordinary sentences (not first, not in a headline). */
  capsInside: Set<string>;
}

const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'de', 'del', 'der', 'von', 'van', 'al', 'el', 'bin', 'ibn', '&']);
const POSSESSIVE = new Set(["'s", "'", '’s', '’']);
/** Heads after which a capitalized sequence is a thing, event or place rather than an actor. */
const THING_HEADS = new Set([
  'corridor', 'revolution', 'agreement', 'treaty', 'accord', 'accords', 'war', 'wars', 'river', 'mountains', 'mountain', 'region', 'province',
  'district', 'city', 'street', 'square', 'airport', 'bridge', 'highway', 'road', 'valley', 'sea', 'lake', 'island', 'islands', 'day',
  'act', 'law', 'resolution', 'declaration', 'process', 'plan', 'deal', 'talks', 'conference', 'operation', 'campaign', 'crisis', 'conflict',
  'prize', 'award', 'cup', 'games', 'olympics', 'festival', 'statement', 'report', 'strategy', 'doctrine', 'initiative', 'pipeline',
  'diplomacy', 'genocide', 'massacre', 'era', 'period', 'century', 'constitution', 'charter', 'protocol', 'format', 'peninsula', 'gulf',
  'ocean', 'coast', 'border', 'line', 'front', 'zone', 'territory', 'territories', 'enclave', 'avenue', 'boulevard', 'mall', 'plaza',
]);
/** Words after an unknown capitalized name that make it a ruler ("the Pashinyan regime", "the Aliyev family"). */
const RULER_AFTER = new Set(['regime', 'government', 'administration', 'family', 'clan', 'cabinet', 'dynasty', 'junta']);
/** Names in the demonym list that are blocs or continents, not states: their actors are groups. */
const BLOCS = new Set(['the west', 'europe']);
const stateKind = (state: string): ActorKind => (BLOCS.has(state.toLowerCase()) ? 'group' : 'state');
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'upper', 'lower', 'central', 'greater']);
/** Organisation words that, alone, refer back to a full name ("the Group has lost all credibility"). */
const GENERIC_ORG = new Set([
  'group', 'republic', 'council', 'army', 'government', 'party', 'union', 'court', 'committee', 'commission', 'ministry', 'parliament',
  'assembly', 'agency', 'foundation', 'institute', 'department', 'office', 'service', 'forces', 'force', 'federation', 'alliance',
  'coalition', 'league', 'society', 'organization', 'organisation', 'administration', 'authority', 'board', 'bank', 'fund', 'press',
  'media', 'news', 'international', 'center', 'centre', 'network', 'program', 'programme', 'project', 'initiative', 'mission', 'church',
  'nations', 'movement', 'front', 'police', 'navy', 'cabinet', 'command', 'corps', 'division', 'company', 'corporation', 'university',
  'college', 'forum', 'summit', 'trust', 'watch', 'monitor', 'observatory', 'secretariat',
]);
/** Days and months: "the Security Council on Wednesday" ends before them. */
const DATE_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
]);
/**
 * A day or a month, or its plural ("Januaries", "Mondays"): never a name, nor part of one ("the 44th
 * Annual March", "Tuesday Trump"). "May" is left out: it is also a surname and a modal verb, and the
 * lexicon already reads it as a common word.
 */
function isDateWord(lower: string): boolean {
  if (lower === 'may') return false;
  if (DATE_WORDS.has(lower)) return true;
  const singulars = [lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, '')];
  return lower.endsWith('s') && singulars.some((w) => w !== 'may' && DATE_WORDS.has(w));
}
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'into', 'to', 'across', 'around', 'outside', 'inside', 'towards', 'toward']);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.type === 'word';
const isCap = (t: Token | undefined): boolean => isWord(t) && startsUpper(t.text);
const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A word without a possessive glued to it ("obama’s" → "obama"; see `nameEnd`). */
const bare = (lower: string): string => lower.replace(/['’]s$/, '');
/**
 * Where a name token ends, before a possessive glued to it: wink-nlp splits "Obama’s" into "Obama" and
 * "’s" until it has read "Obama’s" at a sentence's end, and from then on keeps it whole.
 *
 * @example
 * nameEnd(token); // token "Obama’s" at 10–17 → 15
 */
export function nameEnd(t: Token): number {
  return t.type === 'word' && t.text.length > 2 && /\p{L}['’]s$/u.test(t.text) ? t.end - 2 : t.end;
}

/**
 * Prepares what recognition reads: headline sentences and the words the document capitalizes
 * inside its ordinary sentences.
 */
export function recognitionContext(doc: ParsedDoc, res: ActorResources, matches: DocMatches): RecognitionContext {
  const titleCase = doc.sentences.map((s) => isTitleCase(doc.tokens, s.tokenStart, s.tokenEnd));
  const capsInside = new Set<string>();
  for (const s of doc.sentences) {
    if (titleCase[s.index] === true) continue;
    for (let t = s.tokenStart + 1; t < s.tokenEnd; t += 1) {
      const token = doc.tokens[t];
      const prev = doc.tokens[t - 1];
      if (token !== undefined && isCap(token) && prev !== undefined && !/^[“"‘'(:–—-]$/.test(prev.text)) capsInside.add(token.lower);
    }
  }
  return { doc, res, matches, titleCase, capsInside };
}

/**
 * A headline: most words of four letters or more start with a capital, and it does not end like a
 * sentence of prose (a full stop). "President Ilan Varro met the Danish Prime Minister in Oslo." is
 * prose however many names it holds.
 */
function isTitleCase(tokens: readonly Token[], from: number, to: number): boolean {
  const last = tokens[to - 1];
  if (last !== undefined && (last.text === '.' || last.text === '…')) return false;
  let long = 0;
  let caps = 0;
  for (let t = from; t < to; t += 1) {
    const token = tokens[t];
    if (!isWord(token) || token.text.length < 4) continue;
    long += 1;
    if (startsUpper(token.text)) caps += 1;
  }
  return long >= 2 && caps / long >= 0.6;
}

/**
 * Every mention the rules find, in text order, not overlapping.
 *
 * @example
 * recognize(recognitionContext(doc, res, matchDocument(res, doc))).map((m) => m.text);
 * // 'President Ilham Aliyev met Armenian civilians.' → ['President Ilham Aliyev', 'Armenian civilians']
 */
export function recognize(ctx: RecognitionContext): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const found = recognizeAt(ctx, i, s.tokenEnd, s.tokenStart);
      if (found === undefined) {
        i += 1;
        continue;
      }
      out.push(...found.mentions);
      i = Math.max(found.next, i + 1);
    }
  }
  return resolveShortNames(ctx, out);
}

/**
 * An organ's short name ("the Security Council", "the General Assembly") is that organ when the
 * document names its parent body (the UN, or an organ named with the UN's prefix), unless another
 * owner is named before it ("Armenia's Security Council").
 */
function resolveShortNames(ctx: RecognitionContext, mentions: Candidate[]): Candidate[] {
  const { res } = ctx;
  const targetOf = (m: Candidate): string | undefined => (m.gazetteer === undefined ? undefined : norm(res.gazetteerTarget.get(m.gazetteer) ?? m.gazetteer.name));
  const named = new Set<string>();
  for (const m of mentions) {
    const target = targetOf(m);
    if (target !== undefined) named.add(target);
    if (m.gazetteer?.partOf !== undefined && m.gazetteer.shortNames !== undefined) named.add(norm(m.gazetteer.partOf));
  }
  return mentions.map((m) => {
    const organ = m.kind === 'organisation' && m.gazetteer === undefined ? res.shortNames.get(norm(m.text)) : undefined;
    if (organ?.partOf === undefined || !named.has(norm(organ.partOf))) return m;
    if (POSSESSIVE.has(ctx.doc.tokens[m.startToken - 1]?.lower ?? '')) {
      const owner = mentions.find((o) => o.endToken === m.startToken - 1);
      if (owner === undefined || targetOf(owner) !== norm(organ.partOf)) return m;
    }
    const target = res.gazetteerTarget.get(organ) ?? organ.name;
    return { ...m, via: 'gazetteer', kind: organ.kind, key: `gazetteer:${norm(target)}`, name: target, gazetteer: organ };
  });
}

interface Step {
  mentions: Candidate[];
  next: number;
}

function recognizeAt(ctx: RecognitionContext, i: number, end: number, sentenceStart: number): Step | undefined {
  const { doc, matches } = ctx;
  const tokens = doc.tokens;
  const token = tokens[i];
  if (token === undefined) return undefined;
  const gaz = matches.gazetteerAt.get(i);
  // A nationality adjective listed as an alias ("Armenian" for the Armenians) is better read by the nationality rules below.
  const adjective = gaz !== undefined && gaz.endToken === i + 1 && ctx.res.demonym.get(token.lower)?.people === false && ctx.res.demonym.get(token.lower)?.stateName === false;
  if (gaz !== undefined && !adjective && gaz.endToken <= end && (isCap(token) || token.type !== 'word') && caseFits(gaz.entry.term, slice(ctx, i, gaz.endToken))) {
    const actor = gaz.entry.actor;
    // "EU Monitoring Mission", "UN Commission of Inquiry": a longer organisation name that opens with a body is that organisation.
    const longer = actor.international === true ? longerOrganisation(ctx, i, gaz.endToken, end, sentenceStart) : undefined;
    if (longer !== undefined) return longer;
    const mention = candidate(ctx, i, gaz.endToken, 'gazetteer', {
      kind: actor.kind,
      key: `gazetteer:${norm(gaz.entry.target)}`,
      name: gaz.entry.target,
      gazetteer: actor,
    });
    return { mentions: [mention], next: gaz.endToken };
  }
  if (!isCap(token)) return undefined;
  // A capitalized function word opening the sentence ("The", "In", "But") starts no name: the words after it are read on their own.
  if (token.stop && i === firstWordOf(tokens, sentenceStart) && lexiconKind(ctx.res.names, token.lower) === 'common') return { mentions: [], next: i + 1 };
  // Hyphenated prefixes ("anti-Azerbaijani", "pro-Russian") are one token and never a mention.
  if (/^(anti|pro|non|post|pre|ex)-/i.test(token.text)) return undefined;
  const demonym = demonymAt(ctx, i);
  if (demonym !== undefined) {
    const step = nationalityPhrase(ctx, i, end, demonym);
    if (step !== undefined) return step;
    // A nationality adjective before no actor ("Azerbaijani gas", "Turkish and Israeli equipment") names no one.
    if (!demonym.people && !demonym.stateName && !isCap(tokens[demonym.endToken])) return { mentions: [], next: demonym.endToken };
  }
  const run = capitalizedRun(ctx, i, end);
  if (run === undefined) return undefined;
  // A run that names no actor ("the Lachin Corridor") is skipped whole, not word by word.
  return classifyRun(ctx, run.from, run.to, sentenceStart) ?? { mentions: [], next: run.to };
}

function demonymAt(ctx: RecognitionContext, i: number): { state: string; people: boolean; stateName: boolean; endToken: number } | undefined {
  const m = ctx.matches.demonymAt.get(i);
  if (m === undefined) return undefined;
  const surface = ctx.doc.text.slice(m.start, m.end);
  const info = ctx.res.demonym.get(norm(surface));
  if (info === undefined) return undefined;
  // Short forms in capitals must be written so ("US", not "us").
  if (/^[A-Z.]+$/.test(m.entry.term.replace(/\s/g, '')) || (info.stateName && surface.length <= 4)) {
    if (surface !== surface.toUpperCase()) return undefined;
  }
  return { ...info, endToken: m.endToken };
}

/**
 * A nationality word and what follows it: the people ("Armenians"), the state's government
 * ("the Azerbaijani government" → Azerbaijan), its forces ("Azerbaijani soldiers"), a group
 * ("Azerbaijani civilians"), an office ("the Armenian warmonger PM"), or the agent of a harm
 * phrase ("Armenian shelling"). A state name ("US") is a state.
 */
function nationalityPhrase(ctx: RecognitionContext, i: number, end: number, d: { state: string; people: boolean; stateName: boolean; endToken: number }): Step | undefined {
  const tokens = ctx.doc.tokens;
  const stateKey = `state:${norm(d.state)}`;
  if (d.stateName) {
    // "Russian Federation", "US": the state (longer organisation names go to the capitalized run).
    const after = tokens[d.endToken];
    if (after !== undefined && isCap(after) && ORG_HEADS.has(after.lower)) return undefined;
    return { mentions: [candidate(ctx, i, d.endToken, 'demonym', { kind: stateKind(d.state), key: stateKey, name: d.state })], next: d.endToken };
  }
  if (d.people) {
    return { mentions: [candidate(ctx, i, d.endToken, 'people', { kind: 'group', key: `people:${norm(d.state)}`, name: ctx.doc.text.slice(tokens[i]?.start ?? 0, tokens[d.endToken - 1]?.end ?? 0), state: d.state, head: 'people' })], next: d.endToken };
  }
  const next = tokens[d.endToken];
  // "Russian Federation", "Armenian Foreign Ministry", "French President Macron": capitalized runs.
  if (isCap(next)) return undefined;
  // Look past up to two modifiers for the head: "the Armenian warmonger PM", "Azerbaijani armed forces".
  for (let h = d.endToken; h < Math.min(end, d.endToken + 3); h += 1) {
    const head = tokens[h];
    if (!isWord(head)) break;
    const lower = head.lower;
    const two = `${lower} ${tokens[h + 1]?.lower ?? ''}`;
    const harm = ctx.matches.harmAt.get(h);
    const from = tokens[i] as Token;
    // "Israeli military equipment": a head followed by a noun is a modifier of that noun.
    const following = tokens[h + 1];
    const compound = following?.pos === 'NOUN' && !isCap(following) && !/ed$/.test(following.lower) && !/s$/.test(lower) && !MILITARY_HEADS.has(two);
    if (compound && !ctx.matches.harmAt.has(h + 1)) {
      if (head.pos !== undefined && head.pos !== 'ADJ' && head.pos !== 'NOUN' && head.pos !== 'VERB') break;
      continue;
    }
    if (GOVERNMENT_HEADS.has(lower)) return { mentions: [candidate(ctx, i, h + 1, 'demonym', { kind: stateKind(d.state), key: stateKey, name: d.state, state: d.state })], next: h + 1 };
    if (MILITARY_HEADS.has(two)) return { mentions: [candidate(ctx, i, h + 2, 'demonym', { kind: 'group', key: `military:${norm(d.state)}`, name: slice(ctx, i, h + 2), state: d.state, head: 'military' })], next: h + 2 };
    if (MILITARY_HEADS.has(lower)) return { mentions: [candidate(ctx, i, h + 1, 'demonym', { kind: 'group', key: `military:${norm(d.state)}`, name: slice(ctx, i, h + 1), state: d.state, head: 'military' })], next: h + 1 };
    if (GROUP_HEADS.has(lower)) return { mentions: [candidate(ctx, i, h + 1, 'demonym', { kind: 'group', key: `group:${norm(d.state)}:${lower}`, name: slice(ctx, i, h + 1), state: d.state, head: lower })], next: h + 1 };
    const pair = TITLE_PAIRS.get(lower);
    if (pair !== undefined && pair.has(tokens[h + 1]?.lower ?? '')) return officeMention(ctx, i, h, h + 2, d.state);
    if (TITLES.has(lower) && OFFICE_TITLES.has(lower)) return officeMention(ctx, i, h, h + 1, d.state);
    if ((harm !== undefined && harm.entry.polarity !== 'positive' && harm.startToken === h) || WEAPON_HEADS.has(lower)) {
      // Only the nationality word: it stands for the state's forces as the agent of the harm.
      const m = candidate(ctx, i, d.endToken, 'demonym', { kind: stateKind(d.state), key: stateKey, name: d.state, state: d.state });
      m.agentOnly = true;
      return { mentions: [m], next: d.endToken };
    }
    // Modifiers may sit between the nationality and its head; anything else ends the phrase.
    if (head.pos !== undefined && head.pos !== 'ADJ' && head.pos !== 'NOUN' && head.pos !== 'VERB') break;
    if (from.sentence !== head.sentence) break;
  }
  return undefined;
}

function officeMention(ctx: RecognitionContext, from: number, titleFrom: number, titleTo: number, state: string): Step {
  const words = ctx.doc.tokens.slice(titleFrom, titleTo).map((t) => t.text);
  const title = canonicalTitle(words);
  return {
    mentions: [candidate(ctx, from, titleTo, 'title', { kind: 'person', key: `office:${title}:${norm(state)}`, name: `${state} ${title}`, state, title })],
    next: titleTo,
  };
}

/** The capitalized sequence at `i`: names joined by connectors inside organisation names, hyphens inside words. */
function capitalizedRun(ctx: RecognitionContext, i: number, end: number): { from: number; to: number } | undefined {
  const tokens = ctx.doc.tokens;
  let to = i;
  let orgSoFar = false;
  let lastIsHead = false;
  while (to < end) {
    const t = tokens[to];
    if (t !== undefined && isCap(t)) {
      const prev = tokens[to - 1];
      if (to > i && prev !== undefined && (POSSESSIVE.has(prev.lower) || nameEnd(prev) < prev.end)) break;
      // "POLITICO Anti-abortion marchers": a hyphenated prefix starts no part of a name.
      if (to > i && /^(anti|pro|non|post|pre|ex)-/i.test(t.text)) break;
      if (ORG_HEADS.has(t.lower)) orgSoFar = true;
      lastIsHead = ORG_HEADS.has(t.lower);
      to += 1;
      continue;
    }
    if (t === undefined || to === i) break;
    const prev = tokens[to - 1];
    const next = tokens[to + 1];
    // "Nagorno-Karabakh": a hyphen between two capitalized words written together.
    if (t.text === '-' && prev !== undefined && next !== undefined && prev.end === t.start && t.end === next.start && isCap(next)) {
      to += 2;
      continue;
    }
    // "European Court of Human Rights", "Institute for War and Peace Reporting", "Committee of the Red Cross".
    // "and" joins only inside a name ("Institute for War and Peace Reporting"), not two whole names ("Amnesty International and
    // Crisis Group", "the Council of Europe and the Venice Commission").
    if (orgSoFar && CONNECTORS.has(t.lower) && !(t.lower === 'and' && (lastIsHead || next?.lower === 'the'))) {
      const after = next?.lower === 'the' ? tokens[to + 2] : next;
      if (isCap(after) && !DATE_WORDS.has(after?.lower ?? '')) {
        to = next?.lower === 'the' ? to + 2 : to + 1;
        continue;
      }
    }
    break;
  }
  return to > i ? { from: i, to } : undefined;
}

/** Types a capitalized run: a title and name, an organisation, a state, a place, a person, or unknown. */
function classifyRun(ctx: RecognitionContext, fromIn: number, to: number, sentenceStart: number): Step | undefined {
  const { doc, res } = ctx;
  const tokens = doc.tokens;
  const sentence = tokens[fromIn]?.sentence ?? 0;
  const headline = ctx.titleCase[sentence] === true;
  let from = fromIn;
  // A sentence's first word is capitalized anyway: keep it only when it is a known name or tagged as one.
  if (from === firstWordOf(tokens, sentenceStart)) {
    const first = tokens[from] as Token;
    const kind = lexiconKind(res.names, first.lower);
    const named = kind !== undefined && kind !== 'common';
    const tagged = first.pos === undefined || first.pos === 'PROPN' || first.pos === 'NOUN';
    // Part of a longer name ("Amnesty International") unless a function word; alone, only a known or recurring name.
    const inName = to - from > 1 && tagged && !first.stop;
    const keep = named || inName || TITLES.has(first.lower) || ctx.capsInside.has(first.lower);
    // A common word opening the sentence ("Fellow …") is not part of a name that the text also writes without it.
    const lead = kind === 'common' && inName && !TITLES.has(first.lower) && !ctx.capsInside.has(first.lower) && writtenWithout(ctx, from, to);
    if (!keep || lead) from += 1;
  }
  if (tokens[from]?.lower === 'the') from += 1;
  if (headline) {
    // In a headline every word is capitalized: keep the stretch of words known as names.
    while (from < to && !knownInHeadline(ctx, tokens[from] as Token)) from += 1;
    let last = from;
    while (last < to && knownInHeadline(ctx, tokens[last] as Token)) last += 1;
    to = last;
  }
  // Days and months are no part of a name. Before a name they are dropped ("Tuesday Trump" is Trump); after one, only
  // when the lexicon knows a word of it ("Obama Tuesday"). Otherwise the run is a date or an event: "March", "bitter
  // Januaries", "the 44th Annual March".
  const dateWordAt = (t: number): boolean => isDateWord(bare(tokens[t]?.lower ?? ''));
  while (from + 1 < to && dateWordAt(from) && isCap(tokens[from + 1])) from += 1;
  let date = from;
  while (date < to && !dateWordAt(date)) date += 1;
  if (date < to) {
    let after = date;
    while (after < to && (dateWordAt(after) || tokens[after]?.type !== 'word')) after += 1;
    const known = tokens.slice(from, date).some((t) => t.type === 'word' && !['common', undefined].includes(lexiconKind(res.names, bare(t.lower))));
    if (date === from || after < to || !known) return undefined;
    to = date;
  }
  if (from >= to) return undefined;
  const words = tokens.slice(from, to).filter((t) => t.type === 'word');
  const lowers = words.map((t) => bare(t.lower));
  const phrase = norm(doc.text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0));
  const lastLower = lowers[lowers.length - 1] ?? '';

  const stateName = res.demonym.get(phrase);
  if (stateName?.stateName === true) return { mentions: [candidate(ctx, from, to, 'name', { kind: stateKind(stateName.state), key: `state:${norm(stateName.state)}`, name: stateName.state })], next: to };
  // A leading nationality: "French President Macron", "Armenian Foreign Ministry".
  let state: string | undefined;
  let body = from;
  const lead = demonymAt(ctx, from);
  if (lead !== undefined && !lead.people && !lead.stateName && lead.endToken < to) {
    state = lead.state;
    body = lead.endToken;
  }
  // A title: "President Ilham Aliyev", "Prime Minister Nikol Pashinyan"; not before an organisation word ("General Assembly of
  // Virginia", "Justice Department") nor in a name that ends in one ("President Obama Foundation").
  const found = titleAt(tokens, body, to);
  const title = found !== undefined && (ORG_HEADS.has(lastLower) || ORG_HEADS.has(tokens[found.to]?.lower ?? '')) ? undefined : found;
  if (title !== undefined) {
    const nameFrom = title.to;
    if (nameFrom < to) {
      const nameTokens = tokens.slice(nameFrom, to).filter((t) => t.type === 'word');
      const name = slice(ctx, nameFrom, to);
      return { mentions: [candidate(ctx, from, to, 'title', { kind: 'person', key: `person:${norm(name)}`, name, nameWords: nameTokens.map((t) => bare(t.lower)), title: title.title, state })], next: to };
    }
    if (OFFICE_TITLES.has(title.title.split(' ').pop() ?? '') || title.title === 'prime minister') {
      const owner = state ?? possessorState(ctx, from);
      if (owner !== undefined) return officeMention(ctx, from, body, to, owner);
    }
    return undefined;
  }
  const whole = lexiconKind(res.names, phrase);
  if (whole === 'country') return { mentions: [candidate(ctx, from, to, 'name', { kind: 'state', key: `state:${phrase}`, name: slice(ctx, from, to) })], next: to };
  if (whole === 'place') return { mentions: [candidate(ctx, from, to, 'name', { kind: 'place', key: `place:${phrase}`, name: slice(ctx, from, to) })], next: to };
  if (whole === 'organisation') return { mentions: [candidate(ctx, from, to, 'name', { kind: 'organisation', key: `org:${phrase}`, name: slice(ctx, from, to) })], next: to };
  // "West Bank", "South Ossetia": a compass word opens a place name.
  if (lowers.length > 1 && COMPASS.has(lowers[0] ?? '') && (!ORG_HEADS.has(lastLower) || lastLower === 'bank')) {
    return { mentions: [candidate(ctx, from, to, 'name', { kind: 'place', key: `place:${phrase}`, name: slice(ctx, from, to) })], next: to };
  }
  // A lone generic word ("the Group", "the Republic") refers back to a name given before: not a name itself.
  if (lowers.length === 1 && GENERIC_ORG.has(lastLower)) return undefined;
  const headBeforeConnector = lowers.some((w, k) => ORG_HEADS.has(w) && k + 1 < lowers.length && CONNECTORS.has(tokens[from + k + 1]?.lower ?? ''));
  if (ORG_HEADS.has(lastLower) || headBeforeConnector || (lowers.length > 1 && lowers.some((w) => w === 'international' || w === 'committee' || w === 'ministry'))) {
    if (state !== undefined && (lastLower === 'federation' || lastLower === 'republic')) {
      return { mentions: [candidate(ctx, from, to, 'name', { kind: 'state', key: `state:${norm(state)}`, name: state, state })], next: to };
    }
    const name = slice(ctx, from, to);
    return { mentions: [candidate(ctx, from, to, 'name', { kind: 'organisation', key: `org:${norm(name)}`, name, state })], next: to };
  }
  if (lowers.length > 1 && THING_HEADS.has(lastLower)) return undefined;
  const kinds = lowers.map((w) => lexiconKind(res.names, w));
  const name = slice(ctx, from, to);
  // A run of names: a first name, a surname known to the lexicon, or two or three unknown capitalized words.
  if (words.length >= 1 && words.length <= 4 && !kinds.includes('common') && (kinds.some(isPersonKind) || (words.length >= 2 && kinds.every((k) => k === undefined || isPersonKind(k))))) {
    if (words.length === 1 && /^[A-Z.]+$/.test(name)) return acronym(ctx, from, to, name);
    if (kinds.some((k) => k === 'country' || k === 'place' || k === 'organisation') && !kinds.some(isPersonKind)) return undefined;
    return { mentions: [candidate(ctx, from, to, 'name', { kind: 'person', key: `person:${norm(name)}`, name, nameWords: lowers, state })], next: to };
  }
  if (words.length === 1) {
    if (res.demonym.has(lowers[0] ?? '') || name.length < 2) return undefined;
    if (/^[A-Z][A-Z.&]+$/.test(name) && kinds[0] !== 'common') return acronym(ctx, from, to, name);
    if (kinds[0] === 'common') return undefined;
    // An unknown capitalized word ("Pashinyan", "Karabakh"): a ruler before "regime", a place after "in", else untyped.
    const after = tokens[to]?.lower ?? '';
    if (RULER_AFTER.has(after)) return { mentions: [candidate(ctx, from, to, 'name', { kind: 'person', key: `person:${norm(name)}`, name, nameWords: lowers })], next: to };
    const before = tokens[from - 1]?.lower ?? '';
    // The preposition must govern the name itself: not a possessor ("in response to Trump’s election"), not a name
    // used as a modifier ("in Trump country", "opposition to Trump-ism"), not after "up to" ("stand up to Trump").
    const next = tokens[to];
    const modifier = next !== undefined && ((next.pos === 'NOUN' && !isCap(next)) || (next.text === '-' && next.start === tokens[to - 1]?.end));
    const locative = LOCATIVE.has(before) && !(before === 'to' && tokens[from - 2]?.lower === 'up');
    if (locative && !modifier && !possessiveAfter(tokens, to) && nameEnd(tokens[to - 1] as Token) === tokens[to - 1]?.end) {
      return { mentions: [candidate(ctx, from, to, 'name', { kind: 'place', key: `place:${norm(name)}`, name, nameWords: lowers, weak: true })], next: to };
    }
    if (tokens[from]?.pos !== undefined && tokens[from]?.pos !== 'PROPN') return undefined;
    return { mentions: [candidate(ctx, from, to, 'name', { kind: undefined, key: `name:${norm(name)}`, name, nameWords: lowers })], next: to };
  }
  return undefined;
}

/**
 * The organisation named by the capitalized run at `i` when it is longer than the gazetteer name at
 * its start (`to`) and the rules read it as one organisation ("EU Monitoring Mission"); a summit
 * of a body is the body. A parent's prefix is written one way ("U.N. Commission of Inquiry" is
 * "UN Commission of Inquiry"), so that texts that write it differently name one actor.
 */
function longerOrganisation(ctx: RecognitionContext, i: number, to: number, end: number, sentenceStart: number): Step | undefined {
  const run = capitalizedRun(ctx, i, end);
  // "UN International Court of Justice" is the court: a body named right after the first is read on its own.
  if (run === undefined || run.to <= to || ctx.doc.tokens[run.to - 1]?.lower === 'summit' || ctx.matches.gazetteerAt.has(to)) return undefined;
  const step = classifyRun(ctx, run.from, run.to, sentenceStart);
  const m = step?.mentions[0];
  if (step === undefined || step.mentions.length !== 1 || m === undefined || m.kind !== 'organisation' || m.startToken !== i || m.endToken !== run.to) return undefined;
  const name = canonicalPrefix(m.name);
  return { mentions: [{ ...m, name, key: `org:${norm(name)}` }], next: step.next };
}

/** "U.N. Human Rights Committee", "United Nations Human Rights Committee" → "UN Human Rights Committee". */
function canonicalPrefix(name: string): string {
  for (const prefixes of PARENT_PREFIXES.values()) {
    const used = [...prefixes].sort((a, b) => b.length - a.length).find((p) => name.startsWith(`${p} `));
    if (used !== undefined) return `${prefixes[0] as string}${name.slice(used.length)}`;
  }
  return name;
}

const isPersonKind = (k: LexiconKind): boolean => k === 'first-name' || k === 'last-name' || k === 'person' || k === 'honorific';

function acronym(ctx: RecognitionContext, from: number, to: number, name: string): Step | undefined {
  const info = ctx.res.demonym.get(norm(name));
  if (info?.stateName === true) return { mentions: [candidate(ctx, from, to, 'acronym', { kind: 'state', key: `state:${norm(info.state)}`, name: info.state })], next: to };
  if (name.replace(/\./g, '').length < 2) return undefined;
  return { mentions: [candidate(ctx, from, to, 'acronym', { kind: 'organisation', key: `org:${norm(name).replace(/\./g, '')}`, name })], next: to };
}

function knownInHeadline(ctx: RecognitionContext, t: Token): boolean {
  if (!isCap(t)) return false;
  const kind = lexiconKind(ctx.res.names, t.lower);
  if (kind !== undefined && kind !== 'common') return true;
  if (ctx.res.demonym.has(t.lower) || ORG_HEADS.has(t.lower) || TITLES.has(t.lower)) return ctx.capsInside.has(t.lower) || kind !== 'common';
  return ctx.capsInside.has(t.lower) || /^[A-Z]{2,}$/.test(t.text);
}

/**
 * Whether the words after a run's first one, `[from + 1, to)`, are also written as a name of their own
 * elsewhere in the document: inside an ordinary sentence, with no capitalized word right before or after.
 */
function writtenWithout(ctx: RecognitionContext, from: number, to: number): boolean {
  const tokens = ctx.doc.tokens;
  // Cheap first: the name's first word must be written capitalized inside some sentence.
  if (!ctx.capsInside.has(tokens[from + 1]?.lower ?? '')) return false;
  const want = tokens.slice(from + 1, to).map((t) => t.lower);
  for (let p = 1; p + want.length <= tokens.length; p += 1) {
    if (p === from + 1 || tokens[p]?.lower !== want[0] || !isCap(tokens[p])) continue;
    const before = tokens[p - 1] as Token;
    if (before.sentence !== tokens[p]?.sentence || ctx.titleCase[before.sentence] === true || isCap(before) || isCap(tokens[p + want.length])) continue;
    if (want.every((w, k) => tokens[p + k]?.lower === w)) return true;
  }
  return false;
}

function firstWordOf(tokens: readonly Token[], sentenceStart: number): number {
  let t = sentenceStart;
  while (tokens[t] !== undefined && tokens[t]?.type !== 'word') t += 1;
  return t;
}

/** The title at `from` ("Prime Minister", "President"), its canonical form and where the name after it starts. */
function titleAt(tokens: readonly Token[], from: number, to: number): { title: string; to: number } | undefined {
  const a = tokens[from];
  if (a === undefined) return undefined;
  const b = tokens[from + 1];
  const c = tokens[from + 2];
  // "Secretary-General", "Vice-President": the tokenizer splits them at the hyphen.
  if (b?.text === '-' && c !== undefined && from + 2 < to && a.end === b.start && b.end === c.start && TITLES.has(`${a.lower}-${c.lower}`)) {
    return { title: canonicalTitle([`${a.text}-${c.text}`]), to: from + 3 };
  }
  if (b !== undefined && from + 1 < to && TITLE_PAIRS.get(a.lower)?.has(b.lower) === true) return { title: canonicalTitle([a.text, b.text]), to: from + 2 };
  if (TITLES.has(a.lower)) return { title: canonicalTitle([a.text]), to: from + 1 };
  return undefined;
}

/** "Armenia's current Prime Minister": the state named in a possessive just before `i`. */
function possessorState(ctx: RecognitionContext, i: number): string | undefined {
  const tokens = ctx.doc.tokens;
  for (let t = i - 1; t >= Math.max(0, i - 4); t -= 1) {
    const token = tokens[t];
    if (token === undefined) return undefined;
    if (POSSESSIVE.has(token.lower)) {
      const owner = tokens[t - 1];
      if (owner === undefined) return undefined;
      const info = ctx.res.demonym.get(owner.lower);
      if (info?.stateName === true) return info.state;
      if (lexiconKind(ctx.res.names, owner.lower) === 'country') return owner.text;
      return undefined;
    }
    if (token.type !== 'word' || token.pos === 'VERB' || token.pos === 'ADP') return undefined;
  }
  return undefined;
}

/** The text of tokens `[from, to)`, without a possessive glued to the last one. */
function slice(ctx: RecognitionContext, from: number, to: number): string {
  const tokens = ctx.doc.tokens;
  const last = tokens[to - 1];
  return ctx.doc.text.slice(tokens[from]?.start ?? 0, last === undefined ? 0 : nameEnd(last));
}

/** A candidate over tokens `[from, to)`, with the possessive, quotation and speaker flags read off the text. */
function candidate(ctx: RecognitionContext, from: number, to: number, via: ActorMention['via'], info: Pick<Candidate, 'kind' | 'key' | 'name'> & Partial<Candidate>): Candidate {
  const tokens = ctx.doc.tokens;
  const first = tokens[from] as Token;
  const last = tokens[to - 1] as Token;
  // A possessive glued to the name ("Obama’s" as one token) is left out of the mention, as a separate "’s" is.
  const end = nameEnd(last);
  return {
    ...info,
    start: first.start,
    end,
    text: ctx.doc.text.slice(first.start, end),
    startToken: from,
    endToken: to,
    via,
    possessive: end < last.end || possessiveAfter(tokens, to),
    quoted: first.quoted,
    speaker: false,
  };
}

/** Whether a possessive mark follows the token range ending at `to` ("Baku's", "Azerbaijan‘s"). */
export function possessiveAfter(tokens: readonly Token[], to: number): boolean {
  const t = tokens[to];
  const last = tokens[to - 1];
  if (t === undefined || last === undefined || t.start !== last.end) return false;
  if (POSSESSIVE.has(t.lower)) return true;
  // wink splits "Azerbaijan‘s" (a left quote used as apostrophe) into ‘ and s.
  return t.text === '‘' && tokens[to + 1]?.lower === 's' && tokens[to + 1]?.start === t.end;
}

/**
 * Drops the place reading of a name guessed a place from a preposition before it ("to Trump", "from
 * Trump") where the text also has the name speak ("Trump said"): places do not talk, and a
 * capital that does ("Moscow said") is a known name, not a guess. Needs the speaker flags; changes
 * the mentions in place, as `markSpeakers` sets them.
 *
 * @example
 * settleGuesses(mentions); // "… sent to Kastor. Kastor said no." → both "Kastor" untyped
 */
export function settleGuesses(mentions: readonly Candidate[]): void {
  const wordOf = (m: Candidate): string => m.key.slice(m.key.indexOf(':') + 1);
  // Not the guessed mention itself: in "the administration in Tavren insists" the place is no speaker.
  const speaking = new Set(mentions.filter((m) => m.speaker && m.kind === undefined).map(wordOf));
  for (const m of mentions) {
    if (m.weak !== true || !speaking.has(wordOf(m))) continue;
    m.kind = undefined;
    m.key = `name:${wordOf(m)}`;
    m.weak = undefined;
  }
}
