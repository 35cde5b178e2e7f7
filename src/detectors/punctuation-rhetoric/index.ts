/** Punctuation rhetoric: exclamations and rhetorical questions in the writer's own voice. */
import type { Finding } from '../../core/finding.js';
import { createMatcherGroup, type MatcherGroup, type PhraseMatch, type PhraseMatcher } from '../../lexicon/matcher.js';
import type { Lexicon, LexiconEntry } from '../../lexicon/schema.js';
import type { ParsedDoc, Sentence, Token } from '../../nlp/types.js';
import type { Detector } from '../detector.js';
import { confidence, evidence, expectLexicon, finish, slice, startsUpper } from '../support.js';

const ID = 'punctuation-rhetoric';
const EXCLAMATION_RULE = `${ID}/exclamation`;
const QUESTION_RULE = `${ID}/rhetorical-question`;

/** Confidence of a question with no cue: many are rhetorical in opinion writing, many are not. */
const PLAIN_QUESTION = 0.3;
/** A negated auxiliary presupposes the answer ("Isn't it clear…?"): Bhattasali et al. (2015). */
const NEGATED_QUESTION = 0.6;
const EXCLAMATION = 0.4;
const REPEATED_MARKS = 0.55;

const CLOSERS = new Set(['”', '’', '"', '»', ')', ']', "'"]);
const AUXILIARIES = new Set(['be', 'do', 'have', 'can', 'will', 'would', 'shall', 'should', 'could', 'may', 'might', 'must', 'ought', 'need', 'dare']);
const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'so', 'yet', 'or', 'then']);

export interface PunctuationRhetoricData {
  /** The `rhetorical-questions` lexicon: category `opener` (sentence start) or `anywhere`. */
  questions: Lexicon;
  /**
   * The matcher group to join, so that detectors created together scan a document's tokens once
   * (`createDefaultDetectors` passes one). Default: a group of its own.
   */
  matchers?: MatcherGroup | undefined;
}

/**
 * Flags sentences that end in "!" (no category: a signal of heightened tone) and questions asked in the
 * writer's voice (category manipulative-wording). Questions and exclamations inside quotation marks
 * are someone else's; questions in an interview or Q&A layout (a "Q:" or "Name:" label, or several
 * one-question paragraphs) are real questions and are skipped. A question's confidence depends on its
 * cue: an opener from the lexicon ("How about …?", "Why should …?"), a negated auxiliary
 * ("Isn't it …?"), or none.
 *
 * @example
 * const detector = createPunctuationRhetoricDetector({ questions });
 * detector.detect(parse('How about just one? It failed!'));
 * // → rhetorical-question over “How about just one?”, exclamation over “It failed!”
 */
export function createPunctuationRhetoricDetector(data: PunctuationRhetoricData): Detector {
  expectLexicon(data.questions, 'rhetorical-questions', ID);
  const matchers = data.matchers ?? createMatcherGroup();
  // Openers are only tried at the start of a question (`matchAt`), so they stay out of the shared
  // scan, in a group of their own that numbers words with the same table.
  const openers = createMatcherGroup(matchers.words).matcher(data.questions.entries.filter((e) => e.category !== 'anywhere'));
  const anywhere = matchers.matcher(data.questions.entries.filter((e) => e.category === 'anywhere'));
  return {
    id: ID,
    description: 'Exclamations and rhetorical questions in the writer’s own voice, which argue by tone rather than by evidence.',
    version: `1.0.0+${data.questions.version}`,
    rules: () => [EXCLAMATION_RULE, QUESTION_RULE],
    detect(doc, options) {
      const tokens = doc.tokens;
      const findings: Finding[] = [];
      const cuesBySentence = new Map<number, PhraseMatch<LexiconEntry>>();
      for (const m of anywhere.matchAll(tokens)) {
        const s = tokens[m.startToken]?.sentence ?? -1;
        if (!cuesBySentence.has(s)) cuesBySentence.set(s, m);
      }
      const interview = interviewLayout(doc);
      for (const sentence of doc.sentences) {
        const end = finalMarks(tokens, sentence);
        if (end === undefined || end.quoted) continue;
        const first = tokens[sentence.tokenStart];
        const last = tokens[sentence.tokenEnd - 1];
        if (first === undefined || last === undefined) continue;
        if (end.question) {
          if (interview.has(sentence.index)) continue;
          const cue = questionCue(tokens, sentence, openers, cuesBySentence.get(sentence.index));
          if (cue.kind === 'plain' && interview.size > 0) continue;
          const text = slice(doc, first.start, last.end);
          findings.push({
            detector: ID,
            rule: QUESTION_RULE,
            label: 'Rhetorical question',
            category: 'manipulative-wording',
            start: first.start,
            end: last.end,
            text,
            reason:
              cue.kind === 'plain'
                ? `${evidence(text)} is a question in the writer's own voice, which may argue rather than ask.`
                : `${evidence(text)} is a question in the writer's own voice that ${cue.kind === 'negated' ? 'presupposes its answer' : `opens with ${evidence(cue.text)}`}, asked to make a point rather than to get an answer.`,
            confidence: confidence(end.marks > 1 ? Math.max(cue.weight, REPEATED_MARKS) + 0.1 : cue.weight),
            data: { cue: cue.text, kind: cue.kind },
          });
        } else {
          const text = slice(doc, first.start, last.end);
          findings.push({
            detector: ID,
            rule: EXCLAMATION_RULE,
            label: 'Exclamation',
            start: first.start,
            end: last.end,
            text,
            reason: `${evidence(text)} ends in an exclamation mark, raising the emotional pitch.`,
            confidence: end.marks > 1 ? REPEATED_MARKS : EXCLAMATION,
            data: { marks: end.marks },
          });
        }
      }
      return finish(findings, options);
    },
  };
}

interface FinalMarks {
  question: boolean;
  /** How many ? and ! end the sentence ("?!" is 2). */
  marks: number;
  quoted: boolean;
}

/** The run of ? and ! that ends a sentence (closing quotes and brackets skipped), if any. */
function finalMarks(tokens: readonly Token[], sentence: Sentence): FinalMarks | undefined {
  let t = sentence.tokenEnd - 1;
  let closedQuote = false;
  while (t >= sentence.tokenStart && CLOSERS.has(tokens[t]?.text ?? '')) {
    closedQuote = true;
    t -= 1;
  }
  let marks = 0;
  let question = false;
  let quoted = false;
  for (; t >= sentence.tokenStart; t -= 1) {
    const token = tokens[t];
    if (token === undefined || token.type !== 'punctuation' || !/^[?!]+$/.test(token.text)) break;
    marks += token.text.length;
    if (token.text.includes('?')) question = true;
    if (token.quoted) quoted = true;
  }
  if (marks === 0) return undefined;
  // A mark before a closing quotation mark belongs to the quotation even when the parser did not mark it.
  return { question, marks, quoted: quoted || closedQuote };
}

interface QuestionCue {
  kind: 'opener' | 'anywhere' | 'negated' | 'plain';
  text: string;
  weight: number;
}

function questionCue(
  tokens: readonly Token[],
  sentence: Sentence,
  openers: PhraseMatcher<LexiconEntry>,
  inside: PhraseMatch<LexiconEntry> | undefined,
): QuestionCue {
  let first = sentence.tokenStart;
  while (first < sentence.tokenEnd && (tokens[first]?.type !== 'word' || LEADING_CONJUNCTIONS.has(tokens[first]?.lower ?? ''))) first += 1;
  const opener = openers.matchAt(tokens, first);
  const candidates: QuestionCue[] = [];
  if (opener !== undefined) candidates.push({ kind: 'opener', text: textOf(tokens, opener.startToken, opener.endToken), weight: opener.entry.weight });
  if (inside !== undefined) candidates.push({ kind: 'anywhere', text: textOf(tokens, inside.startToken, inside.endToken), weight: inside.entry.weight });
  for (let t = sentence.tokenStart + 1; t < sentence.tokenEnd; t += 1) {
    const token = tokens[t];
    const prev = tokens[t - 1];
    if (token !== undefined && prev !== undefined && (token.lower === "n't" || token.lower === 'not') && AUXILIARIES.has(prev.lemma)) {
      candidates.push({ kind: 'negated', text: textOf(tokens, t - 1, t + 1), weight: NEGATED_QUESTION });
      break;
    }
  }
  candidates.sort((a, b) => b.weight - a.weight);
  return candidates[0] ?? { kind: 'plain', text: '', weight: PLAIN_QUESTION };
}

/** The text of tokens `[from, to)` as written (tokens joined by the spaces between them). */
function textOf(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let t = from; t < to; t += 1) {
    const token = tokens[t];
    const prev = tokens[t - 1];
    if (token === undefined) continue;
    out += t > from && prev !== undefined && prev.end < token.start ? ` ${token.text}` : token.text;
  }
  return out;
}

/**
 * Sentences in an interview or Q&A layout. A paragraph opening with "Q:", "Question:" or a speaker
 * label ("Aliyev:") marks its questions as real; so does a text with three or more paragraphs that
 * are a single question each (an interview transcript or FAQ). Returns the sentence indices found by
 * labels, plus every one-question paragraph when the transcript rule fires.
 */
function interviewLayout(doc: ParsedDoc): Set<number> {
  const out = new Set<number>();
  const lone: number[] = [];
  for (const paragraph of doc.paragraphs) {
    const firstSentence = doc.sentences[paragraph.sentenceStart];
    if (firstSentence === undefined) continue;
    if (speakerLabel(doc.tokens, firstSentence)) {
      for (let s = paragraph.sentenceStart; s < paragraph.sentenceEnd; s += 1) out.add(s);
    }
    if (paragraph.sentenceEnd - paragraph.sentenceStart === 1) {
      const marks = finalMarks(doc.tokens, firstSentence);
      if (marks?.question === true) lone.push(firstSentence.index);
    }
  }
  if (lone.length >= 3) for (const s of lone) out.add(s);
  return out;
}

/** "Q:", "A:", "Question:" or one to three capitalized words and a colon at the start of a sentence. */
function speakerLabel(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let t = sentence.tokenStart; t < Math.min(sentence.tokenEnd, sentence.tokenStart + 4); t += 1) {
    const token = tokens[t];
    if (token === undefined) return false;
    if (token.text === ':') return t > sentence.tokenStart;
    if (token.type !== 'word' || !startsUpper(token.text)) return false;
  }
  return false;
}
