/** The tasks of `slant predict` and `slant eval`: an explicit list, one entry per task. */
import { SlantError } from '../core/errors.js';
import type { PredictTask } from './task.js';
import { checkWorthyTask } from './tasks/check-worthy.js';
import { entityRolesTask } from './tasks/entity-roles.js';
import { sideTask } from './tasks/side.js';
import { techniquesClassifyTask } from './tasks/techniques-classify.js';
import { techniquesParagraphsTask } from './tasks/techniques-paragraphs.js';
import { techniquesSpansTask } from './tasks/techniques-spans.js';
import { sentenceBiasTask } from './tasks/sentence-bias.js';
import { subjectivityTask } from './tasks/subjectivity.js';
import { genreTask } from './tasks/genre.js';
import { framesTask } from './tasks/frames.js';
import { hyperpartisanTask } from './tasks/hyperpartisan.js';

/**
 * Every task, in the order `--help` lists them. A new task (sentence bias, subjectivity,
 * check-worthiness, genre, frames, hyperpartisan, entity roles, side) is one more `PredictTask` here.
 */
export const PREDICT_TASKS: readonly PredictTask[] = [techniquesSpansTask, techniquesClassifyTask, techniquesParagraphsTask, sideTask, checkWorthyTask, entityRolesTask, sentenceBiasTask, subjectivityTask, genreTask, framesTask, hyperpartisanTask];

/**
 * The task named `name`, or a `SLANT_USAGE` error listing the tasks there are.
 *
 * @example
 * getPredictTask('techniques-spans').description;
 */
export function getPredictTask(name: string): PredictTask {
  const task = PREDICT_TASKS.find((t) => t.name === name);
  if (task === undefined) throw new SlantError('SLANT_USAGE', `unknown task "${name}"; tasks: ${PREDICT_TASKS.map((t) => t.name).join(', ')}`);
  return task;
}
