/** Features of one mention for the learned role model: the same code at training and prediction time. */
import type { Token } from '../nlp/types.js';
import type { DocAnalysis } from './analysis.js';
import { ruleEvidence, ruleRole } from './roles.js';
import type { HarmRole, PortrayalCue } from './types.js';
import { VICTIM_HEADS } from './words.js';

/** How far around the mention the window features look (tokens each side, inside the sentence). */
export interface FeatureParams {
  window: number;
}

export const FEATURE_DEFAULTS: FeatureParams = { window: 4 };

const bin = (n: number, cuts: readonly number[]): string => {
  let i = 0;
  while (i < cuts.length && n > (cuts[i] as number)) i += 1;
  return String(i);
};

const portrayalKey = (c: PortrayalCue): string => `${c.polarity}:${c.how}`;
const harmKey = (h: HarmRole): string => `${h.role}:${h.kind}`;

/**
 * Appends the features of mention `m` of `a` to `out`. Templates (prefix → what):
 * `e` the mention's words; `k` the actor's kind; `w-`/`w+` lemmas in the window before/after,
 * `w-1`/`w+1` the nearest ones; `mp`/`ap` the polarity and attachment of portrayal cues on this
 * mention / on any mention of the actor; `mh`/`ah` harm and help roles (agent, patient) of this
 * mention / of the actor; `rule` the rule role of the actor; `sv` the valence of the sentence
 * outside the mention (binned), `s-`/`s+` negative and positive words in it; `ll` loaded language
 * and name calling in the sentence; `n` how often the actor is mentioned; `title`, `quoted`,
 * `speaker`, `victim` flags; `c` cue classes in the sentence by side (`b` before, `a` after) and
 * distance (`n` within 5 tokens, `f` farther): harm or help words, evaluative words, speech verbs,
 * valence; `subj`/`pass`/`obj`/`prep`/`phead` the verb the mention is subject, passive subject or
 * object of, or the preposition and noun it hangs from, with their valence (`…v`); `dll` how loaded
 * the whole document is.
 *
 * @example
 * const features: string[] = []; mentionFeatures(analysis, 0, FEATURE_DEFAULTS, features);
 */
export function mentionFeatures(a: DocAnalysis, m: number, params: FeatureParams, out: string[]): void {
  const mention = a.mentions[m];
  if (mention === undefined) return;
  const tokens = a.doc.tokens;
  const actorIndex = a.actorOf[m] ?? -1;
  const actor = a.actors[actorIndex];
  const members = actor?.members ?? [m];
  for (let t = mention.startToken; t < mention.endToken; t += 1) {
    const token = tokens[t] as Token;
    if (token.type === 'word' && !token.stop) out.push(`e=${token.lower}`);
  }
  out.push(`k=${actor?.kind ?? mention.kind ?? 'unknown'}`);
  const first = tokens[mention.startToken] as Token;
  const sentence = a.doc.sentences[first.sentence];
  if (sentence !== undefined) {
    for (let k = 1; k <= params.window; k += 1) {
      const before = tokens[mention.startToken - k];
      const after = tokens[mention.endToken - 1 + k];
      if (before !== undefined && before.sentence === first.sentence && before.type === 'word') {
        out.push(`w-=${before.lemma}`);
        if (k === 1) out.push(`w-1=${before.lemma}`);
      }
      if (after !== undefined && after.sentence === first.sentence && after.type === 'word') {
        out.push(`w+=${after.lemma}`);
        if (k === 1) out.push(`w+1=${after.lemma}`);
      }
    }
    let sum = 0;
    let neg = 0;
    let pos = 0;
    const valence = a.ctx.res.valence;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t += 1) {
      if (t >= mention.startToken && t < mention.endToken) continue;
      const token = tokens[t] as Token;
      const v = valence === undefined || token.type !== 'word' ? 0 : valence(token.lower);
      sum += v;
      if (v < 0) neg += 1;
      if (v > 0) pos += 1;
      const e = a.ctx.matches.evaluative.get(t);
      if (e !== undefined && e.startToken === t) out.push(`ll=${e.entry.polarity}`);
    }
    out.push(`sv=${sum < -1 ? '--' : sum < -0.2 ? '-' : sum <= 0.2 ? '0' : sum <= 1 ? '+' : '++'}`);
    out.push(`s-=${bin(neg, [0, 1, 3])}`, `s+=${bin(pos, [0, 1, 3])}`);
    if (first.sentence === 0) out.push('title');
  }
  cueCategories(a, mention.startToken, mention.endToken, out);
  verbRoles(a, m, out);
  out.push(`dll=${documentLoading(a)}`);
  for (const c of a.portrayal[m] ?? []) out.push(`mp=${portrayalKey(c)}`);
  for (const h of a.harm[m] ?? []) out.push(`mh=${harmKey(h)}`, `mh=${h.role}:${h.category}`);
  const actorCues = members.flatMap((i) => a.portrayal[i] ?? []);
  const actorHarm = members.flatMap((i) => a.harm[i] ?? []);
  for (const key of new Set(actorCues.map(portrayalKey))) out.push(`ap=${key}`);
  for (const key of new Set(actorCues.map((c) => c.polarity))) out.push(`ap=${key}`);
  for (const key of new Set(actorHarm.map(harmKey))) out.push(`ah=${key}`);
  const head = members.map((i) => a.mentions[i]?.head).find((h) => h !== undefined);
  const rule = ruleRole(ruleEvidence({ portrayal: actorCues, harm: actorHarm, mentions: [], head }));
  out.push(`rule=${rule.role}`);
  if (head !== undefined && VICTIM_HEADS.has(head)) out.push('victim');
  out.push(`n=${bin(members.length, [1, 2, 4])}`);
  if (mention.quoted) out.push('quoted');
  if (mention.speaker) out.push('speaker');
  if (members.some((i) => a.mentions[i]?.speaker === true)) out.push('actor-speaker');
}

const VALENCE_CUT = 0.25;
const vbin = (v: number): string => (v <= -VALENCE_CUT ? '-' : v >= VALENCE_CUT ? '+' : '0');

/** Classes of cue words in the mention's sentence, by side and distance: more general than the words themselves. */
function cueCategories(a: DocAnalysis, from: number, to: number, out: string[]): void {
  const tokens = a.doc.tokens;
  const sentence = a.doc.sentences[(tokens[from] as Token).sentence];
  if (sentence === undefined) return;
  const valence = a.ctx.res.valence;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t += 1) {
    if (t >= from && t < to) continue;
    const side = t < from ? 'b' : 'a';
    const near = (t < from ? from - t : t - to + 1) <= 5 ? 'n' : 'f';
    const harm = a.ctx.matches.harmAt.get(t);
    if (harm !== undefined && harm.startToken === t) out.push(`c${side}${near}=h:${harm.entry.polarity ?? 'negative'}`, `c${side}=h:${harm.entry.category ?? 'harm'}`);
    const evaluative = a.ctx.matches.evaluative.get(t);
    if (evaluative !== undefined && evaluative.startToken === t) out.push(`c${side}${near}=e:${evaluative.entry.polarity}`);
    if (a.ctx.matches.speechAt.has(t)) out.push(`c${side}${near}=speech`);
    const token = tokens[t] as Token;
    const v = valence === undefined || token.type !== 'word' ? 0 : valence(token.lower);
    if (Math.abs(v) >= VALENCE_CUT) out.push(`c${side}${near}=v${v < 0 ? '-' : '+'}`);
  }
}

const OWNERS = /^(?:their|his|her|its|our)$/;

/**
 * The verb the mention is the subject of (or the passive subject: "X was attacked"), the verb or
 * preposition it is the object of, and the noun before that preposition ("invasion of X"), with
 * their valences: who does what to whom, beyond the harm lexicon.
 */
function verbRoles(a: DocAnalysis, m: number, out: string[]): void {
  const tokens = a.doc.tokens;
  const mention = a.mentions[m];
  if (mention === undefined) return;
  const sentence = tokens[mention.startToken]?.sentence;
  const valence = a.ctx.res.valence ?? ((): number => 0);
  if (!mention.possessive) {
    let passive = false;
    for (let t = mention.endToken; t < Math.min(tokens.length, mention.endToken + 5); t += 1) {
      const x = tokens[t] as Token;
      if (x.sentence !== sentence) break;
      if (x.pos === 'ADV' || x.pos === 'PART' || x.pos === 'AUX') {
        if (x.pos === 'AUX' && (x.lemma === 'be' || x.lemma === 'get')) passive = true;
        continue;
      }
      if (x.pos === 'VERB') {
        const role = passive && /(?:ed|en)$/.test(x.lower) ? 'pass' : 'subj';
        out.push(`${role}=${x.lemma}`, `${role}v=${vbin(valence(x.lower))}`);
      }
      break;
    }
  }
  let u = mention.startToken - 1;
  while (u >= 0) {
    const x = tokens[u] as Token;
    if (x.sentence !== sentence || !(x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'NUM' || (x.pos === 'PRON' && OWNERS.test(x.lower)))) break;
    u -= 1;
  }
  const x = tokens[u];
  if (x === undefined || x.sentence !== sentence) return;
  if (x.pos === 'VERB') out.push(`obj=${x.lemma}`, `objv=${vbin(valence(x.lower))}`);
  if (x.pos !== 'ADP') return;
  out.push(`prep=${x.lemma}`);
  let h = u - 1;
  while (h >= 0 && tokens[h]?.pos === 'ADJ') h -= 1;
  const head = tokens[h];
  if (head !== undefined && head.sentence === sentence && (head.pos === 'NOUN' || head.pos === 'VERB')) out.push(`phead=${head.lemma}_${x.lemma}`, `pheadv=${vbin(valence(head.lower))}_${x.lemma}`);
}

const loading = new WeakMap<DocAnalysis, string>();

/** Negative loaded-language and name-calling words per 1,000 words of the document, binned: a partisan text casts more antagonists. */
function documentLoading(a: DocAnalysis): string {
  const cached = loading.get(a);
  if (cached !== undefined) return cached;
  let n = 0;
  for (const [t, e] of a.ctx.matches.evaluative) if (e.startToken === t && e.entry.polarity === 'negative') n += 1;
  const per1000 = (n / Math.max(1, a.doc.wordCount)) * 1000;
  const value = per1000 < 2 ? '0' : per1000 < 6 ? '1' : '2';
  loading.set(a, value);
  return value;
}
