/** Repetition: phrases repeated through a text, and sentences that open with the same words (anaphora). */
import type { Finding } from '../../core/finding.js';
import type { ParsedDoc, Token } from '../../nlp/types.js';
import { createWordForms, type WordForms } from '../../nlp/word-forms.js';
import type { Detector } from '../detector.js';
import { confidence, evidence, finish, slice } from '../support.js';
import { createVocabulary, MAX_N, MIN_N, repeatedPhrases, type Vocabulary } from './repeated-phrases.js';

const ID = 'repetition';
const PHRASE_RULE = `${ID}/phrase`;
const ANAPHORA_RULE = `${ID}/anaphora`;

export interface RepetitionOptions {
  /** Occurrences a phrase needs to count as repeated. Default 3. */
  minCount?: number | undefined;
  /** Consecutive sentences that must open alike to count as anaphora. Default 3. */
  minRun?: number | undefined;
  /**
   * The word-form table to number tokens with, shared with the other detectors so a document is
   * numbered once (`createDefaultDetectors` passes one). Default: a table of its own.
   */
  words?: WordForms | undefined;
}

/** Sentences within which a two-word phrase must recur: rhetorical repetition is local (epizeuxis, "X is occupied, Y is occupied"). */
const LOCAL_SENTENCES = 5;

/**
 * Flags repetition, which PTC annotates as Repetition and SemEval-2023 files under manipulative
 * wording. Two rules: (1) a phrase of 2–5 words, compared by lemma within sentences, that occurs at
 * least three times; it must mix function and content words ("they lie", "is occupied"), start with
 * neither an article nor a preposition, end on a content word, and hold a content word that is not a
 * name or a light word (say, year), so topic terms ("human rights", "the Lachin Corridor") and
 * reporting ("he said") do not count. A two-word phrase must recur within five sentences (a refrain of
 * three words or more may recur anywhere). Each occurrence not inside a longer repeated phrase is reported. (2) Anaphora: three or more consecutive sentences opening
 * with the same two or more words ("As if … As if … As if …").
 *
 * @example
 * const detector = createRepetitionDetector();
 * detector.detect(parse('They lie. They lie about the road. They lie about the numbers.'));
 * // → three repetition/anaphora findings over “They lie”, data { phrase: 'they lie', count: 3 }
 */
export function createRepetitionDetector(settings: RepetitionOptions = {}): Detector {
  const minCount = settings.minCount ?? 3;
  const minRun = settings.minRun ?? 3;
  const vocabulary = createVocabulary(settings.words ?? createWordForms());
  return {
    id: ID,
    description: 'Phrases hammered home by repetition, and runs of sentences that open with the same words.',
    version: '1.0.0',
    rules: () => [PHRASE_RULE, ANAPHORA_RULE],
    detect(doc, options) {
      const findings: Finding[] = [];
      const taken = new Uint8Array(doc.tokens.length);
      anaphora(doc, minRun, findings, taken);
      phrases(doc, minCount, vocabulary, findings, taken);
      return finish(findings, options);
    },
  };
}

/** Rule (2): runs of consecutive sentences (or clauses after "…" and ";") whose first words agree. */
function anaphora(doc: ParsedDoc, minRun: number, findings: Finding[], taken: Uint8Array): void {
  const openings = clauseOpenings(doc);
  let runStart = 0;
  for (let s = 1; s <= openings.length; s += 1) {
    if (s < openings.length && opensAlike(doc.tokens, openings[runStart] ?? [], openings[s] ?? [])) continue;
    if (s - runStart >= minRun) {
      const run = openings.slice(runStart, s);
      const length = sharedPrefix(doc.tokens, run);
      const first = run[0] ?? [];
      const phrase = first.slice(0, length).map((t) => doc.tokens[t]?.lower ?? '').join(' ');
      const allStop = first.slice(0, length).every((t) => doc.tokens[t]?.stop === true);
      for (const words of run) {
        const a = doc.tokens[words[0] ?? -1];
        const b = doc.tokens[words[length - 1] ?? -1];
        if (a === undefined || b === undefined) continue;
        for (let t = a.index; t <= b.index; t += 1) taken[t] = 1;
        const text = slice(doc, a.start, b.end);
        findings.push({
          detector: ID,
          rule: ANAPHORA_RULE,
          label: 'Anaphora',
          category: 'manipulative-wording',
          start: a.start,
          end: b.end,
          text,
          reason: `${run.length} consecutive sentences open with ${evidence(text)}, a repetition that drives the point home.`,
          confidence: confidence((allStop ? 0.6 : 0.7) + Math.min(0.15, 0.05 * (run.length - minRun))),
          data: { phrase, count: run.length },
        });
      }
    }
    runStart = s;
  }
}

/** Whether two openings share their first two words (case-insensitive): the run test, asked once per sentence. */
function opensAlike(tokens: readonly Token[], a: readonly number[], b: readonly number[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  return tokens[a[0] as number]?.lower === tokens[b[0] as number]?.lower && tokens[a[1] as number]?.lower === tokens[b[1] as number]?.lower;
}

/** Marks that end a clause for anaphora: "As if Khojaly never happened… As if Aghdam never burned…" is one sentence. */
const CLAUSE_BREAKS = new Set(['…', '...', ';']);

/**
 * Whether a token may be a clause break: one or three characters long, starting with "…", "." or
 * ";". Every token is asked, so the set is asked only after this (the length needs no string read).
 */
function mayBreakClause(token: Token): boolean {
  const length = token.end - token.start;
  if (length !== 1 && length !== 3) return false;
  const c = token.text.charCodeAt(0);
  return c === 0x2026 /* … */ || c === 46 /* . */ || c === 59 /* ; */;
}

/** The first words (token indices, up to five) of every sentence and of every clause after "…" or ";". */
function clauseOpenings(doc: ParsedDoc): number[][] {
  const openings: number[][] = [];
  for (const sentence of doc.sentences) {
    let words: number[] | undefined = [];
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t += 1) {
      const token = doc.tokens[t];
      if (token === undefined) break;
      if (mayBreakClause(token) && CLAUSE_BREAKS.has(token.text)) {
        if (words !== undefined && words.length > 0) openings.push(words);
        words = [];
      } else if (words !== undefined) {
        if (token.type === 'word') words.push(t);
        else if (words.length > 0) {
          openings.push(words);
          words = undefined;
        }
        if (words !== undefined && words.length === MAX_N) {
          openings.push(words);
          words = undefined;
        }
      }
    }
    if (words !== undefined && words.length > 0) openings.push(words);
  }
  return openings;
}

/** How many leading words (case-insensitive) all the openings share. */
function sharedPrefix(tokens: readonly Token[], openings: readonly (readonly number[])[]): number {
  const first = openings[0] ?? [];
  let n = 0;
  for (; n < first.length; n += 1) {
    const word = tokens[first[n] ?? -1]?.lower;
    if (word === undefined || !openings.every((o) => tokens[o[n] ?? -1]?.lower === word)) break;
  }
  return n;
}

/** Rule (1): repeated phrases, longest first; each occurrence reported once. */
function phrases(doc: ParsedDoc, minCount: number, vocabulary: Vocabulary, findings: Finding[], taken: Uint8Array): void {
  const tokens = doc.tokens;
  const candidates = repeatedPhrases(doc, minCount, vocabulary);
  // Longest phrase first, then most frequent, then text: stable output and maximal phrases.
  candidates.sort((a, b) => b.n - a.n || b.starts.length - a.starts.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { key, n, starts } of candidates) {
    const near = n > MIN_N ? starts : local(doc, starts, minCount);
    let last = -1;
    const free = near.filter((s) => {
      if (s < last) return false;
      for (let t = s; t < s + n; t += 1) if (taken[t] === 1) return false;
      last = s + n;
      return true;
    });
    if (free.length === 0) continue;
    for (const s of free) {
      const a = tokens[s];
      const b = tokens[s + n - 1];
      if (a === undefined || b === undefined) continue;
      for (let t = s; t < s + n; t += 1) taken[t] = 1;
      const text = slice(doc, a.start, b.end);
      findings.push({
        detector: ID,
        rule: PHRASE_RULE,
        label: 'Repetition',
        category: 'manipulative-wording',
        start: a.start,
        end: b.end,
        text,
        reason: `${evidence(text)} is one of ${starts.length} uses of the same phrase in this text.`,
        confidence: confidence(Math.min(0.7, 0.4 + 0.05 * (starts.length - minCount) + 0.05 * (n - MIN_N))),
        data: { phrase: key, count: starts.length },
      });
    }
  }
}

/** The occurrences that lie in a run of at least `minCount` within `LOCAL_SENTENCES` sentences. */
function local(doc: ParsedDoc, starts: readonly number[], minCount: number): number[] {
  const sentenceOf = (i: number): number => doc.tokens[starts[i] ?? 0]?.sentence ?? 0;
  const keep = new Uint8Array(starts.length);
  let j = 0;
  for (let i = 0; i < starts.length; i += 1) {
    if (j < i) j = i;
    while (j + 1 < starts.length && sentenceOf(j + 1) - sentenceOf(i) < LOCAL_SENTENCES) j += 1;
    if (j - i + 1 >= minCount) keep.fill(1, i, j + 1);
  }
  return starts.filter((_, i) => keep[i] === 1);
}
