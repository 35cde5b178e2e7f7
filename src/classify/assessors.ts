/** Document assessors over the shipped classifiers: genre, frames and hyperpartisanship, each with the features behind its reading. */
import type { Finding } from '../core/finding.js';
import type { Assessor, DocumentSignal, ScoredLabel } from '../core/signal.js';
import type { ParsedDoc } from '../nlp/types.js';
import type { TextClassifier } from './classifier.js';
import { loadClassifier } from './load.js';
import { readDoc, ruleDetail } from './read.js';

const VERSION = '1.0.0';

const pct = (s: ScoredLabel): string => `${s.label.replace(/_/g, ' ')} (${s.score.toFixed(2)})`;
const rounded = (labels: readonly ScoredLabel[]): ScoredLabel[] => labels.map((l) => ({ label: l.label, score: Math.round(l.score * 1000) / 1000 }));

/** Too little text to read a document-level property from. */
const MIN_WORDS = 20;

/**
 * The shared frame of the three assessors: id, description, version from the model, no reading for
 * texts under `MIN_WORDS`, and the model's reading of the document handed to `read`.
 */
function classifierAssessor(
  id: string,
  description: string,
  classifier: TextClassifier,
  read: (r: ReturnType<typeof readDoc>, doc: ParsedDoc, findings: readonly Finding[]) => Omit<DocumentSignal, 'id' | 'model'>,
): Assessor {
  return {
    id,
    description,
    version: `${VERSION}+${classifier.id}`,
    assess(doc: ParsedDoc, findings: readonly Finding[]): DocumentSignal | undefined {
      if (doc.wordCount < MIN_WORDS) return undefined;
      return { id, ...read(readDoc(classifier, doc, findings), doc, findings), model: classifier.id };
    },
  };
}

/**
 * The genre of an article (SemEval-2023 Task 3 subtask 1): `opinion`, `reporting` or `satire`, the
 * most probable, with the features that pushed it.
 *
 * @example
 * const genre = createGenreAssessor(loadClassifier('genre')!);
 * genre.assess(parse(text), []); // { id: 'genre', summary: 'Genre: opinion (0.91)', … }
 */
export function createGenreAssessor(classifier: TextClassifier): Assessor {
  return classifierAssessor('genre', 'Whether an article reads as opinion, reporting or satire (a model trained on SemEval-2023 Task 3 articles).', classifier, (r) => {
    const best = r.labels[0] as ScoredLabel;
    return { summary: `Genre: ${pct(best)}`, labels: rounded([best]), scores: rounded(r.scores), evidence: classifier.evidence(r.vector, best.label) };
  });
}

/**
 * The frames of an article (SemEval-2023 Task 3 subtask 2, after the Media Frames Corpus): every
 * frame whose probability reaches the model's threshold, best first, each with its two strongest
 * features. `labels` may be empty when no frame is clear.
 *
 * @example
 * createFramesAssessor(loadClassifier('frames')!).assess(parse(text), []);
 * // { id: 'frames', summary: 'Frames: Political (0.71), Security and defense (0.52)', … }
 */
export function createFramesAssessor(classifier: TextClassifier): Assessor {
  return classifierAssessor('frames', 'Which frames an article uses (economic, security, morality, …: the 14 of SemEval-2023 Task 3).', classifier, (r) => {
    const top = r.scores[0] as ScoredLabel;
    const summary =
      r.labels.length === 0
        ? `Frames: none clear (best ${pct(top)}, below ${classifier.threshold})`
        : `Frames: ${r.labels.map(pct).join(', ')}`;
    const evidence = (r.labels.length === 0 ? [top] : r.labels).flatMap((l) => classifier.evidence(r.vector, l.label, 2).map((e) => `${l.label.replace(/_/g, ' ')}: ${e}`));
    return { summary, labels: rounded(r.labels), scores: rounded(r.scores), evidence };
  });
}

/**
 * Whether an article is hyperpartisan (SemEval-2019 Task 4: extreme one-sidedness, blind loyalty
 * to one party): label `true` or `false` as in the dataset, with the features that pushed it. The
 * model also reads the rule detectors' findings.
 *
 * @example
 * createHyperpartisanAssessor(loadClassifier('hyperpartisan')!).assess(doc, findings);
 * // { id: 'hyperpartisan', summary: 'Hyperpartisan: yes (0.83)', labels: [{ label: 'true', score: 0.83 }], … }
 */
export function createHyperpartisanAssessor(classifier: TextClassifier): Assessor {
  return classifierAssessor(
    'hyperpartisan',
    'Whether an article argues with extreme one-sidedness (a model trained on the SemEval-2019 Task 4 by-article data).',
    classifier,
    (r, doc, findings) => {
      const best = r.labels[0] as ScoredLabel;
      return {
        summary: `Hyperpartisan: ${best.label === 'true' ? 'yes' : 'no'} (${best.score.toFixed(2)}; threshold ${classifier.threshold})`,
        labels: rounded([best]),
        scores: rounded(r.scores),
        evidence: classifier.evidence(r.vector, best.label, 5, ruleDetail(findings, 0, doc.text.length)),
      };
    },
  );
}

/**
 * The assessors whose models are in models/, in a fixed order (genre, frames, hyperpartisan); an
 * absent model leaves its assessor out.
 *
 * @example
 * const assessors = createClassifierAssessors();
 */
export function createClassifierAssessors(load: typeof loadClassifier = loadClassifier): Assessor[] {
  const out: Assessor[] = [];
  const genre = load('genre');
  if (genre !== undefined) out.push(createGenreAssessor(genre));
  const frames = load('frames');
  if (frames !== undefined) out.push(createFramesAssessor(frames));
  const hyperpartisan = load('hyperpartisan');
  if (hyperpartisan !== undefined) out.push(createHyperpartisanAssessor(hyperpartisan));
  return out;
}
