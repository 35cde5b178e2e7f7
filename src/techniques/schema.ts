/** The taxonomy format: zod schemas for `data/techniques.yml` and the compiled shape the loader checks. */
import { z } from 'zod';

/**
 * The six technique categories of SemEval-2023 Task 3 (Piskorski et al. 2023), as the category ids
 * findings carry. The taxonomy file must declare exactly these.
 */
export const TECHNIQUE_CATEGORIES = ['attack-on-reputation', 'justification', 'simplification', 'distraction', 'call', 'manipulative-wording'] as const;
export type TechniqueCategory = (typeof TECHNIQUE_CATEGORIES)[number];

const text = (what: string): z.ZodString =>
  z
    .string({ error: `${what} must be a string` })
    .trim()
    .min(1, { error: `${what} is empty` });

/** Label strings as the datasets write them: letters, digits, `_`, `-` and `,` (e.g. `Name_Calling,Labeling`). */
const label = (what: string): z.ZodString => text(what).regex(/^[A-Za-z0-9_,-]+$/, { error: `${what} may hold only letters, digits, _, - and ,` });

export const TaxonomySourceSchema = z
  .object({
    id: text('source id').regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'source id must be kebab-case (a-z, 0-9, -)' }),
    citation: text('citation'),
    url: z.url({ error: 'url must be a URL' }).optional(),
  })
  .strict();

export const CategorySchema = z
  .object({
    id: text('category id'),
    name: text('name'),
    description: text('description'),
    source: text('source'),
  })
  .strict();

/** A SemEval-2023 technique. `id` is the label string of the SemEval-2023 data files. */
export const TechniqueSchema = z
  .object({
    id: label('technique id'),
    name: text('name'),
    category: text('category'),
    definition: text('definition'),
    /** Short example phrases that often signal the technique (lower case; matched as whole words). */
    cues: z.array(text('cue')),
    note: text('note').optional(),
    source: text('source'),
  })
  .strict();

/** One of the 14 SemEval-2020 Task 11 labels and the SemEval-2023 techniques it covers. */
export const PtcLabelSchema = z
  .object({
    id: label('PTC label'),
    name: text('name'),
    semeval2023: z.array(label('SemEval-2023 technique id')).min(1, { error: 'semeval2023 must map to at least one technique' }),
    note: text('note').optional(),
    source: text('source'),
  })
  .strict();

/** One of the 18 techniques of the original PTC, the SemEval-2020 label it was folded into (`null`: dropped), and its SemEval-2023 technique. */
export const PtcTechniqueSchema = z
  .object({
    id: label('PTC technique id'),
    name: text('name'),
    ptcLabel: label('PTC label').nullable(),
    semeval2023: label('SemEval-2023 technique id'),
    note: text('note').optional(),
    source: text('source'),
  })
  .strict();

/** The file's top level; entries are validated one by one so that every bad entry is reported. */
export const TaxonomyFileSchema = z
  .object({
    version: text('version'),
    sources: z.array(TaxonomySourceSchema).min(1, { error: 'sources must list at least one source' }),
    categories: z.array(z.unknown()),
    techniques: z.array(z.unknown()),
    ptcLabels: z.array(z.unknown()),
    ptcTechniques: z.array(z.unknown()),
  })
  .strict();

export type TaxonomySource = z.infer<typeof TaxonomySourceSchema>;
export type TechniqueCategoryEntry = Omit<z.infer<typeof CategorySchema>, 'id'> & { id: TechniqueCategory };
export type Technique = Omit<z.infer<typeof TechniqueSchema>, 'category'> & { category: TechniqueCategory };
export type PtcLabel = z.infer<typeof PtcLabelSchema>;
export type PtcTechnique = z.infer<typeof PtcTechniqueSchema>;

/** The compiled taxonomy, as written to `src/generated/techniques.json`. */
export interface Taxonomy {
  format: 1;
  version: string;
  sources: TaxonomySource[];
  categories: TechniqueCategoryEntry[];
  techniques: Technique[];
  ptcLabels: PtcLabel[];
  ptcTechniques: PtcTechnique[];
}

/** The generated file's shape, checked again when it is loaded. */
export const CompiledTaxonomySchema = z.object({
  format: z.literal(1),
  version: z.string(),
  sources: z.array(TaxonomySourceSchema),
  categories: z.array(CategorySchema.extend({ id: z.enum(TECHNIQUE_CATEGORIES) })),
  techniques: z.array(TechniqueSchema.extend({ category: z.enum(TECHNIQUE_CATEGORIES) })),
  ptcLabels: z.array(PtcLabelSchema),
  ptcTechniques: z.array(PtcTechniqueSchema),
});
