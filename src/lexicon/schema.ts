/** The lexicon format: zod schemas for `data/lexicons/*.yml` and the compiled shape detectors read. */
import { z } from 'zod';

/**
 * How an entry's words are compared with a document's tokens. `lemma` (the default) compares
 * dictionary forms, so `slaughter` also matches "slaughtered"; `exact` compares lower-cased
 * surface forms only, for words whose other forms mean something else (`lies` but not "lie down").
 */
export const MATCH_MODES = ['lemma', 'exact'] as const;
export type MatchMode = (typeof MATCH_MODES)[number];

const trimmed = (what: string): z.ZodString =>
  z
    .string({ error: `${what} must be a string` })
    .trim()
    .min(1, { error: `${what} is empty` });

const weight = z
  .number({ error: 'weight must be a number between 0 and 1' })
  .refine((w) => w >= 0 && w <= 1, { error: (issue) => `weight must be between 0 and 1, got ${String(issue.input)}` });

/** A work a lexicon cites: guidelines, a paper, a word-list package. */
export const SourceSchema = z
  .object({
    id: trimmed('source id').regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'source id must be kebab-case (a-z, 0-9, -)' }),
    citation: trimmed('citation'),
    url: z.url({ error: 'url must be a URL' }).optional(),
    licence: trimmed('licence').optional(),
  })
  .strict();

/** One term as written in YAML. */
export const EntrySchema = z
  .object({
    term: trimmed('term'),
    forms: z.array(trimmed('form')).optional(),
    match: z.enum(MATCH_MODES, { error: `match must be one of ${MATCH_MODES.join(', ')}` }).optional(),
    weight,
    category: trimmed('category').optional(),
    polarity: z.enum(['negative', 'positive', 'neutral'], { error: 'polarity must be negative, positive or neutral' }).optional(),
    note: trimmed('note').optional(),
    source: trimmed('source'),
  })
  .strict();

/** A word list pulled from an npm package at build time (the package must be known to the compiler). */
export const IncludeSchema = z
  .object({
    package: trimmed('package'),
    weight,
    source: trimmed('source'),
    match: z.enum(MATCH_MODES).optional(),
    category: trimmed('category').optional(),
    /** Words of the package left out, each a word the package really lists (typos fail the build). */
    exclude: z.array(trimmed('excluded word')).optional(),
    /** Why the include and its exclusions are what they are. */
    note: trimmed('note').optional(),
  })
  .strict();

/** A whole lexicon file. */
export const LexiconFileSchema = z
  .object({
    id: trimmed('id').regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'id must be kebab-case (a-z, 0-9, -)' }),
    title: trimmed('title'),
    description: trimmed('description'),
    version: trimmed('version'),
    sources: z.array(SourceSchema).min(1, { error: 'sources must list at least one source' }),
    include: z.array(IncludeSchema).optional(),
    entries: z.array(z.unknown()).optional(),
  })
  .strict();

export type LexiconSource = z.infer<typeof SourceSchema>;
export type LexiconInclude = z.infer<typeof IncludeSchema>;

/** A compiled entry: defaults filled in, `rule` derived from the term. */
export interface LexiconEntry {
  term: string;
  /** Stable slug of the term, unique in its lexicon: the last part of a finding's rule id. */
  rule: string;
  forms: string[];
  match: MatchMode;
  weight: number;
  category?: string | undefined;
  polarity?: 'negative' | 'positive' | 'neutral' | undefined;
  note?: string | undefined;
  /** Id of a source in the lexicon's `sources`. */
  source: string;
  /** The npm package the term came from, when it was included rather than written. */
  from?: string | undefined;
}

/** A compiled lexicon, as written to `src/generated/lexicons.json`. */
export interface Lexicon {
  id: string;
  title: string;
  description: string;
  version: string;
  sources: LexiconSource[];
  /** Includes as declared, kept for the generated docs. */
  include: LexiconInclude[];
  entries: LexiconEntry[];
}

/** The generated file's shape, checked again when it is loaded. */
export const CompiledFileSchema = z.object({
  format: z.literal(1),
  lexicons: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      version: z.string(),
      sources: z.array(SourceSchema),
      include: z.array(IncludeSchema),
      entries: z.array(
        z.object({
          term: z.string().min(1),
          rule: z.string().min(1),
          forms: z.array(z.string()),
          match: z.enum(MATCH_MODES),
          weight: z.number().min(0).max(1),
          category: z.string().optional(),
          polarity: z.enum(['negative', 'positive', 'neutral']).optional(),
          note: z.string().optional(),
          source: z.string(),
          from: z.string().optional(),
        }),
      ),
    }),
  ),
});

export type CompiledFile = z.infer<typeof CompiledFileSchema>;
