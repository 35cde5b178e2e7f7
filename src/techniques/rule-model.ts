/** The rule-based technique model: the spine's detectors and the taxonomy's cue phrases, mapped onto PTC and SemEval-2023 labels. */
import { createAnalyzer, type Analyzer } from '../core/pipeline.js';
import type { Finding } from '../core/finding.js';
import type { ParsedDoc } from '../nlp/types.js';
import { normalizeCue } from './compile.js';
import type { RankedTechnique, TechniqueModel, TechniqueSpan } from './model.js';
import type { Taxonomy } from './schema.js';
import { loadTaxonomy, semeval2023ToPtc } from './taxonomy.js';

/** Bumped whenever the mapping, the cue handling or the scoring changes. */
export const RULE_MODEL_VERSION = '1.1.0';

/** Spans and paragraph labels below this score are left out unless a threshold is given: "more likely than not". */
export const RULE_MODEL_DEFAULT_THRESHOLD = 0.5;

/**
 * The score a taxonomy cue phrase lends its technique. Cues are specific multi-word phrases, so a
 * match is fair evidence, but it is the wording's job in context that makes a technique: a cue alone
 * sits exactly at the default threshold.
 */
const CUE_SCORE = 0.5;

/** How a finding counts as technique evidence: its PTC label (none for techniques PTC lacks) and SemEval-2023 id. */
interface FindingMapping {
  detector: string;
  /** Only this rule of the detector. */
  rule?: string;
  /** Only findings whose `data.technique` is this SemEval-2023 id (the technique-cues detector). */
  technique?: string;
  /** Undefined for the SemEval-2023 techniques that PTC does not annotate (appeal to time, slippery slope). */
  ptc: string | undefined;
  semeval2023: string;
}

/**
 * How each detector's findings count as technique evidence: its PTC label and SemEval-2023 id.
 * Judgement under the definitions (Da San Martino et al. 2019; Piskorski et al. 2023): scare quotes and
 * "so-called" question a term's legitimacy, and a question asked in the writer's voice questions a
 * claim or a person, so both count as doubt. Exclamations, hedges and weasel words mark tone or
 * vagueness but no PTC technique, so they are not mapped. Technique cues carry their SemEval-2023 id in
 * `data.technique`; the PTC label is the one that covers it, with two calls of our own: PTC's
 * whataboutism was defined as a charge of hypocrisy (Da San Martino et al. 2019), so appeal to
 * hypocrisy maps there, and PTC's doubt is "questioning the credibility of someone or something", so
 * questioning the reputation maps to doubt.
 */
const FINDING_MAP: readonly FindingMapping[] = [
  { detector: 'loaded-language', ptc: 'Loaded_Language', semeval2023: 'Loaded_Language' },
  { detector: 'name-calling', ptc: 'Name_Calling,Labeling', semeval2023: 'Name_Calling-Labeling' },
  { detector: 'repetition', ptc: 'Repetition', semeval2023: 'Repetition' },
  { detector: 'intensifiers', ptc: 'Exaggeration,Minimisation', semeval2023: 'Exaggeration-Minimisation' },
  { detector: 'scare-quotes', ptc: 'Doubt', semeval2023: 'Doubt' },
  { detector: 'punctuation-rhetoric', rule: 'punctuation-rhetoric/rhetorical-question', ptc: 'Doubt', semeval2023: 'Doubt' },
  ...(
    [
      ['Flag_Waving', 'Flag-Waving'],
      ['Appeal_to_Hypocrisy', 'Whataboutism,Straw_Men,Red_Herring'],
      ['Whataboutism', 'Whataboutism,Straw_Men,Red_Herring'],
      ['Red_Herring', 'Whataboutism,Straw_Men,Red_Herring'],
      ['Straw_Man', 'Whataboutism,Straw_Men,Red_Herring'],
      ['Doubt', 'Doubt'],
      ['Questioning_the_Reputation', 'Doubt'],
      ['Appeal_to_Fear-Prejudice', 'Appeal_to_fear-prejudice'],
      ['Guilt_by_Association', 'Bandwagon,Reductio_ad_hitlerum'],
      ['Appeal_to_Popularity', 'Bandwagon,Reductio_ad_hitlerum'],
      ['Slogans', 'Slogans'],
      ['Appeal_to_Time', undefined],
      ['False_Dilemma-No_Choice', 'Black-and-White_Fallacy'],
      ['Conversation_Killer', 'Thought-terminating_Cliches'],
      ['Appeal_to_Authority', 'Appeal_to_Authority'],
      ['Causal_Oversimplification', 'Causal_Oversimplification'],
      ['Consequential_Oversimplification', undefined],
    ] as const
  ).map(([semeval2023, ptc]) => ({ detector: 'technique-cues', technique: semeval2023, ptc, semeval2023 })),
];

/**
 * The technique a finding is evidence of, by `FINDING_MAP`: its PTC label (undefined where PTC has
 * none) and SemEval-2023 id; undefined for findings that are no technique (hedges, exclamations).
 *
 * @example
 * findingTechnique({ detector: 'technique-cues', data: { technique: 'Flag_Waving' }, … });
 * // { ptc: 'Flag-Waving', semeval2023: 'Flag_Waving' }
 */
export function findingTechnique(f: Finding): { ptc: string | undefined; semeval2023: string } | undefined {
  const technique = f.data?.technique;
  const mapping = FINDING_MAP.find((m) => m.detector === f.detector && (m.rule === undefined || m.rule === f.rule) && (m.technique === undefined || m.technique === technique));
  return mapping === undefined ? undefined : { ptc: mapping.ptc, semeval2023: mapping.semeval2023 };
}

/**
 * Span counts per label in the training labels of SemEval-2020 Task 11 (`train-task-flc-tc.labels`,
 * 6,128 spans; Da San Martino et al. 2020): the prior a span falls back to when no rule or cue speaks
 * for a label. The only figure the rule model takes from a corpus.
 */
const PTC_TRAIN_COUNTS: Readonly<Record<string, number>> = {
  Loaded_Language: 2123,
  'Name_Calling,Labeling': 1058,
  Repetition: 621,
  Doubt: 493,
  'Exaggeration,Minimisation': 466,
  'Appeal_to_fear-prejudice': 294,
  'Flag-Waving': 229,
  Causal_Oversimplification: 209,
  Appeal_to_Authority: 144,
  Slogans: 129,
  'Black-and-White_Fallacy': 107,
  'Whataboutism,Straw_Men,Red_Herring': 107,
  'Thought-terminating_Cliches': 76,
  'Bandwagon,Reductio_ad_hitlerum': 72,
};

/**
 * The usual extent of each label, in words `[lo, hi]`: loaded language and name calling sit on a word
 * or two, slogans and clichés on a short phrase, doubt, fear, causal claims and the fallacies on a
 * clause or sentence (Da San Martino et al. 2019, §3, on span lengths). A span outside the range makes
 * the label less likely in proportion (`n/lo` below, `hi/n` above).
 */
const TYPICAL_WORDS: Readonly<Record<string, readonly [number, number]>> = {
  Loaded_Language: [1, 3],
  'Name_Calling,Labeling': [1, 4],
  Repetition: [1, 6],
  'Exaggeration,Minimisation': [2, 8],
  Slogans: [2, 8],
  'Thought-terminating_Cliches': [2, 10],
  'Bandwagon,Reductio_ad_hitlerum': [3, 30],
  'Flag-Waving': [4, 30],
  Doubt: [6, 40],
  'Appeal_to_fear-prejudice': [6, 40],
  Appeal_to_Authority: [6, 40],
  'Black-and-White_Fallacy': [6, 40],
  Causal_Oversimplification: [8, 50],
  'Whataboutism,Straw_Men,Red_Herring': [6, 50],
};

/** Labels that sit on a word or a short phrase. A cue of any other label marks a clause, so its span is widened to its sentence. */
const WORD_LEVEL = new Set(['Loaded_Language', 'Name_Calling,Labeling', 'Repetition', 'Exaggeration,Minimisation', 'Slogans', 'Thought-terminating_Cliches']);

/** How much the corpus prior weighs against evidence (evidence scores are in [0, 1]; prior shares sum to 1). */
const PRIOR_WEIGHT = 1;
/** A span whose exact wording recurs elsewhere in the text is evidence of repetition (PTC marks each mention). */
const RECURRENCE_SCORE = 0.8;
/** A question mark inside a span is evidence of doubt (questions asked to cast doubt). */
const QUESTION_SCORE = 0.4;

/** One piece of evidence: a mapped finding or a cue match. */
interface Evidence {
  start: number;
  end: number;
  /** PTC label, when the technique has one. */
  ptc: string | undefined;
  semeval2023: string;
  score: number;
  /** A rule id, or `cue/<technique>: <phrase>`. */
  why: string;
  kind: 'finding' | 'cue';
}

interface Cue {
  technique: string;
  ptc: string | undefined;
  phrase: string;
  pattern: RegExp;
}

export interface RuleTechniqueModelOptions {
  /** The analyzer whose detectors supply the evidence (default: all detectors). */
  analyzer?: Analyzer | undefined;
  /** The taxonomy whose cues and mappings are used (default: the compiled one). */
  taxonomy?: Taxonomy | undefined;
}

/**
 * The rule baseline: every persuasion finding of the rule detectors becomes a technique span
 * (`FINDING_MAP`), every cue phrase of the taxonomy a weaker one; given spans are classified by the
 * evidence inside them, the span's length, recurrence and question marks, over a corpus prior.
 * Needs no training and never saw the PTC or SemEval-2023 texts (only PTC's label counts, as the
 * prior), so it can be scored on their training sets.
 *
 * @example
 * const model = createRuleTechniqueModel();
 * model.spans('These barbaric thugs lied.'); // Loaded_Language on "barbaric", Name_Calling,Labeling on "thugs"
 */
export function createRuleTechniqueModel(options: RuleTechniqueModelOptions = {}): TechniqueModel {
  const analyzer = options.analyzer ?? createAnalyzer();
  const taxonomy = options.taxonomy ?? loadTaxonomy();
  const cues = compileCues(taxonomy);
  const ptcLabels = taxonomy.ptcLabels.map((l) => l.id);
  const countTotal = ptcLabels.reduce((n, l) => n + (PTC_TRAIN_COUNTS[l] ?? 0), 0);
  const prior = (label: string): number => (PTC_TRAIN_COUNTS[label] ?? 0) / Math.max(1, countTotal);
  // `classify` is called once per text with all its spans, `spans` and `paragraph` once per text: caching the last analysis is enough.
  let last: { text: string; evidence: Evidence[]; parsed: ParsedDoc } | undefined;
  const analyze = (text: string): { evidence: Evidence[]; parsed: ParsedDoc } => {
    if (last?.text !== text) {
      const { findings, parsed } = analyzer.analyze(text);
      const evidence = findings.flatMap(fromFinding);
      for (const cue of cues) evidence.push(...matchCue(cue, text));
      last = { text, evidence, parsed };
    }
    return last;
  };

  return {
    id: `rules-${RULE_MODEL_VERSION}`,

    spans(text, spanOptions = {}) {
      const threshold = spanOptions.threshold ?? RULE_MODEL_DEFAULT_THRESHOLD;
      const { evidence, parsed } = analyze(text);
      const raw: TechniqueSpan[] = [];
      for (const e of evidence) {
        if (e.ptc === undefined || e.score < threshold) continue;
        const extent = e.kind === 'cue' && !WORD_LEVEL.has(e.ptc) ? sentenceAround(parsed, e) : e;
        raw.push({ start: extent.start, end: extent.end, technique: e.ptc, score: e.score, evidence: [e.why] });
      }
      return mergeSameLabel(raw);
    },

    classify(text, spans) {
      const { evidence } = analyze(text);
      return spans.map((span) => rank(text, span, evidence, ptcLabels, prior));
    },

    paragraph(text, paragraphOptions = {}) {
      const threshold = paragraphOptions.threshold ?? RULE_MODEL_DEFAULT_THRESHOLD;
      const { evidence } = analyze(text);
      // Noisy-OR: independent pieces of evidence for one technique each leave a chance it is absent.
      const absent = new Map<string, number>();
      for (const e of evidence) absent.set(e.semeval2023, (absent.get(e.semeval2023) ?? 1) * (1 - e.score));
      return [...absent]
        .map(([technique, p]) => ({ technique, score: round(1 - p) }))
        .filter((t) => t.score >= threshold)
        .sort((a, b) => b.score - a.score || (a.technique < b.technique ? -1 : 1));
    },
  };
}

function fromFinding(f: Finding): Evidence[] {
  const mapping = findingTechnique(f);
  if (mapping === undefined) return [];
  return [{ start: f.start, end: f.end, ptc: mapping.ptc, semeval2023: mapping.semeval2023, score: f.confidence, why: f.rule, kind: 'finding' }];
}

/** Each cue as a case-insensitive whole-word pattern; spaces match any run of spaces or hyphens, apostrophes either form. */
function compileCues(taxonomy: Taxonomy): Cue[] {
  const out: Cue[] = [];
  for (const technique of taxonomy.techniques) {
    for (const phrase of technique.cues) {
      const words = normalizeCue(phrase).split(' ').filter(Boolean);
      if (words.length === 0) continue;
      const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('[\\s\\-‐‑–—]+');
      out.push({
        technique: technique.id,
        ptc: semeval2023ToPtc(technique.id, taxonomy),
        phrase,
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu'),
      });
    }
  }
  return out;
}

function matchCue(cue: Cue, text: string): Evidence[] {
  const out: Evidence[] = [];
  for (const m of text.matchAll(cue.pattern)) {
    out.push({ start: m.index, end: m.index + m[0].length, ptc: cue.ptc, semeval2023: cue.technique, score: CUE_SCORE, why: `cue/${cue.technique}: ${cue.phrase}`, kind: 'cue' });
  }
  return out;
}

/** The sentence holding the evidence (or the evidence itself when no sentence does). */
function sentenceAround(parsed: ParsedDoc, e: Evidence): { start: number; end: number } {
  const sentence = parsed.sentences.find((s) => s.start <= e.start && e.end <= s.end);
  return sentence === undefined ? e : { start: sentence.start, end: sentence.end };
}

/** Merges overlapping spans of one label: union of extents, best score, all evidence. Sorted by start, end, label. */
function mergeSameLabel(spans: TechniqueSpan[]): TechniqueSpan[] {
  const byLabel = new Map<string, TechniqueSpan[]>();
  for (const s of spans) byLabel.set(s.technique, [...(byLabel.get(s.technique) ?? []), s]);
  const out: TechniqueSpan[] = [];
  for (const group of byLabel.values()) {
    group.sort((a, b) => a.start - b.start || a.end - b.end);
    let current: TechniqueSpan | undefined;
    for (const s of group) {
      if (current !== undefined && s.start < current.end) {
        current.end = Math.max(current.end, s.end);
        current.score = Math.max(current.score, s.score);
        current.evidence = [...new Set([...(current.evidence ?? []), ...(s.evidence ?? [])])];
      } else {
        if (current !== undefined) out.push(current);
        current = { ...s, evidence: [...(s.evidence ?? [])] };
      }
    }
    if (current !== undefined) out.push(current);
  }
  return out
    .map((s) => ({ ...s, score: round(s.score) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.technique < b.technique ? -1 : a.technique > b.technique ? 1 : 0));
}

/** All labels for one span, best first, scores summing to 1. */
function rank(
  text: string,
  span: { start: number; end: number },
  evidence: readonly Evidence[],
  labels: readonly string[],
  prior: (label: string) => number,
): RankedTechnique[] {
  const slice = text.slice(span.start, span.end);
  const words = slice.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0;
  const raw = new Map<string, number>(labels.map((l) => [l, PRIOR_WEIGHT * prior(l)]));
  const add = (label: string | undefined, score: number): void => {
    if (label !== undefined && raw.has(label)) raw.set(label, (raw.get(label) ?? 0) + score);
  };
  for (const e of evidence) {
    const inside = Math.min(e.end, span.end) - Math.max(e.start, span.start);
    if (inside > 0) add(e.ptc, (e.score * inside) / (e.end - e.start));
  }
  if (words > 0 && recursElsewhere(text, span, slice)) add('Repetition', RECURRENCE_SCORE);
  if (slice.includes('?')) add('Doubt', QUESTION_SCORE);
  const scored = labels.map((label) => ({ technique: label, score: (raw.get(label) ?? 0) * extentFit(label, Math.max(1, words)) }));
  const total = scored.reduce((n, s) => n + s.score, 0);
  return scored
    .map((s) => ({ technique: s.technique, score: round(total === 0 ? 1 / labels.length : s.score / total) }))
    .sort((a, b) => b.score - a.score || prior(b.technique) - prior(a.technique));
}

/** Whether the span's wording (case-insensitive, at word boundaries) occurs again outside the span. */
function recursElsewhere(text: string, span: { start: number; end: number }, slice: string): boolean {
  const needle = slice.trim().toLowerCase();
  if (needle.length < 3) return false;
  const haystack = text.toLowerCase();
  const isWord = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    const outside = i + needle.length <= span.start || i >= span.end;
    if (outside && !isWord(haystack[i - 1]) && !isWord(haystack[i + needle.length])) return true;
  }
  return false;
}

/** 1 inside the label's usual extent, falling off in proportion outside it. */
function extentFit(label: string, words: number): number {
  const [lo, hi] = TYPICAL_WORDS[label] ?? [1, 50];
  return words < lo ? words / lo : words > hi ? hi / words : 1;
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}
