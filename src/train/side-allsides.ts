/** `npm run train -- --only side-allsides`: how well the user-trainable side model separates AllSides left/center/right, folds grouped by story and by outlet. Writes no model. */
import { trainSideFromTexts, type SideModelResult } from '../classify/side-model.js';
import { loadAllSides } from './datasets/allsides.js';
import { requireDataset } from './datasets/paths.js';

export interface AllSidesSideReport {
  /** Folds grouped by story triplet: the same outlets appear in training and test. */
  byStory: NonNullable<SideModelResult['cv']>;
  /** Folds grouped by outlet: every test article comes from an outlet never trained on. */
  byOutlet: NonNullable<SideModelResult['cv']>;
  articles: number;
}

/**
 * Cross-validates the side model's recipe (`trainSideFromTexts`, as `slant train side` uses it) on
 * AllSides twice: grouped by story triplet, as the task asks, and grouped by outlet, which shows how
 * much of the first score is the outlets' house style rather than their side.
 *
 * @example
 * evaluateAllSidesSide({ dataDir: datasetsDir(), folds: 5, seed: 1, log: console.log }).byStory.score.accuracy;
 */
export function evaluateAllSidesSide(options: { dataDir: string; folds: number; seed: number; log: (line: string) => void }): AllSidesSideReport {
  const articles = loadAllSides(requireDataset('allsides-article-bias', options.dataDir));
  const run = (group: (a: (typeof articles)[number]) => string, name: string): NonNullable<SideModelResult['cv']> => {
    options.log(`AllSides, folds grouped by ${name}:`);
    const r = trainSideFromTexts(
      articles.map((a) => ({ text: a.title === '' ? a.text : `${a.title}\n\n${a.text}`, labels: [a.label], group: group(a) })),
      { by: 'side', folds: options.folds, seed: options.seed, log: options.log },
    );
    if (r.cv === undefined) throw new Error('AllSides is large enough to cross-validate');
    const s = r.cv.score;
    options.log(`  accuracy ${s.accuracy.toFixed(3)}, macro-F1 ${s.macro.f1.toFixed(3)} (${s.perLabel.map((l) => `${l.label} ${l.f1.toFixed(3)}`).join(', ')})`);
    return r.cv;
  };
  return { byStory: run((a) => a.triplet, 'story triplet'), byOutlet: run((a) => a.source, 'outlet'), articles: articles.length };
}
