/** slant's version, read once from package.json. */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** The package version; part of every analysis cache key. */
export const VERSION: string = pkg.version;
