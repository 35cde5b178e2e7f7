/** Name calling: pejorative (or glorifying) labels pinned on people, groups and governments (PTC Name_Calling,Labeling). */
import type { Finding } from '../../core/finding.js';
import { createMatcherGroup, type MatcherGroup } from '../../lexicon/matcher.js';
import type { Lexicon, LexiconEntry } from '../../lexicon/schema.js';
import type { Token } from '../../nlp/types.js';
import type { Detector } from '../detector.js';
import { confidence, evidence, expectLexicon, finish, lexiconRules, slice } from '../support.js';

const ID = 'name-calling';
const REGIME_RULE = `${ID}/regime`;
const QUOTED_FACTOR = 0.5;

/**
 * Modifiers that make "regime" a label of a government ("a criminal regime", "this regime"). A
 * capitalized name or nationality ("the Aliyev regime", "the Armenian regime") counts as well.
 */
const LABEL_MODIFIERS = new Set([
  'this', 'that', 'current', 'ruling', 'criminal', 'brutal', 'murderous', 'corrupt', 'authoritarian', 'totalitarian',
  'dictatorial', 'despotic', 'tyrannical', 'autocratic', 'kleptocratic', 'fascist', 'genocidal', 'terrorist', 'puppet',
  'illegitimate', 'repressive', 'oppressive', 'military', 'communist', 'clerical', 'theocratic', 'islamist', 'racist',
  'apartheid', 'barbaric', 'bloody', 'rogue', 'outlaw', 'occupation', 'occupying', 'separatist', 'junta',
]);

/**
 * Technical senses of "regime" (Merriam-Webster sense 2: a regular pattern of occurrence or action;
 * sense 3: a system of rules), which are not labels even when capitalized in a headline.
 */
const TECHNICAL_MODIFIERS = new Set([
  'sanctions', 'sanction', 'visa', 'visa-free', 'tax', 'trade', 'ceasefire', 'customs', 'border', 'legal', 'regulatory',
  'nonproliferation', 'non-proliferation', 'inspection', 'export', 'import', 'control', 'fiscal', 'monetary', 'exchange',
  'security', 'treaty', 'climate', 'safeguards', 'training', 'treatment', 'dietary', 'operating', 'flow', 'temperature',
  'pressure', 'rainfall', 'flight', 'feeding', 'fitness', 'drug', 'immigration', 'asylum', 'protection', 'migration',
  'licensing', 'verification', 'exercise', 'transit', 'water', 'fire', 'price', 'pricing', 'currency', 'tariff', 'quota',
]);

export interface NameCallingData {
  /** The `name-calling` lexicon. */
  lexicon: Lexicon;
  /**
   * The matcher group to join, so that detectors created together scan a document's tokens once
   * (`createDefaultDetectors` passes one). Default: a group of its own.
   */
  matchers?: MatcherGroup | undefined;
}

/**
 * Flags labels from the lexicon, extended over a possessor ("Putin's cronies" → target Putin), and
 * "regime" used as a label ("the Pashinyan regime", "a criminal regime") but not in its technical
 * senses ("the sanctions regime"). Category: attack-on-reputation (SemEval-2023).
 *
 * @example
 * const detector = createNameCallingDetector({ lexicon: requireLexicon(loadLexicons(), 'name-calling') });
 * detector.detect(parse("The Pashinyan regime and Putin's cronies."));
 * // → rules name-calling/regime (target Pashinyan) and name-calling/crony (target Putin)
 */
export function createNameCallingDetector(data: NameCallingData): Detector {
  expectLexicon(data.lexicon, ID, ID);
  const { lexicon } = data;
  const matchers = data.matchers ?? createMatcherGroup();
  const matcher = matchers.matcher(lexicon.entries);
  // Where "regime" may be: found by the shared scan instead of a pass over every token. The scan
  // also folds lemmas and plurals, so it finds at least every token the test below accepts.
  const regimes = matchers.matcher([{ term: 'regime' }, { term: 'regimes', match: 'exact' }]);
  const rules = [...lexiconRules(ID, lexicon), REGIME_RULE];
  return {
    id: ID,
    description: 'Labels that make readers fear, despise or revere a person, group or government instead of telling them what it did.',
    version: `1.0.0+${lexicon.version}`,
    rules: () => rules,
    detect(doc, options) {
      const tokens = doc.tokens;
      const findings: Finding[] = [];
      // Lexicon matches by their last token, so a regime pattern can absorb a label right before it.
      const byEnd = new Map<number, Finding>();
      for (const m of matcher.matchAll(tokens)) {
        const entry = m.entry;
        if (entry.weight === 0) continue;
        const quoted = tokens[m.startToken]?.quoted === true;
        const possessor = possessorBefore(tokens, m.startToken);
        const start = possessor === undefined ? m.start : possessor.start;
        const finding = labelFinding(entry, slice(doc, start, m.end), start, m.end, quoted, possessor?.text);
        findings.push(finding);
        byEnd.set(m.endToken - 1, finding);
      }
      for (const candidate of regimes.matchAll(tokens)) {
        const i = candidate.startToken;
        const token = tokens[i];
        if (token === undefined || (token.lemma !== 'regime' && token.lower !== 'regimes')) continue;
        const use = regimeLabel(tokens, i);
        if (use === undefined) continue;
        const absorbed = byEnd.get(use.from);
        const startToken = tokens[use.from];
        if (startToken === undefined) continue;
        let start = startToken.start;
        let base = use.weight;
        if (absorbed !== undefined) {
          findings.splice(findings.indexOf(absorbed), 1);
          start = absorbed.start;
          base = Math.max(base, absorbed.confidence);
        }
        const end = use.to === i ? token.end : (tokens[use.to]?.end ?? token.end);
        const text = slice(doc, start, end);
        const quoted = token.quoted;
        findings.push({
          detector: ID,
          rule: REGIME_RULE,
          label: 'Name calling',
          category: 'attack-on-reputation',
          start,
          end,
          text,
          reason: `${evidence(text)} labels a government a “regime”, a word that denies it legitimacy.`,
          confidence: confidence(base * (quoted ? QUOTED_FACTOR : 1)),
          data: { lexicon: ID, entry: 'regime', source: 'ptc-2019', kind: 'ruler', quoted, ...(use.target === undefined ? {} : { target: use.target }) },
        });
      }
      return finish(findings, options);
    },
  };
}

function labelFinding(entry: LexiconEntry, text: string, start: number, end: number, quoted: boolean, target: string | undefined): Finding {
  const positive = entry.polarity === 'positive';
  return {
    detector: ID,
    rule: `${ID}/${entry.rule}`,
    label: 'Name calling',
    category: 'attack-on-reputation',
    start,
    end,
    text,
    reason: positive
      ? `${evidence(text)} is a glorifying label: it asks for admiration instead of describing what was done.`
      : quoted
        ? `${evidence(text)} is a pejorative label, though inside a quotation it may be the source's word rather than the writer's.`
        : `${evidence(text)} is a pejorative label: it asks for contempt instead of describing what was done.`,
    confidence: confidence(entry.weight * (quoted ? QUOTED_FACTOR : 1)),
    data: {
      lexicon: ID,
      entry: entry.term,
      source: entry.source,
      kind: entry.category,
      polarity: entry.polarity ?? 'negative',
      quoted,
      ...(target === undefined ? {} : { target }),
      ...(entry.note === undefined ? {} : { note: entry.note }),
    },
  };
}

/** A capitalized possessor right before token `i` ("Putin's", "Baku’s"): its first token and text. */
function possessorBefore(tokens: readonly Token[], i: number): { start: number; text: string } | undefined {
  const mark = tokens[i - 1];
  const owner = tokens[i - 2];
  if (mark === undefined || owner === undefined || (mark.lower !== "'s" && mark.lower !== "'")) return undefined;
  if (owner.type !== 'word' || !isCapitalized(owner.text) || owner.end !== mark.start) return undefined;
  return { start: owner.start, text: owner.text };
}

/**
 * Whether "regime" at `i` is used as a label, and the token span of the labelling phrase:
 * `[from, to]` inclusive, with the named target when there is one.
 */
function regimeLabel(tokens: readonly Token[], i: number): { from: number; to: number; weight: number; target?: string } | undefined {
  const next = tokens[i + 1];
  if (next !== undefined && (next.lemma === 'change' || next.lower === 'change')) return undefined;
  const prev = tokens[i - 1];
  if (prev === undefined || prev.type !== 'word') return undefined;
  if (TECHNICAL_MODIFIERS.has(prev.lower)) return undefined;
  if (LABEL_MODIFIERS.has(prev.lower)) return { from: i - 1, to: i, weight: prev.lower === 'this' || prev.lower === 'that' ? 0.55 : 0.75 };
  if (isCapitalized(prev.text) && !ARTICLES.has(prev.lower)) {
    // Title-case headlines capitalize everything: "The New Visa Regime" is caught by the technical list.
    return { from: i - 1, to: i, weight: 0.7, target: prev.text };
  }
  // "the regime in Tehran", "the regime of Assad".
  const place = tokens[i + 2];
  if ((prev.lower === 'the' || prev.lower === 'a') && next !== undefined && (next.lower === 'in' || next.lower === 'of') && place !== undefined && isCapitalized(place.text)) {
    return { from: i, to: i + 2, weight: 0.6, target: place.text };
  }
  return undefined;
}

const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);

function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
