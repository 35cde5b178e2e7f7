/** The taxonomy loader: reads the compiled `generated/techniques.json` once, and maps between the label sets. */
import { loadCompiled } from '../core/compiled.js';
import { CompiledTaxonomySchema, type Taxonomy, type Technique, type TechniqueCategory } from './schema.js';

/** Where the build writes the compiled taxonomy: `src/generated/` under tsx, `dist/generated/` once built. */
export const COMPILED_TAXONOMY_URL = new URL('../generated/techniques.json', import.meta.url);

/**
 * Loads the compiled taxonomy (cached per path). Throws `SLANT_DATA_INVALID` when the file is
 * missing or does not have the compiled shape, saying how to rebuild it.
 *
 * @example
 * const { techniques } = loadTaxonomy();
 * techniques.find((t) => t.id === 'Doubt')?.definition;
 */
export function loadTaxonomy(url: URL = COMPILED_TAXONOMY_URL): Taxonomy {
  return loadCompiled(url, CompiledTaxonomySchema, 'compiled technique definitions', 'data/techniques.yml');
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
