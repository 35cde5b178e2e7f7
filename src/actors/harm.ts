/**
 * Agents and patients of harm (and help): who kills, shells, blockades, expels, and who is killed,
 * shelled, blockaded, expelled. Shallow semantic-role patterns over POS tags (after the PropBank
 * notion of Arg0 agent / Arg1 patient, Palmer, Gildea & Kingsbury 2005): active clauses, passives
 * with an optional by-phrase, participles before or after a name, and event nouns with a possessor,
 * a nationality, or an of/on/against phrase.
 */
import type { PhraseMatch } from '../lexicon/matcher.js';
import type { LexiconEntry } from '../lexicon/schema.js';
import type { Token } from '../nlp/types.js';
import type { PortrayalContext } from './portrayal.js';
import type { ActorMention, HarmEvent, HarmRole } from './types.js';

/** Verbs whose object is an event that their subject carries out ("Baku implemented the blockade"). */
const LIGHT_VERBS = new Set(['implement', 'impose', 'enforce', 'maintain', 'continue', 'launch', 'conduct', 'commit', 'perpetrate', 'wage', 'begin', 'start', 'order', 'carry', 'take', 'escalate', 'intensify', 'tighten', 'extend', 'unleash', 'stage', 'mount']);
/** Quantity nouns whose of-phrase is the real subject ("scores of civilians were killed"). */
const QUANTITY = new Set(['scores', 'hundreds', 'thousands', 'dozens', 'millions', 'tens', 'many', 'most', 'some', 'all', 'number', 'lot', 'lots', 'majority', 'group', 'families']);
const BE = new Set(['be', 'get']);
/** Verbs whose intransitive subject undergoes the event ("Aghdam burned", "the people starved"). */
const ERGATIVE = new Set(['burn', 'starve', 'sack']);
const OBJECT_SKIP = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

/** One reading: which mention plays which role in which event. */
export interface HarmReading {
  mention: number;
  role: HarmRole;
}

function eventOf(ctx: PortrayalContext, m: PhraseMatch<LexiconEntry>, voice: HarmEvent['voice']): HarmEvent {
  return {
    text: ctx.doc.text.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    lemma: m.entry.term,
    category: m.entry.category ?? 'harm',
    kind: m.entry.polarity === 'positive' ? 'help' : 'harm',
    voice,
    weight: m.entry.weight,
  };
}

/**
 * Every agent and patient the patterns find, for every harm or help word of the document.
 * `mentions` are the document's mentions in text order (their index is what `ctx.mentionAt` gives).
 *
 * @example
 * // "Azerbaijani civilians have been killed by Armenian shelling."
 * readHarm(ctx, mentions); // civilians: patient of "killed" (passive); Armenian: agent of "killed" and of "shelling"
 */
export function readHarm(ctx: PortrayalContext, mentions: readonly ActorMention[]): HarmReading[] {
  const out: HarmReading[] = [];
  const seen = new Set<string>();
  const add = (mention: number | undefined, role: 'agent' | 'patient', event: HarmEvent): void => {
    if (mention === undefined) return;
    const key = `${mention}:${role}:${event.start}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ mention, role: { ...event, role } });
  };
  for (const m of ctx.matches.harm) {
    if (m.entry.weight === 0) continue;
    const tokens = ctx.doc.tokens;
    // The word that carries the tag: the last of "ethnically cleansed", the first of "fire on".
    const head = m.entry.term.includes(' ') && /ly$/.test(tokens[m.startToken]?.lower ?? '') ? m.endToken - 1 : m.startToken;
    const token = tokens[head] as Token;
    if (ctx.mentionAt.has(head)) continue;
    // The tagger sometimes calls a past tense a noun ("volunteers rescued dozens"): a form in -ed is read as the verb.
    const noun = (token.pos === 'NOUN' || token.pos === 'PROPN') && !/ed$/.test(token.lower);
    // A gerund after a determiner or a nationality standing for its forces is an event noun ("Danish shelling", "the shelling").
    const before = ctx.mentionAt.get(m.startToken - 1);
    const gerundNoun = /ing$/.test(token.lower) && (tokens[m.startToken - 1]?.pos === 'DET' || (before !== undefined && mentions[before]?.agentOnly === true));
    // Help is read from verbs only: a noun such as "support" or "aid" leaves giver and receiver unclear ("Armenia's support").
    if ((noun || gerundNoun) && m.entry.polarity !== 'positive') nominal(ctx, m, mentions, add);
    else if (!noun && !gerundNoun) verbal(ctx, m, head, mentions, add);
  }
  return out;
}

type Add = (mention: number | undefined, role: 'agent' | 'patient', event: HarmEvent) => void;

function verbal(ctx: PortrayalContext, m: PhraseMatch<LexiconEntry>, head: number, mentions: readonly ActorMention[], add: Add): void {
  const tokens = ctx.doc.tokens;
  const token = tokens[head] as Token;
  const participle = /(?:ed|en|wn|ung|ut)$/.test(token.lower) || token.pos === 'ADJ';
  // Passive: an auxiliary be/get before the participle ("have been killed", "was blockaded").
  let t = m.startToken - 1;
  while (t >= 0 && (tokens[t]?.pos === 'ADV' || tokens[t]?.pos === 'PART')) t -= 1;
  const aux = tokens[t];
  if (participle && aux !== undefined && aux.sentence === token.sentence && BE.has(aux.lemma) && (aux.pos === 'AUX' || aux.pos === 'VERB')) {
    const event = eventOf(ctx, m, 'passive');
    add(subjectBefore(ctx, t, mentions), 'patient', event);
    add(byAgent(ctx, m.endToken), 'agent', event);
    return;
  }
  // "ethnically cleansed Azerbaijanis", "besieged Armenians": a participle right before the name.
  const next = objectAfter(ctx, m.endToken, 1);
  if (participle && next !== undefined && tokens[m.endToken] !== undefined && ctx.mentionAt.get(m.endToken) === next && (tokens[m.startToken - 1]?.pos !== 'AUX')) {
    const before = subjectBefore(ctx, m.startToken, mentions);
    if (before === undefined || token.pos === 'ADJ' || /(?:DET|NUM|ADP)/.test(tokens[m.startToken - 1]?.pos ?? '') || tokens[m.startToken - 1]?.type === 'number') {
      add(next, 'patient', eventOf(ctx, m, 'participle'));
      return;
    }
  }
  // "Azerbaijanis expelled from their homes", "a convoy blockaded by the military": a participle right after a name.
  const after = tokens[m.endToken];
  const prevMention = ctx.mentionAt.get(m.startToken - 1);
  if (participle && after !== undefined && (after.lower === 'by' || after.lower === 'from')) {
    const event = eventOf(ctx, m, 'participle');
    if (prevMention !== undefined) add(prevMention, 'patient', event);
    if (after.lower === 'by') add(byAgent(ctx, m.endToken), 'agent', event);
    if (prevMention !== undefined || after.lower === 'by') return;
  }
  // Active: the subject before, the object after.
  const event = eventOf(ctx, m, 'active');
  const object = objectAfter(ctx, m.endToken, 4);
  const subject = subjectBefore(ctx, m.startToken, mentions);
  const follower = tokens[m.endToken];
  const hasObject = follower !== undefined && /^(?:DET|NOUN|PROPN|PRON|NUM)$/.test(follower.pos ?? '');
  if (object === undefined && !hasObject && ERGATIVE.has(m.entry.term)) {
    add(subject, 'patient', event);
    return;
  }
  add(subject, 'agent', event);
  add(object, 'patient', event);
}

function nominal(ctx: PortrayalContext, m: PhraseMatch<LexiconEntry>, mentions: readonly ActorMention[], add: Add): void {
  const tokens = ctx.doc.tokens;
  const event = eventOf(ctx, m, 'nominal');
  // A possessor or nationality before the noun: "Baku's inhumane blockade", "Armenian shelling".
  for (let t = m.startToken - 1; t >= Math.max(0, m.startToken - 4); t -= 1) {
    const token = tokens[t] as Token;
    const at = ctx.mentionAt.get(t);
    if (at !== undefined) {
      const mention = mentions[at] as ActorMention;
      // A possessor ("Baku's blockade") or a nationality standing for a state's forces ("Armenian shelling").
      if (mention.possessive || mention.agentOnly === true) add(at, 'agent', event);
      break;
    }
    const mark = token.lower === "'s" || token.lower === '’s' || token.text === '’' || token.text === '‘' || token.lower === 's';
    if (!mark && (token.type !== 'word' || (token.pos !== 'ADJ' && token.pos !== 'ADV' && token.pos !== 'NOUN'))) {
      // "Baku implemented the blockade": the subject of a verb that carries the event out.
      let v = t;
      while (v >= 0 && (tokens[v]?.pos === 'DET' || tokens[v]?.pos === 'ADJ')) v -= 1;
      const verb = tokens[v];
      if (verb !== undefined && verb.pos === 'VERB' && LIGHT_VERBS.has(verb.lemma)) add(subjectBefore(ctx, v, mentions), 'agent', event);
      break;
    }
  }
  // "the blockade of Karabakh", "the invasion of Armenia", "attacks on civilians", "shelling by Armenian forces".
  const prep = tokens[m.endToken];
  if (prep === undefined) return;
  if (prep.lower === 'of' || prep.lower === 'on' || prep.lower === 'against' || prep.lower === 'upon') add(objectAfter(ctx, m.endToken + 1, 3), 'patient', event);
  else if (prep.lower === 'by') add(byAgent(ctx, m.endToken), 'agent', event);
}

/** The mention right after "by" (a few determiners and adjectives may come between). */
function byAgent(ctx: PortrayalContext, at: number): number | undefined {
  const tokens = ctx.doc.tokens;
  if (tokens[at]?.lower !== 'by') return undefined;
  return objectAfter(ctx, at + 1, 3);
}

/** The first mention starting within `reach` tokens after `at`, past determiners, adjectives, numbers and adverbs only. */
function objectAfter(ctx: PortrayalContext, at: number, reach: number): number | undefined {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[at - 1]?.sentence;
  for (let t = at; t < Math.min(tokens.length, at + reach + 1); t += 1) {
    const token = tokens[t] as Token;
    if (token.sentence !== sentence) return undefined;
    const found = ctx.mentionAt.get(t);
    if (found !== undefined) return found;
    if (token.type === 'number' || OBJECT_SKIP.has(token.pos ?? '') || (token.pos === 'PRON' && /^(?:their|his|her|its|our)$/.test(token.lower))) continue;
    // "scores of Azerbaijani civilians".
    if (QUANTITY.has(token.lower) && tokens[t + 1]?.lower === 'of') {
      t += 1;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The subject of a clause whose verb group starts at `at`: the nearest mention before it in the
 * sentence, when only adverbs, auxiliaries, "to"-complements ("continue to mock"), a quantity
 * phrase's tail ("scores of Azerbaijani civilians near the frontlines") or an apposition between
 * commas stand between. A mention inside a prepositional phrase is not a subject.
 */
function subjectBefore(ctx: PortrayalContext, at: number, mentions: readonly ActorMention[]): number | undefined {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[at]?.sentence ?? tokens[at - 1]?.sentence;
  let t = at - 1;
  let skipped = 0;
  while (t >= 0 && skipped <= 8) {
    const token = tokens[t] as Token;
    if (token.sentence !== sentence) return undefined;
    const found = ctx.mentionAt.get(t);
    if (found !== undefined) {
      const mention = mentions[found] as ActorMention;
      if (mention.possessive) return undefined;
      const before = tokens[mention.startToken - 1];
      // "of X" is a subject only after a quantity ("scores of X"); other prepositions make X an oblique.
      if (before !== undefined && before.sentence === sentence && before.pos === 'ADP') {
        if (before.lower === 'of' && QUANTITY.has(tokens[mention.startToken - 2]?.lower ?? '')) return found;
        return undefined;
      }
      return found;
    }
    const pos = token.pos ?? '';
    if (pos === 'ADV' || pos === 'AUX' || pos === 'PART') {
      t -= 1;
      continue;
    }
    // "continue to mock": a verb taking a to-complement.
    if (pos === 'VERB' && tokens[t + 1]?.lower === 'to') {
      t -= 1;
      skipped += 1;
      continue;
    }
    // "X near the frontlines have been…": a short prepositional phrase after the subject.
    if (pos === 'NOUN' || pos === 'DET' || pos === 'ADJ' || (pos === 'ADP' && token.lower !== 'that')) {
      t -= 1;
      skipped += 1;
      continue;
    }
    return undefined;
  }
  return undefined;
}
