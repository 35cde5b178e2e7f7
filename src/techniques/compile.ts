/** The taxonomy compiler: reads `data/techniques.yml`, validates every entry and mapping, and reports each problem. */
import { describeIssue, readDataFile, type DataFileError } from '../core/data-file.js';
import type { z } from 'zod';
import {
  CategorySchema,
  PtcLabelSchema,
  PtcTechniqueSchema,
  TaxonomyFileSchema,
  TECHNIQUE_CATEGORIES,
  TechniqueSchema,
  type PtcLabel,
  type PtcTechnique,
  type Taxonomy,
  type Technique,
  type TechniqueCategory,
  type TechniqueCategoryEntry,
} from './schema.js';

/** One problem found while compiling; `entry` is `section[n] "id"`, e.g. `techniques[3] "Doubt"`. */
export type TaxonomyError = DataFileError;

export interface TaxonomyCompileResult {
  /** The compiled taxonomy; undefined when there was any error. */
  taxonomy: Taxonomy | undefined;
  /** Every problem found, in file order. Non-empty means the build must fail. */
  errors: TaxonomyError[];
}

/**
 * `file: entry: message`, the one line the build prints per problem.
 *
 * @example
 * formatTaxonomyError({ file: 'techniques.yml', entry: 'techniques[1] "Doubt"', message: 'unknown category "x"' });
 * // 'techniques.yml: techniques[1] "Doubt": unknown category "x"'
 */
export function formatTaxonomyError(error: TaxonomyError): string {
  return error.entry === undefined ? `${error.file}: ${error.message}` : `${error.file}: ${error.entry}: ${error.message}`;
}

/**
 * Compiles the taxonomy YAML in `source`. Never throws on bad data: each problem becomes a
 * `TaxonomyError`, and any error leaves `taxonomy` undefined.
 *
 * Checked: YAML syntax and duplicate keys; unknown keys and missing fields; categories other than
 * the six of SemEval-2023, or missing ones; duplicate ids in every section; techniques in
 * undeclared categories; sources that the header does not declare; duplicate cues; PTC labels that
 * map to unknown techniques, or two labels claiming one technique; PTC techniques folded into
 * unknown labels, or mapped to a SemEval-2023 technique that their label does not cover.
 *
 * @example
 * const { taxonomy, errors } = compileTaxonomy(readFileSync('data/techniques.yml', 'utf8'));
 * if (errors.length > 0) console.error(errors.map(formatTaxonomyError).join('\n'));
 */
export function compileTaxonomy(source: string, file = 'techniques.yml'): TaxonomyCompileResult {
  const errors: TaxonomyError[] = [];
  const fail = (message: string, entry?: string): void => void errors.push({ file, entry, message });
  const data = readDataFile(file, source, TaxonomyFileSchema, errors);
  if (data === undefined) return { taxonomy: undefined, errors };

  const sourceIds = new Set<string>();
  for (const s of data.sources) {
    if (sourceIds.has(s.id)) fail(`source id "${s.id}" is declared twice`);
    sourceIds.add(s.id);
  }
  const checkSource = (sourceId: string, entry: string): void => {
    if (!sourceIds.has(sourceId)) fail(`unknown source "${sourceId}"; declared sources: ${[...sourceIds].join(', ')}`, entry);
  };

  /** Parses each entry of a section with its schema, reporting problems and duplicate ids. */
  const section = <T extends { id: string }>(name: string, items: readonly unknown[], schema: z.ZodType<T>): Array<{ value: T; entry: string }> => {
    const out: Array<{ value: T; entry: string }> = [];
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const id = typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : undefined;
      const entry = id === undefined ? `${name}[${index + 1}]` : `${name}[${index + 1}] "${id}"`;
      const parsed = schema.safeParse(item, { reportInput: true });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) fail(describeIssue(issue), entry);
        return;
      }
      if (seen.has(parsed.data.id)) fail(`duplicate id "${parsed.data.id}" in ${name}`, entry);
      seen.add(parsed.data.id);
      out.push({ value: parsed.data, entry });
    });
    return out;
  };

  const known = new Set<string>(TECHNIQUE_CATEGORIES);
  const categories: TechniqueCategoryEntry[] = [];
  for (const { value, entry } of section('categories', data.categories, CategorySchema)) {
    checkSource(value.source, entry);
    if (!known.has(value.id)) fail(`unknown category "${value.id}"; the SemEval-2023 categories are ${TECHNIQUE_CATEGORIES.join(', ')}`, entry);
    else categories.push({ ...value, id: value.id as TechniqueCategory });
  }
  const declared = new Set(categories.map((c) => c.id));
  for (const id of TECHNIQUE_CATEGORIES) if (!declared.has(id)) fail(`category "${id}" is missing from categories`);

  const techniques: Technique[] = [];
  for (const { value, entry } of section('techniques', data.techniques, TechniqueSchema)) {
    checkSource(value.source, entry);
    const cues = new Set<string>();
    for (const cue of value.cues) {
      const key = normalizeCue(cue);
      if (cues.has(key)) fail(`cue "${cue}" is listed twice`, entry);
      cues.add(key);
    }
    if (!declared.has(value.category as TechniqueCategory)) {
      fail(`unknown category "${value.category}"; declared categories: ${[...declared].join(', ')}`, entry);
      continue;
    }
    techniques.push({ ...value, category: value.category as TechniqueCategory });
  }
  const techniqueIds = new Set(techniques.map((t) => t.id));
  for (const category of declared) {
    if (!techniques.some((t) => t.category === category)) fail(`category "${category}" has no techniques`);
  }

  const ptcLabels: PtcLabel[] = [];
  const claimedBy = new Map<string, string>();
  for (const { value, entry } of section('ptcLabels', data.ptcLabels, PtcLabelSchema)) {
    checkSource(value.source, entry);
    const listed = new Set<string>();
    for (const id of value.semeval2023) {
      if (!techniqueIds.has(id)) fail(`maps to unknown SemEval-2023 technique "${id}"`, entry);
      if (listed.has(id)) fail(`lists "${id}" twice`, entry);
      listed.add(id);
      const other = claimedBy.get(id);
      if (other !== undefined && other !== value.id) fail(`maps to "${id}", which PTC label "${other}" already covers`, entry);
      claimedBy.set(id, value.id);
    }
    ptcLabels.push(value);
  }
  const labels = new Map(ptcLabels.map((l) => [l.id, l]));

  const ptcTechniques: PtcTechnique[] = [];
  for (const { value, entry } of section('ptcTechniques', data.ptcTechniques, PtcTechniqueSchema)) {
    checkSource(value.source, entry);
    if (!techniqueIds.has(value.semeval2023)) fail(`maps to unknown SemEval-2023 technique "${value.semeval2023}"`, entry);
    if (value.ptcLabel !== null) {
      const folded = labels.get(value.ptcLabel);
      if (folded === undefined) fail(`folded into unknown PTC label "${value.ptcLabel}"`, entry);
      else if (!folded.semeval2023.includes(value.semeval2023)) {
        fail(`maps to "${value.semeval2023}", but its PTC label "${value.ptcLabel}" covers only ${folded.semeval2023.join(', ')}`, entry);
      }
    }
    ptcTechniques.push(value);
  }

  if (errors.length > 0) return { taxonomy: undefined, errors };
  return { taxonomy: { format: 1, version: data.version, sources: data.sources, categories, techniques, ptcLabels, ptcTechniques }, errors };
}

/**
 * The form cues are compared and matched in: lower case, curly apostrophes folded, punctuation dropped.
 *
 * @example
 * normalizeCue("It's  what it is!"); // "it's what it is"
 */
export function normalizeCue(cue: string): string {
  return cue
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

