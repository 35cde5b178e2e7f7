/** The evaluators of the prediction tasks: gold data, model inputs and official metrics per task, as an explicit list. */
import { z } from 'zod';
import { SlantError } from '../core/errors.js';
import { LineIdSchema, OffsetsSchema, TextSchema } from '../predict/schemas.js';
import { techniquesClassifyTask, type TechniquesClassifyInput, type TechniquesClassifyOutput } from '../predict/tasks/techniques-classify.js';
import { techniquesParagraphsTask, type TechniquesParagraphsInput, type TechniquesParagraphsOutput } from '../predict/tasks/techniques-paragraphs.js';
import { techniquesSpansTask, type TechniquesSpansInput, type TechniquesSpansOutput } from '../predict/tasks/techniques-spans.js';
import { loadTaxonomy } from '../techniques/taxonomy.js';
import { loadPtc } from '../train/datasets/ptc.js';
import { requireDataset } from '../train/datasets/paths.js';
import { loadSemeval2023Paragraphs } from '../train/datasets/semeval2023.js';
import { alignSpanLabels } from './align.js';
import type { GoldItem, TaskEvaluator, TechniqueRow } from './evaluator.js';
import { multiLabelScore, siScore, tcScore, type LabelCounts, type PRF } from './metrics.js';
import { spanScoreByTechnique, type LabelledSpan } from './span-techniques.js';

export interface GoldSpans extends GoldItem {
  spans: LabelledSpan[];
}

export interface GoldParagraph extends GoldItem {
  labels: string[];
}

const groupDefault = <T extends { id: string | number; group?: string | undefined }>(v: T): T & { group: string } => ({ ...v, group: v.group ?? String(v.id) });

/** A gold line of the span tasks: `{id, text, spans: [{start, end, technique}], group?}`. */
export const GoldSpansSchema = z
  .object({
    id: LineIdSchema,
    text: TextSchema,
    spans: z.array(OffsetsSchema.extend({ technique: z.string().min(1) })),
    group: z.string().min(1).optional(),
  })
  .transform(groupDefault);

/** A gold line of the paragraph task: `{id, text, labels: [...], group?}`. */
export const GoldParagraphSchema = z
  .object({
    id: LineIdSchema,
    text: TextSchema,
    labels: z.array(z.string().min(1)),
    group: z.string().min(1).optional(),
  })
  .transform(groupDefault);

const PTC = 'ptc-semeval2020-task11';
const SEMEVAL2023 = 'semeval2023-task3-en';

function loadPtcGold(datasetsDir: string): GoldSpans[] {
  return loadPtc(requireDataset(PTC, datasetsDir)).map((a) => ({ id: a.id, group: a.id, text: a.text, spans: a.spans }));
}

function rows(perLabel: Map<string, PRF & LabelCounts>): TechniqueRow[] {
  return [...perLabel].map(([technique, s]) => ({ technique, support: s.support, predicted: s.tp + s.fp, precision: s.precision, recall: s.recall, f1: s.f1 }));
}

function missing(count: number, what: string): string[] {
  return count === 0 ? [] : [`${count} ${what} had no prediction and count as answered with nothing`];
}

/** SI (labels ignored) and full detection (labels must match), per technique. */
export const techniquesSpansEvaluator: TaskEvaluator<GoldSpans, TechniquesSpansInput, TechniquesSpansOutput> = {
  task: techniquesSpansTask,
  goldSchema: GoldSpansSchema,
  describeBuiltIn: () => `PTC train (${PTC}): articles with technique spans`,
  loadBuiltIn: loadPtcGold,
  toInput: ({ id, text }) => ({ id, text }),
  score(items) {
    const docs = items.map(({ gold, pred }) => ({ gold: gold.spans, pred: pred?.spans ?? [] }));
    const si = siScore(docs);
    const full = spanScoreByTechnique(docs);
    return {
      headline: [
        { name: 'SI F1', value: si.f1 },
        { name: 'SI precision', value: si.precision },
        { name: 'SI recall', value: si.recall },
        { name: 'full F1', value: full.overall.f1 },
        { name: 'full precision', value: full.overall.precision },
        { name: 'full recall', value: full.overall.recall },
      ],
      perTechnique: [...full.perTechnique].map(([technique, s]) => ({ technique, ...s })),
      notes: [
        `${si.gold} gold and ${si.predicted} predicted spans after merging overlaps per document (SI); the table scores each technique on its own spans`,
        ...missing(items.filter((i) => i.pred === undefined).length, 'documents'),
      ],
    };
  },
};

/** TC: one label per given span, micro-F1 over spans. */
export const techniquesClassifyEvaluator: TaskEvaluator<GoldSpans, TechniquesClassifyInput, TechniquesClassifyOutput> = {
  task: techniquesClassifyTask,
  goldSchema: GoldSpansSchema,
  describeBuiltIn: () => `PTC train (${PTC}): the gold spans, one line per span and technique`,
  loadBuiltIn: loadPtcGold,
  toInput: ({ id, text, spans }) => ({ id, text, spans: spans.map(({ start, end }) => ({ start, end })) }),
  score(items) {
    let unmatched = 0;
    const pairs = items.flatMap(({ gold, pred }) => {
      const aligned = alignSpanLabels(gold.spans, pred?.spans ?? []);
      unmatched += aligned.unmatched;
      return aligned.pairs;
    });
    const s = tcScore(pairs, loadTaxonomy().ptcLabels.map((l) => l.id), { absentLabels: 'zero' });
    return {
      headline: [
        { name: 'micro-F1', value: s.micro.f1 },
        { name: 'macro-F1', value: s.macro.f1 },
      ],
      perTechnique: rows(s.perLabel),
      notes: [
        `${pairs.length} gold spans; ${pairs.filter((p) => p.pred === undefined).length} got no label`,
        ...(unmatched === 0 ? [] : [`${unmatched} predicted labels were for spans not in the gold, or extra, and were ignored`]),
        ...missing(items.filter((i) => i.pred === undefined).length, 'documents'),
      ],
    };
  },
};

/** SemEval-2023 subtask 3: multi-label micro- and macro-F1 over paragraphs. */
export const techniquesParagraphsEvaluator: TaskEvaluator<GoldParagraph, TechniquesParagraphsInput, TechniquesParagraphsOutput> = {
  task: techniquesParagraphsTask,
  goldSchema: GoldParagraphSchema,
  describeBuiltIn: () => `SemEval-2023 Task 3 train (${SEMEVAL2023}): paragraphs with technique labels, grouped by article`,
  loadBuiltIn: (datasetsDir) =>
    loadSemeval2023Paragraphs(requireDataset(SEMEVAL2023, datasetsDir)).map((p) => ({ id: p.id, group: p.articleId, text: p.text, labels: p.labels })),
  toInput: ({ id, text }) => ({ id, text }),
  score(items) {
    const s = multiLabelScore(
      items.map(({ gold, pred }) => ({ gold: gold.labels, pred: pred?.labels ?? [] })),
      loadTaxonomy().techniques.map((t) => t.id),
      { absentLabels: 'zero' },
    );
    return {
      headline: [
        { name: 'micro-F1', value: s.micro.f1 },
        { name: 'macro-F1', value: s.macro.f1 },
        { name: 'micro precision', value: s.micro.precision },
        { name: 'micro recall', value: s.micro.recall },
      ],
      perTechnique: rows(s.perLabel),
      notes: [
        `${items.length} paragraphs, ${items.filter((i) => i.gold.labels.length > 0).length} with at least one technique`,
        ...missing(items.filter((i) => i.pred === undefined).length, 'paragraphs'),
      ],
    };
  },
};

/** Every evaluator, one per task of `slant predict` that has labelled data. */
export const EVALUATORS: readonly TaskEvaluator[] = [techniquesSpansEvaluator, techniquesClassifyEvaluator, techniquesParagraphsEvaluator];

/**
 * The evaluator of `task`, or a `SLANT_USAGE` error listing the tasks that can be evaluated.
 *
 * @example
 * getEvaluator('techniques-classify').describeBuiltIn();
 */
export function getEvaluator(task: string): TaskEvaluator {
  const found = EVALUATORS.find((e) => e.task.name === task);
  if (found === undefined) throw new SlantError('SLANT_USAGE', `unknown task "${task}"; tasks that can be evaluated: ${EVALUATORS.map((e) => e.task.name).join(', ')}`);
  return found;
}
