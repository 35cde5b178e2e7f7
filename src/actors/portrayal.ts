/**
 * Portrayal: the evaluative words a text attaches to a mention — modifiers ("the autocratic Aliyev
 * family"), appositions ("Ilham Aliyev, the longtime autocrat"), predicates ("Aliyev remains
 * dishonest and ruthless"), and what is said to be the actor's ("Baku's inhumane blockade", "the
 * courage of Azerbaijani soldiers"). The attachment patterns are the shallow, POS-based kind used
 * for opinion targets (Hu & Liu 2004, "Mining and summarizing customer reviews"; Qiu et al. 2011,
 * "Opinion word expansion and target extraction through double propagation"), over wink-nlp's tags.
 */
import type { ParsedDoc, Token } from '../nlp/types.js';
import type { DocMatches, ActorResources } from './resources.js';
import type { ActorMention, Polarity, PortrayalCue, PortrayalHow } from './types.js';
import { APPOSITION_OPENERS, COPULAS, NEGATIONS } from './words.js';

/** Valences this small are not counted as evaluation (wink-nlp's word scores run from -1 to 1). */
const MIN_VALENCE = 0.25;
/** Labels right after a name that pass judgement on its government ("the Pashinyan regime"). */
const LABELS_AFTER = new Map([['regime', 0.7], ['junta', 0.8], ['clan', 0.5], ['cronies', 0.8]]);
/** Words too common or too vague to read as evaluation however the valence list scores them. */
const NOT_EVALUATIVE = new Set(['aware', 'like', 'well', 'please', 'yes', 'no', 'want', 'care', 'help', 'support', 'right', 'united', 'free', 'pretty', 'great', 'top', 'major', 'important', 'significant', 'clear', 'clearly', 'matter', 'interest', 'interests', 'security', 'defence', 'defense', 'peace', 'war', 'military', 'justice', 'party', 'god', 'true', 'sure', 'certain', 'certainly', 'ready', 'hard', 'easy', 'worth', 'kind']);

/** What portrayal reads besides the document: the lexicon matches and, for each token, the mention it belongs to. */
export interface PortrayalContext {
  doc: ParsedDoc;
  res: ActorResources;
  matches: DocMatches;
  /** Token → index of the mention covering it, for every mention of the document. */
  mentionAt: ReadonlyMap<number, number>;
}

interface Evaluation {
  polarity: Polarity;
  weight: number;
  source: string;
  start: number;
  end: number;
  /** Last token of the evaluated stretch, so a multi-word match is read once. */
  endToken: number;
}

/**
 * How the word at token `t` evaluates: a name-calling or loaded-language match that covers it, else
 * its valence. Harm and help words are left to the harm reading.
 */
export function evaluate(ctx: PortrayalContext, t: number): Evaluation | undefined {
  const token = ctx.doc.tokens[t];
  if (token === undefined || token.type !== 'word') return undefined;
  if (ctx.matches.harmAt.has(t)) return undefined;
  const m = ctx.matches.evaluative.get(t);
  if (m !== undefined) return { polarity: m.entry.polarity, weight: m.entry.weight, source: m.entry.lexicon, start: m.start, end: m.end, endToken: m.endToken - 1 };
  if (ctx.res.valence === undefined || NOT_EVALUATIVE.has(token.lower) || token.pos === 'PROPN') return undefined;
  const v = ctx.res.valence(token.lower);
  if (Math.abs(v) < MIN_VALENCE) return undefined;
  return { polarity: v < 0 ? 'negative' : 'positive', weight: Math.min(1, Math.abs(v)), source: 'valence', start: token.start, end: token.end, endToken: t };
}

const FLIP: Record<Polarity, Polarity> = { negative: 'positive', positive: 'negative', sympathy: 'sympathy' };

function cue(ctx: PortrayalContext, e: Evaluation, how: PortrayalHow, negated: boolean, quoted: boolean): PortrayalCue {
  return {
    text: ctx.doc.text.slice(e.start, e.end),
    start: e.start,
    end: e.end,
    polarity: negated ? FLIP[e.polarity] : e.polarity,
    how,
    weight: e.weight,
    source: e.source,
    negated,
    quoted,
  };
}

/** Evaluates tokens `[from, to)` that belong to no mention; quoted words inside scare quotes are skipped. */
function evaluateRange(
  ctx: PortrayalContext,
  from: number,
  to: number,
  how: PortrayalHow,
  out: PortrayalCue[],
  options: { negated?: boolean; only?: (e: Evaluation, t: Token) => boolean; self?: ActorMention } = {},
): void {
  const self = options.self;
  for (let t = from; t < to; t += 1) {
    const inSelf = self !== undefined && t >= self.startToken && t < self.endToken;
    if ((ctx.mentionAt.has(t) && !inSelf) || inScareQuotes(ctx.doc.tokens, t)) continue;
    const e = evaluate(ctx, t);
    if (e === undefined) continue;
    const token = ctx.doc.tokens[t] as Token;
    if (options.only !== undefined && !options.only(e, token)) continue;
    out.push(cue(ctx, e, how, options.negated === true, token.quoted));
    t = Math.max(t, e.endToken);
  }
}

/** A word between single quote marks right around it ("Baku's ‘goodwill gestures’"): the writer keeps it at arm's length. */
function inScareQuotes(tokens: readonly Token[], t: number): boolean {
  const isOpen = (x: Token | undefined): boolean => x !== undefined && (x.text === '‘' || x.text === "'" || x.text === '“' || x.text === '"');
  for (let k = t - 1; k >= Math.max(0, t - 3); k -= 1) {
    const x = tokens[k];
    if (x === undefined || x.sentence !== tokens[t]?.sentence) return false;
    if (isOpen(x)) {
      for (let j = t + 1; j <= t + 3; j += 1) {
        const y = tokens[j];
        if (y === undefined) return false;
        if (y.text === '’' || y.text === "'" || y.text === '”' || y.text === '"') return true;
        if (y.type !== 'word') return false;
      }
      return false;
    }
    if (x.type !== 'word') return false;
  }
  return false;
}

const isModifierTag = (pos: string | undefined): boolean => pos === 'ADJ' || pos === 'NOUN' || pos === 'ADV' || pos === 'VERB' || pos === 'PROPN';

/**
 * The portrayal cues of one mention, in text order.
 *
 * @example
 * portrayalOf(ctx, mention); // for "Ilham Aliyev remains dishonest and ruthless." → dishonest, ruthless (predicate)
 */
export function portrayalOf(ctx: PortrayalContext, mention: ActorMention & { kind?: string | undefined }): PortrayalCue[] {
  if (mention.agentOnly === true) return [];
  const out: PortrayalCue[] = [];
  modifiers(ctx, mention, out);
  appositions(ctx, mention, out);
  predicate(ctx, mention, out);
  possessed(ctx, mention, out);
  genitive(ctx, mention, out);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Words before the mention inside its noun phrase, words inside a nationality phrase, and a label right after it. */
function modifiers(ctx: PortrayalContext, m: ActorMention, out: PortrayalCue[]): void {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[m.startToken]?.sentence;
  let from = m.startToken;
  for (let t = m.startToken - 1; t >= Math.max(0, m.startToken - 4); t -= 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== sentence) break;
    const joiner = token.text === '-' && tokens[t - 1]?.end === token.start;
    // A verb before a name governs it ("trading Putin's money") unless it is a participle used as an adjective ("the embattled Aliyev").
    const governing = token.pos === 'VERB' && !/ed$/.test(token.lower);
    if (!joiner && (token.type !== 'word' || !isModifierTag(token.pos) || governing || ctx.mentionAt.has(t))) break;
    from = t;
  }
  // A noun before a name is mostly a compound or the head of another phrase: only lexicon labels count there.
  evaluateRange(ctx, from, m.startToken, 'modifier', out, { only: (e, token) => e.source !== 'valence' || token.pos === 'ADJ' || token.pos === 'VERB' });
  // "the Armenian warmonger PM": what sits between the nationality and the head.
  if ((m.via === 'demonym' || m.via === 'title') && m.endToken - m.startToken > 2) evaluateRange(ctx, m.startToken + 1, m.endToken - 1, 'modifier', out, { self: m });
  if (m.possessive) return;
  // A label right after the name: "the Pashinyan regime", "the Open Society Foundation cesspool".
  const after = tokens[m.endToken];
  const label = after === undefined ? undefined : LABELS_AFTER.get(after.lower);
  if (after !== undefined && label !== undefined) {
    out.push({ text: after.text, start: after.start, end: after.end, polarity: 'negative', how: 'modifier', weight: label, source: 'name-calling', negated: false, quoted: after.quoted });
    return;
  }
  const named = ctx.matches.evaluative.get(m.endToken);
  if (after !== undefined && named !== undefined && named.startToken === m.endToken && named.entry.lexicon === 'name-calling') {
    out.push(cue(ctx, { polarity: named.entry.polarity, weight: named.entry.weight, source: 'name-calling', start: named.start, end: named.end, endToken: named.endToken - 1 }, 'modifier', false, after.quoted));
  }
}

const isVerbLike = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';

/** "X, the longtime autocrat," and "The longtime autocrat of Azerbaijan, X,": a noun phrase beside the mention between commas. */
function appositions(ctx: PortrayalContext, m: ActorMention, out: PortrayalCue[]): void {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[m.startToken]?.sentence;
  const comma = tokens[m.endToken];
  if (comma?.text === ',' && !m.possessive) {
    const first = tokens[m.endToken + 1];
    if (first !== undefined && first.sentence === sentence && (APPOSITION_OPENERS.has(first.lower) || first.pos === 'ADJ')) {
      let end = m.endToken + 1;
      while (end < tokens.length && end - m.endToken <= 12) {
        const t = tokens[end] as Token;
        if (t.sentence !== sentence || t.text === ',' || t.text === ';' || t.text === ')' || t.text === '.' || t.text === '—' || t.text === '–') break;
        if (isVerbLike(t) && !/(?:ed|en)$/.test(t.lower)) {
          end = -1;
          break;
        }
        end += 1;
      }
      if (end > m.endToken + 1) evaluateRange(ctx, m.endToken + 1, end, 'apposition', out);
    }
  }
  const before = tokens[m.startToken - 1];
  if (before?.text === ',') {
    let start = m.startToken - 1;
    let opened = false;
    while (start - 1 >= 0 && m.startToken - start <= 12) {
      const t = tokens[start - 1] as Token;
      if (t.sentence !== sentence || t.text === ',' || t.text === ';' || t.text === '(' || isVerbLike(t) || (t.pos === 'ADP' && t.lower !== 'of')) break;
      start -= 1;
      if (APPOSITION_OPENERS.has(t.lower)) {
        opened = true;
        break;
      }
    }
    // "The longtime autocrat of Azerbaijan, Ilham Aliyev": it must open with a determiner and end in a noun.
    const head = tokens[m.startToken - 2];
    if (opened && head !== undefined && (head.pos === 'NOUN' || head.pos === 'PROPN')) evaluateRange(ctx, start, m.startToken - 1, 'apposition', out);
  }
}

/** "X remains dishonest and ruthless", "X cannot be trusted": a copula after the subject mention and what follows it. */
function predicate(ctx: PortrayalContext, m: ActorMention, out: PortrayalCue[]): void {
  const tokens = ctx.doc.tokens;
  if (m.possessive) return;
  const sentence = tokens[m.startToken]?.sentence;
  // A mention inside a prepositional phrase is not the subject ("the industry in the West remained toothless").
  let p = m.startToken - 1;
  while (p >= 0 && (tokens[p]?.pos === 'DET' || tokens[p]?.pos === 'ADJ') && tokens[p]?.sentence === sentence) p -= 1;
  const prev = tokens[p];
  if (prev !== undefined && prev.pos === 'ADP' && prev.sentence === sentence) return;
  let t = skipApposition(tokens, m.endToken);
  let negated = false;
  let copula = false;
  while (t < tokens.length && t - m.endToken <= 5) {
    const token = tokens[t] as Token;
    if (token.sentence !== sentence) return;
    if (NEGATIONS.has(token.lower) || token.lower === 'cannot' || token.lower === "can't") negated = true;
    else if ((token.pos === 'AUX' || token.pos === 'VERB') && COPULAS.has(token.lemma)) copula = true;
    else if (token.pos === 'AUX' || token.pos === 'ADV' || token.pos === 'PART') {
      // auxiliaries, modals and adverbs before the copula
    } else break;
    t += 1;
  }
  if (!copula) return;
  const start = t;
  let end = t;
  while (end < tokens.length && end - start < 8) {
    const token = tokens[end] as Token;
    if (token.sentence !== sentence || ctx.matches.harmAt.has(end)) break;
    if (token.type === 'punctuation' && token.text !== ',' && token.text !== '-') break;
    if (token.pos === 'ADP' || token.pos === 'PART' || token.pos === 'SCONJ' || token.pos === 'PRON' || token.pos === 'AUX') break;
    if (token.pos === 'VERB' && !/(?:ed|en)$/.test(token.lower) && end > start) break;
    // A determiner opens the predicate ("a threat") or a new clause ("… and the flag is raised").
    if (token.pos === 'DET' && end > start) break;
    if (token.pos === 'CCONJ' && tokens[end + 1]?.pos !== 'ADJ' && tokens[end + 1]?.pos !== 'ADV') break;
    if (NEGATIONS.has(token.lower)) negated = !negated;
    end += 1;
  }
  // Valence words need more strength here: predicates hold much description ("unsuccessful in bringing aid").
  if (end > start) evaluateRange(ctx, start, end, 'predicate', out, { negated, only: (e) => e.source !== 'valence' || e.weight >= 0.5 });
}

/** Past an apposition between commas right after a mention ("Kast, the longtime autocrat, remains…"): where the verb group starts. */
function skipApposition(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ',') return at;
  const sentence = tokens[at]?.sentence;
  for (let t = at + 1; t < Math.min(tokens.length, at + 14); t += 1) {
    const token = tokens[t] as Token;
    if (token.sentence !== sentence) return at;
    if (token.text === ',') return t + 1;
    if (isVerbLike(token) && !/(?:ed|en)$/.test(token.lower)) return at;
  }
  return at;
}

/** "Baku's inhumane blockade", "Putin's blood money": the noun phrase the mention owns. */
function possessed(ctx: PortrayalContext, m: ActorMention, out: PortrayalCue[]): void {
  if (!m.possessive) return;
  const tokens = ctx.doc.tokens;
  let t = m.endToken;
  // Skip the mark: "'s", "’", or "‘" + "s".
  while (t < tokens.length && tokens[t]?.type !== 'word') t += 1;
  if (tokens[t]?.lower === 's' || tokens[t]?.lower === "'s" || tokens[t]?.lower === '’s') t += 1;
  const sentence = tokens[m.startToken]?.sentence;
  const start = t;
  let end = t;
  while (end < tokens.length && end - start < 5) {
    const token = tokens[end] as Token;
    if (token.sentence !== sentence) break;
    const quote = token.type === 'punctuation' && /^[‘’'"“”]$/.test(token.text);
    if (!quote && (token.type !== 'word' || !isModifierTag(token.pos))) break;
    end += 1;
    if (token.pos === 'NOUN' && tokens[end]?.pos !== 'NOUN') break;
  }
  // Plain valence words in what an actor owns are often description ("Azerbaijan's rich gas"): only strong ones count.
  if (end > start) evaluateRange(ctx, start, end, 'possessive', out, { only: (e) => e.source !== 'valence' || e.weight >= 0.5 });
}

/**
 * "the enormous courage, heroism and martial prowess of Azerbaijani soldiers": qualities said to be
 * the actor's. Only loaded words and positive valences count: negative words before "of X" are
 * more often X's suffering or feelings ("the suffering of civilians", "the ire of Parliament") than
 * a judgement of X.
 */
function genitive(ctx: PortrayalContext, m: ActorMention, out: PortrayalCue[]): void {
  const tokens = ctx.doc.tokens;
  const of = tokens[m.startToken - 1];
  const det = of?.lower === 'of' ? 0 : tokens[m.startToken - 1]?.lower === 'the' && tokens[m.startToken - 2]?.lower === 'of' ? 1 : -1;
  if (det === -1) return;
  const ofAt = m.startToken - 1 - det;
  const sentence = tokens[m.startToken]?.sentence;
  let start = ofAt;
  for (let t = ofAt - 1; t >= Math.max(0, ofAt - 10); t -= 1) {
    const token = tokens[t] as Token;
    if (token.sentence !== sentence) break;
    if (token.text === ',' || token.pos === 'CCONJ' || token.pos === 'ADJ' || token.pos === 'NOUN' || token.pos === 'ADV') {
      start = t;
      continue;
    }
    break;
  }
  // Labels ("the autocrat of Azerbaijan") judge the person named, not the country after "of".
  evaluateRange(ctx, start, ofAt, 'possessive', out, { only: (e) => e.source === 'loaded-language' || (e.source === 'valence' && e.polarity === 'positive') });
}
