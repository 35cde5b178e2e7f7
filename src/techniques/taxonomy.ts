/** The taxonomy loader: reads the compiled `generated/techniques.json` once, and maps between the label sets. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SlantError } from '../core/errors.js';
import { CompiledTaxonomySchema, type Taxonomy, type Technique, type TechniqueCategory } from './schema.js';

/** Where the build writes the compiled taxonomy: `src/generated/` under tsx, `dist/generated/` once built. */
export const COMPILED_TAXONOMY_URL = new URL('../generated/techniques.json', import.meta.url);

const cache = new Map<string, Taxonomy>();

/**
 * Loads the compiled taxonomy (cached per path). Throws `SLANT_DATA_INVALID` when the file is
 * missing or does not have the compiled shape, saying how to rebuild it.
 *
 * @example
 * const { techniques } = loadTaxonomy();
 * techniques.find((t) => t.id === 'Doubt')?.definition;
 */
export function loadTaxonomy(url: URL = COMPILED_TAXONOMY_URL): Taxonomy {
  const path = fileURLToPath(url);
  const cached = cache.get(path);
  if (cached !== undefined) return cached;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SlantError('SLANT_DATA_INVALID', 'compiled taxonomy missing or not JSON; run `npm run build:data` to build it from data/techniques.yml', {
      source: path,
      cause: error,
    });
  }
  const parsed = CompiledTaxonomySchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first === undefined ? '' : ` at ${first.path.map(String).join('.')}: ${first.message}`;
    throw new SlantError('SLANT_DATA_INVALID', `compiled taxonomy has an unexpected shape${where}; run \`npm run build:data\` again`, { source: path });
  }
  const taxonomy: Taxonomy = parsed.data;
  cache.set(path, taxonomy);
  return taxonomy;
}

interface Index {
  techniques: Map<string, Technique>;
  ptcToSemeval2023: Map<string, readonly string[]>;
  semeval2023ToPtc: Map<string, string>;
}

const indexes = new WeakMap<Taxonomy, Index>();

function indexOf(taxonomy: Taxonomy): Index {
  let index = indexes.get(taxonomy);
  if (index === undefined) {
    index = {
      techniques: new Map(taxonomy.techniques.map((t) => [t.id, t])),
      ptcToSemeval2023: new Map(taxonomy.ptcLabels.map((l) => [l.id, l.semeval2023])),
      semeval2023ToPtc: new Map(taxonomy.ptcLabels.flatMap((l) => l.semeval2023.map((id) => [id, l.id] as const))),
    };
    indexes.set(taxonomy, index);
  }
  return index;
}

/**
 * The SemEval-2023 techniques a SemEval-2020 (PTC) label covers, the most frequent in PTC first;
 * `[]` for a string that is not a PTC label.
 *
 * @example
 * ptcToSemeval2023('Whataboutism,Straw_Men,Red_Herring'); // ['Whataboutism', 'Straw_Man', 'Red_Herring']
 */
export function ptcToSemeval2023(label: string, taxonomy: Taxonomy = loadTaxonomy()): readonly string[] {
  return indexOf(taxonomy).ptcToSemeval2023.get(label) ?? [];
}

/**
 * The PTC label that covers a SemEval-2023 technique, or undefined for the techniques PTC does not
 * have (appeal to values, appeal to time, …).
 *
 * @example
 * semeval2023ToPtc('Conversation_Killer'); // 'Thought-terminating_Cliches'
 * semeval2023ToPtc('Appeal_to_Values');    // undefined
 */
export function semeval2023ToPtc(id: string, taxonomy: Taxonomy = loadTaxonomy()): string | undefined {
  return indexOf(taxonomy).semeval2023ToPtc.get(id);
}

/**
 * The category of a technique, given by its SemEval-2023 id or by its PTC label. A PTC label that
 * covers techniques in two categories (`Bandwagon,Reductio_ad_hitlerum`) takes the category of the
 * first, its most frequent one. Undefined for an unknown name.
 *
 * @example
 * categoryOf('Flag_Waving');           // 'justification'
 * categoryOf('Name_Calling,Labeling'); // 'attack-on-reputation'
 */
export function categoryOf(techniqueId: string, taxonomy: Taxonomy = loadTaxonomy()): TechniqueCategory | undefined {
  const index = indexOf(taxonomy);
  const id = index.techniques.has(techniqueId) ? techniqueId : index.ptcToSemeval2023.get(techniqueId)?.[0];
  return id === undefined ? undefined : index.techniques.get(id)?.category;
}

/**
 * The technique with a SemEval-2023 id, or undefined.
 *
 * @example
 * findTechnique('Doubt')?.name; // 'Casting doubt'
 */
export function findTechnique(id: string, taxonomy: Taxonomy = loadTaxonomy()): Technique | undefined {
  return indexOf(taxonomy).techniques.get(id);
}
