/** Test helpers: the packs compiled straight from `data/packs/`, so tests do not depend on a previous build. */
import { fileURLToPath } from 'node:url';
import { compilePacks, formatPackError } from './compile.js';
import type { Pack } from './schema.js';

/** `data/packs/` of this checkout. */
export const PACK_DIR = fileURLToPath(new URL('../../data/packs/', import.meta.url));

let compiled: readonly Pack[] | undefined;

/**
 * The packs compiled from `data/packs/` (cached). Throws with every compile error when the data is bad.
 *
 * @example
 * const detector = createTerminologyDetector(testPacks());
 */
export function testPacks(): readonly Pack[] {
  if (compiled === undefined) {
    const { packs, errors } = compilePacks(PACK_DIR);
    if (errors.length > 0) throw new Error(`data/packs does not compile:\n${errors.map(formatPackError).join('\n')}`);
    compiled = packs;
  }
  return compiled;
}

/** One compiled pack from `data/packs/` by id. */
export function testPack(id: string): Pack {
  const pack = testPacks().find((p) => p.id === id);
  if (pack === undefined) throw new Error(`no pack ${id} in data/packs`);
  return pack;
}

/** A user pack about an invented dispute (Northland and Southland), with the id given and `extra` YAML after Sudhaven's source. */
export function userPack(id: string, extra = ''): string {
  return `id: ${id}
title: Northland–Southland
description: An invented dispute.
version: 1.0.0
sources: [{ id: guide, citation: An invented style guide. }]
sides:
  - { id: north, name: Northern, description: Northland. }
  - { id: south, name: Southern, description: Southland. }
concepts:
  - id: town
    label: the harbour town
    kind: place
    variants:
      - { term: Northport, side: north, weight: 0.8, source: guide }
      - { term: Sudhaven, side: south, weight: 0.8, source: guide${extra} }
`;
}
