/** Repetition: phrases repeated through a text, and sentences that open with the same words (anaphora). */
import type { Finding } from '../../core/finding.js';
import type { ParsedDoc, Token } from '../../nlp/types.js';
import type { Detector } from '../detector.js';
import { confidence, evidence, finish, slice } from '../support.js';

const ID = 'repetition';
const PHRASE_RULE = `${ID}/phrase`;
const ANAPHORA_RULE = `${ID}/anaphora`;

export interface RepetitionOptions {
  /** Occurrences a phrase needs to count as repeated. Default 3. */
  minCount?: number | undefined;
  /** Consecutive sentences that must open alike to count as anaphora. Default 3. */
  minRun?: number | undefined;
}

const MIN_N = 2;
const MAX_N = 5;
/** Function words a repeated phrase may not start with: "of the region" is not a phrase anyone repeats for effect. */
const BAD_START = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'as', 'that', 'which',
  'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'into', 'over', 'under', 'than', 'if', 'while', 'about',
  'between', 'after', 'before', 'since', 'during', 'against', 'towards', 'toward', 'such', 'other', 'also',
]);

/**
 * Verbs and nouns so common that they carry no content of their own: "he said" or "last year" three
 * times is reporting, not rhetoric.
 */
const LIGHT = new Set([
  'say', 'tell', 'ask', 'add', 'think', 'know', 'go', 'get', 'make', 'take', 'come', 'see', 'want', 'give', 'use', 'find',
  'year', 'month', 'week', 'day', 'time', 'people', 'thing', 'way', 'lot', 'part', 'number', 'percent', 'today', 'yesterday',
]);
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
  return {
    id: ID,
    description: 'Phrases hammered home by repetition, and runs of sentences that open with the same words.',
    version: '1.0.0',
    rules: () => [PHRASE_RULE, ANAPHORA_RULE],
    detect(doc, options) {
      const findings: Finding[] = [];
      const taken = new Uint8Array(doc.tokens.length);
      anaphora(doc, minRun, findings, taken);
      phrases(doc, minCount, findings, taken);
      return finish(findings, options);
    },
  };
}

/** Rule (2): runs of consecutive sentences (or clauses after "…" and ";") whose first words agree. */
function anaphora(doc: ParsedDoc, minRun: number, findings: Finding[], taken: Uint8Array): void {
  const openings = clauseOpenings(doc);
  let runStart = 0;
  for (let s = 1; s <= openings.length; s += 1) {
    const same = s < openings.length && sharedPrefix(doc.tokens, [openings[runStart] ?? [], openings[s] ?? []]) >= 2;
    if (same) continue;
    const run = openings.slice(runStart, s);
    if (run.length >= minRun) {
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

/** Marks that end a clause for anaphora: "As if Khojaly never happened… As if Aghdam never burned…" is one sentence. */
const CLAUSE_BREAKS = new Set(['…', '...', ';']);

/** The first words (token indices, up to five) of every sentence and of every clause after "…" or ";". */
function clauseOpenings(doc: ParsedDoc): number[][] {
  const openings: number[][] = [];
  for (const sentence of doc.sentences) {
    let words: number[] | undefined = [];
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t += 1) {
      const token = doc.tokens[t];
      if (token === undefined) break;
      if (CLAUSE_BREAKS.has(token.text)) {
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
function phrases(doc: ParsedDoc, minCount: number, findings: Finding[], taken: Uint8Array): void {
  const tokens = doc.tokens;
  const occurrences = new Map<string, number[]>();
  const content = new Uint8Array(tokens.length);
  for (let t = 0; t < tokens.length; t += 1) {
    const token = tokens[t];
    if (token !== undefined && isContent(doc, token)) content[t] = 1;
  }
  for (const sentence of doc.sentences) {
    let segmentStart = sentence.tokenStart;
    for (let t = sentence.tokenStart; t <= sentence.tokenEnd; t += 1) {
      const token = tokens[t];
      if (t < sentence.tokenEnd && token !== undefined && token.type === 'word') continue;
      collect(tokens, content, segmentStart, t, occurrences);
      segmentStart = t + 1;
    }
  }
  const candidates = [...occurrences.entries()].filter(([, starts]) => starts.length >= minCount);
  // Longest phrase first, then most frequent, then text: stable output and maximal phrases.
  candidates.sort(([a, sa], [b, sb]) => nOf(b) - nOf(a) || sb.length - sa.length || (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, starts] of candidates) {
    const n = nOf(key);
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

function nOf(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i += 1) if (key.charCodeAt(i) === 32) n += 1;
  return n;
}

/** Adds every qualifying n-gram of the word run `[from, to)` to `occurrences`, keyed by lemmas. */
function collect(tokens: readonly Token[], isContentAt: Uint8Array, from: number, to: number, occurrences: Map<string, number[]>): void {
  for (let i = from; i < to - 1; i += 1) {
    const head = tokens[i];
    if (head === undefined || BAD_START.has(head.lower)) continue;
    let stops = head.stop ? 1 : 0;
    let content = isContentAt[i] ?? 0;
    let key = head.lemma;
    let keyLength = 1;
    for (let n = MIN_N; n <= MAX_N && i + n <= to; n += 1) {
      const tail = tokens[i + n - 1];
      if (tail === undefined) break;
      if (tail.stop) stops += 1;
      else content += isContentAt[i + n - 1] ?? 0;
      if (tail.stop || stops === 0 || content === 0) continue;
      // Build the lemma key only for phrases that qualify: most n-grams do not.
      for (; keyLength < n; keyLength += 1) key += ` ${tokens[i + keyLength]?.lemma ?? ''}`;
      const list = occurrences.get(key);
      if (list === undefined) occurrences.set(key, [i]);
      else list.push(i);
    }
  }
}

/** A content word that is neither a name nor a light word. */
function isContent(doc: ParsedDoc, token: Token): boolean {
  return !token.stop && !LIGHT.has(token.lemma) && !isName(doc, token);
}

/** A proper name: tagged PROPN, or capitalized inside a sentence when there are no tags. */
function isName(doc: ParsedDoc, token: Token): boolean {
  if (doc.hasPos && token.pos !== undefined) return token.pos === 'PROPN';
  const sentence = doc.sentences[token.sentence];
  return sentence !== undefined && token.index !== sentence.tokenStart && /^\p{Lu}/u.test(token.text);
}
