/** Scare quotes: "so-called" and its kin, and short quoted terms that are not anyone's quoted speech. */
import type { Finding } from '../../core/finding.js';
import { createMatcherGroup, type MatcherGroup } from '../../lexicon/matcher.js';
import type { Lexicon, LexiconEntry } from '../../lexicon/schema.js';
import type { ParsedDoc, Token } from '../../nlp/types.js';
import type { Detector } from '../detector.js';
import { confidence, evidence, expectLexicon, finish, lexiconRules, slice, startsUpper } from '../support.js';

const ID = 'scare-quotes';
const QUOTED_TERM_RULE = `${ID}/quoted-term`;
const QUOTED_FACTOR = 0.5;

/** The longest noun phrase taken after a cue, in words (the brief's "up to 4 tokens"). */
const MAX_NP_WORDS = 4;
/** The longest quoted phrase taken whole after a cue ("so-called “conflict resolution” industry"). */
const MAX_QUOTED_NP_WORDS = 6;
/** The longest quoted stretch read as a term rather than a quotation (Predelli 2003: scare quotes mark a term). */
const MAX_TERM_WORDS = 4;
/** Tokens between a reporting verb and a quotation mark for the quotation to count as that verb's speech. */
const SPEECH_WINDOW = 3;

/** Nouns that announce a quoted word as a word ("the term “X”"): a mention, which does not distance. */
const MENTION_NOUNS = new Set(['word', 'term', 'phrase', 'expression', 'slogan', 'headline', 'title', 'hashtag', 'motto', 'caption', 'name', 'label']);
const OPENING = new Set(['“', '‘', '«', '„', '"']);
const CLOSING = new Set(['”', '’', '»', '"', '“']);
const HYPHENS = new Set(['-', '‐', '‑', '‒', '–']);
const SENTENCE_END = new Set(['.', '!', '?', '…', '...']);
/** Parts of speech a noun phrase after a cue may contain (Universal Dependencies tags). */
const NP_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Cues that modify a verb as readily as a noun: the phrase after them must hold a noun. */
const ADVERB_CUES = new Set(['supposedly', 'ostensible']);
/** Cues that are ordinary words without a noun phrase after them ("was supposed", "the alleged"). */
const NEEDS_NP = new Set(['supposed', 'supposedly', 'ostensible', 'purported', 'alleged', 'would-be']);

export interface ScareQuotesData {
  /** The `scare-quote-cues` lexicon. */
  cues: Lexicon;
  /** The `speech-verbs` lexicon (entries of category `naming` attribute without quoting). */
  speechVerbs: Lexicon;
  /**
   * The matcher group to join, so that detectors created together scan a document's tokens once
   * (`createDefaultDetectors` passes one). Default: a group of its own.
   */
  matchers?: MatcherGroup | undefined;
}

/**
 * Two rules. (a) A cue such as "so-called", "self-styled" or "supposed" with the noun phrase after it
 * (up to four words, or to a closing quotation mark). (b) A quoted stretch of one to four words that is
 * not a full sentence and not reported speech: no reporting verb within three tokens of the quotation
 * marks and no colon before it. A naming or reporting verb elsewhere in the sentence ("According to the
 * BBC, …", "Borrell called it …") keeps the finding at low confidence with `attributed: true`, since a
 * partial quotation of a source and a distancing quotation look the same. Category manipulative-wording:
 * PTC has no label of its own for scare quotes, which overlap its Doubt and Loaded_Language.
 *
 * @example
 * const detector = createScareQuotesDetector({ cues, speechVerbs });
 * detector.detect(parse('The so-called experts praised the “peacekeepers”.'));
 * // → scare-quotes/so-called over “so-called experts”, scare-quotes/quoted-term over ““peacekeepers””
 */
export function createScareQuotesDetector(data: ScareQuotesData): Detector {
  expectLexicon(data.cues, 'scare-quote-cues', ID);
  expectLexicon(data.speechVerbs, 'speech-verbs', ID);
  const matchers = data.matchers ?? createMatcherGroup();
  const cueMatcher = matchers.matcher(data.cues.entries);
  const speechMatcher = matchers.matcher(data.speechVerbs.entries);
  const rules = [...lexiconRules(ID, data.cues), QUOTED_TERM_RULE];
  return {
    id: ID,
    description: 'Words and quotation marks by which the writer distances themselves from a term: so-called, self-styled, “peacekeepers”.',
    version: `1.0.0+${data.cues.version}+${data.speechVerbs.version}`,
    // POS tags sharpen the noun-phrase rule when a document has them, but they are not required:
    // tagging doubles the cost of a parse, and the fallback (stop at stop words, -ed/-ing verbs
    // and after a plural) gives the same spans on the specification table.
    rules: () => rules,
    detect(doc, options) {
      const tokens = doc.tokens;
      const findings: Finding[] = [];
      const inCue = new Uint8Array(tokens.length);
      for (const m of cueMatcher.matchAll(tokens)) {
        for (let t = m.startToken; t < m.endToken; t += 1) inCue[t] = 1;
        const finding = cueFinding(doc, m.entry, m.startToken, m.endToken);
        if (finding !== undefined) findings.push(finding);
      }
      // Reporting verbs by token: 2 for speech, 1 for naming; the "called" inside "so-called" is neither.
      const speech = new Uint8Array(tokens.length);
      for (const m of speechMatcher.matchAll(tokens)) {
        if (inCue[m.startToken] === 1) continue;
        const kind = m.entry.category === 'naming' ? 1 : 2;
        for (let t = m.startToken; t < m.endToken; t += 1) speech[t] = kind;
      }
      const covered = findings.map((f) => [f.start, f.end] as const);
      for (const span of quotedSpans(tokens)) {
        if (covered.some(([s, e]) => span.start >= s && span.start < e)) continue;
        const finding = quotedTermFinding(doc, span, speech);
        if (finding !== undefined) findings.push(finding);
      }
      return finish(findings, options);
    },
  };
}

/** Rule (a): the cue and the noun phrase it qualifies, or nothing when no noun phrase follows. */
function cueFinding(doc: ParsedDoc, cue: LexiconEntry, startToken: number, endToken: number): Finding | undefined {
  const tokens = doc.tokens;
  const next = tokens[endToken];
  if (cue.rule === 'supposed' && next?.lower === 'to') return undefined;
  const phraseEnd = nounPhraseEnd(doc, endToken, ADVERB_CUES.has(cue.rule));
  if (phraseEnd === undefined && NEEDS_NP.has(cue.rule)) return undefined;
  const last = phraseEnd ?? endToken - 1;
  const first = tokens[startToken];
  const lastToken = tokens[last];
  if (first === undefined || lastToken === undefined) return undefined;
  const text = slice(doc, first.start, lastToken.end);
  const target = phraseEnd === undefined || next === undefined ? '' : slice(doc, next.start, lastToken.end);
  const quoted = first.quoted;
  const soCalled = cue.rule === 'so-called';
  return {
    detector: ID,
    rule: `${ID}/${cue.rule}`,
    label: soCalled ? 'So-called' : 'Distancing cue',
    category: 'manipulative-wording',
    start: first.start,
    end: lastToken.end,
    text,
    reason:
      target === ''
        ? `${evidence(text)} casts doubt on what it qualifies${quoted ? ', though here inside a quotation' : ''}.`
        : `${evidence(slice(doc, first.start, tokens[endToken - 1]?.end ?? first.end))} casts doubt on ${evidence(target)}: the writer distances themselves from the term${quoted ? ', though here inside a quotation' : ''}.`,
    confidence: confidence(cue.weight * (quoted ? QUOTED_FACTOR : 1)),
    data: { lexicon: 'scare-quote-cues', entry: cue.term, source: cue.source, target, quoted },
  };
}

/**
 * Index of the last token of the noun phrase starting at `from`, or undefined. An opening quotation
 * mark makes the phrase run to its closing mark; otherwise up to four adjective/noun words (by POS
 * when the document has it, else any non-stop word), with joining hyphens inside.
 */
function nounPhraseEnd(doc: ParsedDoc, from: number, needsNoun: boolean): number | undefined {
  const tokens = doc.tokens;
  const open = tokens[from];
  if (open === undefined) return undefined;
  if (OPENING.has(open.text)) {
    let words = 0;
    for (let t = from + 1; t < tokens.length; t += 1) {
      const token = tokens[t];
      if (token === undefined || token.sentence !== open.sentence) return undefined;
      if (CLOSING.has(token.text)) return words > 0 && words <= MAX_QUOTED_NP_WORDS ? t : undefined;
      if (isWord(token)) words += 1;
    }
    return undefined;
  }
  let last: number | undefined;
  let words = 0;
  let nouns = 0;
  for (let t = from; t < tokens.length && words < MAX_NP_WORDS; t += 1) {
    const token = tokens[t];
    if (token === undefined) break;
    if (last !== undefined && HYPHENS.has(token.text) && isGlued(tokens, t)) continue;
    if (!isWord(token) || !inNounPhrase(doc, token)) break;
    words += 1;
    if (token.pos === 'NOUN' || token.pos === 'PROPN' || !doc.hasPos) nouns += 1;
    last = t;
    // Without tags a plural ends the phrase: "so-called experts agree" stops at "experts".
    if (!doc.hasPos && token.lemma !== token.lower && token.lower.endsWith('s')) break;
  }
  if (last === undefined || (needsNoun && nouns === 0)) return undefined;
  return last;
}

function inNounPhrase(doc: ParsedDoc, token: Token): boolean {
  if (doc.hasPos && token.pos !== undefined) return NP_POS.has(token.pos);
  // Without POS tags: content words only; stop words (is, of, to, say, and…) and inflected verbs
  // ("failed", "burning", which the lemmatizer shortens) end the phrase.
  return !token.stop && !(token.lemma !== token.lower && /(?:ed|ing)$/.test(token.lower));
}

interface QuotedSpan {
  /** Index of the opening and closing quotation-mark tokens. */
  open: number;
  close: number;
  start: number;
  end: number;
  words: number;
}

/** Quoted stretches: an opening mark, a run of `quoted` tokens, a closing mark, in one paragraph. */
function quotedSpans(tokens: readonly Token[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const open = tokens[i];
    const first = tokens[i + 1];
    // The flags first: most tokens are not followed by a quoted one, and the set asks for the token's text.
    if (open === undefined || first === undefined || open.quoted || !first.quoted || !OPENING.has(open.text)) continue;
    let j = i + 1;
    let words = 0;
    while (j < tokens.length && tokens[j]?.quoted === true) {
      if (isWord(tokens[j])) words += 1;
      j += 1;
    }
    const close = tokens[j];
    if (close !== undefined && CLOSING.has(close.text)) spans.push({ open: i, close: j, start: open.start, end: close.end, words });
    i = j;
  }
  return spans;
}

/** Rule (b): a short quoted term that is not a sentence and not a reporting verb's speech. */
function quotedTermFinding(doc: ParsedDoc, span: QuotedSpan, speech: Uint8Array): Finding | undefined {
  const tokens = doc.tokens;
  if (span.words === 0 || span.words > MAX_TERM_WORDS) return undefined;
  const open = tokens[span.open];
  const close = tokens[span.close];
  if (open === undefined || close === undefined || open.sentence !== close.sentence) return undefined;
  for (let t = span.open + 1; t < span.close; t += 1) {
    const token = tokens[t];
    // A sentence inside the marks is a quotation, not a term ("Faith and Power!").
    if (token !== undefined && token.type === 'punctuation' && SENTENCE_END.has(token.text)) return undefined;
  }
  const inner = tokens.slice(span.open + 1, span.close);
  if (inner.every((t) => t.type === 'number' || t.type === 'punctuation')) return undefined;
  // A mention, not a use: "the word “Guests”", "the slogan “No pasaran”".
  const previous = tokens[span.open - 1];
  if (previous !== undefined && MENTION_NOUNS.has(previous.lemma)) return undefined;
  // Direct speech: a colon before the marks, or a reporting verb right next to them ("said “…”", "“…”, he said").
  if (tokens[span.open - 1]?.text === ':') return undefined;
  if (nearSpeech(speech, tokens, span.open, -1) || nearSpeech(speech, tokens, span.close, 1)) return undefined;
  const attributed = attributedInSentence(speech, tokens, span);
  const titleCase = span.words > 1 && inner.filter(isWord).every((t) => startsUpper(t.text));
  let base = span.words <= 2 ? 0.6 : 0.5;
  if (titleCase) base = 0.35;
  if (attributed) base = 0.3;
  const text = slice(doc, span.start, span.end);
  const term = slice(doc, tokens[span.open + 1]?.start ?? span.start, tokens[span.close - 1]?.end ?? span.end);
  return {
    detector: ID,
    rule: QUOTED_TERM_RULE,
    label: 'Scare quotes',
    category: 'manipulative-wording',
    start: span.start,
    end: span.end,
    text,
    reason: attributed
      ? `${evidence(term)} is set in quotation marks in a sentence that attributes it, so it may be a partial quotation rather than the writer's distance from the term.`
      : `${evidence(term)} is set in quotation marks without being anyone's quoted speech: the writer distances themselves from the term.`,
    confidence: confidence(base),
    data: { term, words: span.words, attributed, titleCase },
  };
}

/** Whether a reporting verb (speech, not naming) lies within `SPEECH_WINDOW` tokens of `from`, going `dir`, in its sentence. */
function nearSpeech(speech: Uint8Array, tokens: readonly Token[], from: number, dir: 1 | -1): boolean {
  const sentence = tokens[from]?.sentence;
  for (let k = 1; k <= SPEECH_WINDOW; k += 1) {
    const t = from + dir * k;
    if (tokens[t]?.sentence !== sentence) return false;
    if (speech[t] === 2) return true;
  }
  return false;
}

/** A reporting or naming verb anywhere earlier in the sentence, or shortly after the quotation. */
function attributedInSentence(speech: Uint8Array, tokens: readonly Token[], span: QuotedSpan): boolean {
  const sentence = tokens[span.open]?.sentence;
  for (let t = span.open - 1; t >= 0 && tokens[t]?.sentence === sentence; t -= 1) if ((speech[t] ?? 0) > 0) return true;
  for (let t = span.close + 1; t <= span.close + 6 && tokens[t]?.sentence === sentence; t += 1) if ((speech[t] ?? 0) > 0) return true;
  return false;
}

function isWord(token: Token | undefined): boolean {
  return token !== undefined && (token.type === 'word' || token.type === 'number');
}

/** A hyphen glued to the tokens on both sides. */
function isGlued(tokens: readonly Token[], t: number): boolean {
  const before = tokens[t - 1];
  const at = tokens[t];
  const after = tokens[t + 1];
  return before !== undefined && at !== undefined && after !== undefined && before.end === at.start && at.end === after.start;
}
