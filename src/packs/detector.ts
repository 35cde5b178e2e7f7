/** The terminology detector: side-marking and neutral terms of the conflict packs relevant to a document. */
import type { Finding } from '../core/finding.js';
import { sha256, stableStringify } from '../core/hash.js';
import type { Detector } from '../detectors/detector.js';
import { confidence, evidence, finish, slice } from '../detectors/support.js';
import type { ParsedDoc } from '../nlp/types.js';
import type { TermUse } from './context.js';
import { packScanner, type TermHit } from './scan.js';
import { NEUTRAL, type Pack } from './schema.js';

const ID = 'terminology';
const VERSION = '1.0.0';

/** Confidence of a neutral term's finding: shown, but below any side-marking one. */
export const NEUTRAL_CONFIDENCE = 0.1;

/** How much of a variant's weight each use keeps, as a finding's confidence. */
export const USE_FACTOR: Readonly<Record<TermUse, number>> = { used: 1, quoted: 0.5, mention: 0.5, attributed: 0.25 };

/** The data every terminology finding carries. */
export interface TerminologyData {
  pack: string;
  concept: string;
  /** Whose usage the term is (a side id), or `neutral`. */
  side: string;
  /** The neutral form to use instead, when the pack gives one. */
  neutral?: string | undefined;
  /** How strongly the variant marks its side (0 for neutral terms). */
  weight: number;
  use: TermUse;
  /** The variant as written in the pack. */
  term: string;
  source: string;
  /** Name of the context rule the term passed, when it needed one. */
  context?: string | undefined;
  /** What the context rule found: the place a `territory` term is about, the people a `victim-people` term is said of. */
  about?: string | undefined;
  note?: string | undefined;
}

/** Rule id of a variant: `terminology/<pack>/<concept>/<variant>`. */
export function terminologyRule(pack: string, concept: string, variant: string): string {
  return `${ID}/${pack}/${concept}/${variant}`;
}

/**
 * A detector over `packs` (bound once): for every pack relevant to the document, each term of
 * the pack's concepts as a finding saying whose usage it is, the neutral form, and the source
 * (“Artsakh” is the Armenian side's usage for the disputed region; neutral usage: “Nagorno-Karabakh”
 * (source: Armenian official usage)). Terms in scare quotes, quotations or attributions keep a lower confidence;
 * neutral terms are reported at `NEUTRAL_CONFIDENCE`, so the side reading can count them.
 *
 * @example
 * const detector = createTerminologyDetector(loadPacks());
 * detector.detect(parse(text)).map((f) => f.data?.side); // ['armenia', 'armenia', 'neutral', …]
 */
export function createTerminologyDetector(packs: readonly Pack[]): Detector {
  const scanner = packScanner(packs);
  const rules = packs.flatMap((p) => p.concepts.flatMap((c) => c.variants.map((v) => terminologyRule(p.id, c.id, v.rule))));
  const version = `${VERSION}+${sha256(stableStringify(packs.map((p) => [p.id, p.version, p])), 10)}`;
  return {
    id: ID,
    description: 'Words that mark whose side a text takes in a conflict (place names, names of events and groups, verbs of taking land), with the neutral form style guides give.',
    version,
    rules: () => rules,
    detect(doc, options) {
      const findings: Finding[] = [];
      for (const reading of scanner.read(doc)) {
        if (!reading.relevant) continue;
        for (const hit of reading.terms) findings.push(termFinding(doc, reading.pack, hit));
      }
      return finish(findings, options);
    },
  };
}

/**
 * The finding for one term: its reason names the side, the concept, the neutral form and the source.
 *
 * @example
 * termFinding(doc, karabakh, hit).reason; // '“Artsakh” is the Armenian side's usage for the disputed region; neutral usage: “Nagorno-Karabakh” (source: Armenian official usage).'
 */
export function termFinding(doc: ParsedDoc, pack: Pack, hit: TermHit): Finding {
  const text = slice(doc, hit.start, hit.end);
  const { concept, variant } = hit;
  const neutral = variant.neutral ?? concept.neutral;
  const source = pack.sources.find((s) => s.id === variant.source);
  const per = source === undefined ? '' : ` (source: ${source.short ?? source.citation})`;
  const isNeutral = hit.side === NEUTRAL;
  const sideName = pack.sides.find((s) => s.id === hit.side)?.name ?? hit.side;
  // "occupied, about “Karabakh”,": what the context rule found, so a reader sees why the term counts.
  const about = hit.about === undefined ? '' : `, ${variant.context === 'victim-people' ? 'said of' : 'about'} ${evidence(doc.text.slice(hit.about.start, hit.about.end))},`;
  let reason: string;
  if (isNeutral) reason = `${evidence(text)} is the neutral usage for ${concept.label}${per}.`;
  else {
    const suggestion = neutral === undefined ? '' : `; neutral usage: “${neutral}”`;
    const how = USE_NOTES[hit.use];
    reason = `${evidence(text)}${about} is the ${sideName} side's usage for ${concept.label}${how}${suggestion}${per}.`;
  }
  const data: TerminologyData = {
    pack: pack.id,
    concept: concept.id,
    side: hit.side,
    ...(neutral === undefined ? {} : { neutral }),
    weight: variant.weight,
    use: hit.use,
    term: variant.term,
    source: variant.source,
    ...(variant.context === undefined ? {} : { context: variant.context }),
    ...(hit.about === undefined ? {} : { about: doc.text.slice(hit.about.start, hit.about.end) }),
    ...(variant.note === undefined ? {} : { note: variant.note }),
  };
  return {
    detector: ID,
    rule: terminologyRule(pack.id, concept.id, variant.rule),
    label: isNeutral ? 'Neutral term' : 'Side-marking term',
    start: hit.start,
    end: hit.end,
    text,
    reason,
    confidence: isNeutral ? NEUTRAL_CONFIDENCE : confidence(variant.weight * USE_FACTOR[hit.use]),
    data: data as unknown as Record<string, unknown>,
  };
}

const USE_NOTES: Readonly<Record<TermUse, string>> = {
  used: '',
  quoted: ', here inside a quotation (the speaker’s word, perhaps not the writer’s)',
  mention: ', here set off in scare quotes or after “so-called” (the writer distances from it)',
  attributed: ', here attributed to someone rather than used',
};
