/** Where the external datasets are: `SLANT_DATASETS`, else `../shared/datasets` beside the checkout. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SlantError } from '../../core/errors.js';

/** The datasets folder (which may not exist: tests skip, training stops with a clear error). */
export function datasetsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SLANT_DATASETS ?? resolve(fileURLToPath(new URL('../../../../shared/datasets', import.meta.url)));
}

/** A dataset's folder, or a SlantError naming where it was looked for and how to point elsewhere. */
export function requireDataset(name: string, dir = datasetsDir()): string {
  const path = join(dir, name);
  if (!existsSync(path)) {
    throw new SlantError('SLANT_NOT_FOUND', `dataset ${name} not found at ${path}; set SLANT_DATASETS or pass --data to point to the folder that holds it`);
  }
  return path;
}
