/** The terminology pack format: zod schemas for `data/packs/*.yml` and the compiled shape the lens reads. */
import { z } from 'zod';
import { MATCH_MODES, SourceSchema, type MatchMode } from '../lexicon/schema.js';

/** The side value of a variant that marks no side: the form style guides recommend. */
export const NEUTRAL = 'neutral';
/** The side value of an actor that belongs to no side (a mediator, a neighbour, an organisation). */
export const NO_SIDE = 'none';
/** Labels of a side reading that are not side ids; no side may be called this. */
export const RESERVED_SIDE_IDS = [NEUTRAL, NO_SIDE, 'mixed'] as const;

export const ACTOR_KINDS = ['person', 'organisation', 'state', 'group', 'place'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * What a concept is about. The first five are names proper to one conflict, so their variants
 * (neutral ones included) are the anchors that make a pack relevant to a document; `action`,
 * `label` and `framing` hold words that occur in any conflict ("occupied", "terrorists").
 */
export const CONCEPT_KINDS = ['place', 'name', 'event', 'group', 'people', 'action', 'label', 'framing'] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];
export const ANCHOR_KINDS: ReadonlySet<ConceptKind> = new Set(['place', 'name', 'event', 'group', 'people']);

/**
 * Named context rules a variant may require (see `src/packs/context.ts`):
 * - `territory`: the word is about a territory of the pack ("occupied Karabakh", "occupied
 *   territories", "Crimea is occupied"), not about a seat or a parking space;
 * - `proper-noun`: written with a capital, as a name ("Patriotic War", not "a patriotic war");
 * - `victim-people`: the side is the one whose people are named as the ones it happened to
 *   ("ethnically cleansed Azerbaijanis", "ethnic cleansing of Armenians"); such a variant has no `side`.
 */
export const CONTEXT_RULES = ['territory', 'proper-noun', 'victim-people'] as const;
export type ContextRule = (typeof CONTEXT_RULES)[number];

/** How a term set off alone in quotation marks is read (see `VariantSchema.quotes`). */
export const QUOTE_READINGS = ['distance', 'cite'] as const;
export type QuoteReading = (typeof QUOTE_READINGS)[number];

const trimmed = (what: string): z.ZodString =>
  z
    .string({ error: `${what} must be a string` })
    .trim()
    .min(1, { error: `${what} is empty` });

const kebab = (what: string): z.ZodString => trimmed(what).regex(/^[a-z0-9][a-z0-9-]*$/, { error: `${what} must be kebab-case (a-z, 0-9, -)` });

const weight = z
  .number({ error: 'weight must be a number between 0 and 1' })
  .refine((w) => w > 0 && w <= 1, { error: (issue) => `weight must be above 0 and at most 1, got ${String(issue.input)}` });

/** A work a pack cites, as lexicons cite them, with a short name for reasons ("AP Stylebook"). */
export const PackSourceSchema = SourceSchema.extend({ short: trimmed('short').optional() }).strict();

/** One party whose usage the pack records. */
export const SideSchema = z
  .object({
    id: kebab('side id'),
    /** Adjective or short name used in reasons: "the Armenian side's usage". */
    name: trimmed('side name'),
    description: trimmed('side description'),
  })
  .strict();

/** A person, organisation, state, group or place the conflict's texts name. */
export const ActorSchema = z
  .object({
    name: trimmed('name'),
    kind: z.enum(ACTOR_KINDS, { error: `kind must be one of ${ACTOR_KINDS.join(', ')}` }),
    aliases: z.array(trimmed('alias')).optional(),
    /** A side id, or `none`. */
    side: trimmed('side').optional(),
    /** What a metonym stands for: "Baku" → "the government of Azerbaijan". */
    standsFor: trimmed('standsFor').optional(),
    /** False for names too common elsewhere to show that a text is about this conflict ("Russia" in a Karabakh pack). */
    anchor: z.boolean({ error: 'anchor must be true or false' }).optional(),
    note: trimmed('note').optional(),
    source: trimmed('source').optional(),
  })
  .strict();

/** One way of naming a concept, with the side whose usage it marks. */
export const VariantSchema = z
  .object({
    term: trimmed('term'),
    forms: z.array(trimmed('form')).optional(),
    match: z.enum(MATCH_MODES, { error: `match must be one of ${MATCH_MODES.join(', ')}` }).optional(),
    /** A side id, or `neutral`; left out only with `context: victim-people`. */
    side: trimmed('side').optional(),
    /** How strongly the variant marks its side, in (0, 1]; left out for neutral variants. */
    weight: weight.optional(),
    /** The neutral form for this variant, when it differs from the concept's. */
    neutral: trimmed('neutral').optional(),
    context: z.enum(CONTEXT_RULES, { error: `context must be one of ${CONTEXT_RULES.join(', ')}` }).optional(),
    /** False for a generic word inside an anchor concept. */
    anchor: z.boolean({ error: 'anchor must be true or false' }).optional(),
    /**
     * What quotation marks around the term alone mean: `distance` (the default: scare quotes, the
     * writer keeps away from the other side's word) or `cite` (a coined label quoted as such, e.g.
     * ‘caviar diplomacy’), which counts like a quotation.
     */
    quotes: z.enum(QUOTE_READINGS, { error: `quotes must be one of ${QUOTE_READINGS.join(', ')}` }).optional(),
    note: trimmed('note').optional(),
    source: trimmed('source'),
  })
  .strict();

/** A referent or event and the ways each side names it. */
export const ConceptSchema = z
  .object({
    id: kebab('concept id'),
    /** What the variants refer to, as a reason reads it: "the disputed region". */
    label: trimmed('label'),
    kind: z.enum(CONCEPT_KINDS, { error: `kind must be one of ${CONCEPT_KINDS.join(', ')}` }),
    /** The neutral form style guides give, for every variant that does not name its own. */
    neutral: trimmed('neutral').optional(),
    note: trimmed('note').optional(),
    variants: z.array(z.unknown()).min(1, { error: 'variants must list at least one variant' }),
  })
  .strict();

/** A phrase listed so that a shorter variant inside it does not match ("Great Patriotic War" keeps "Patriotic War" quiet). */
export const IgnoreSchema = z
  .object({
    term: trimmed('term'),
    forms: z.array(trimmed('form')).optional(),
    match: z.enum(MATCH_MODES).optional(),
    note: trimmed('note'),
  })
  .strict();

/** A whole pack file. */
export const PackFileSchema = z
  .object({
    id: kebab('id'),
    title: trimmed('title'),
    description: trimmed('description'),
    version: trimmed('version'),
    sources: z.array(PackSourceSchema).min(1, { error: 'sources must list at least one source' }),
    sides: z.array(SideSchema).min(2, { error: 'sides must list at least two sides' }),
    actors: z.array(z.unknown()).optional(),
    concepts: z.array(z.unknown()).min(1, { error: 'concepts must list at least one concept' }),
    ignore: z.array(z.unknown()).optional(),
  })
  .strict();

export type PackSource = z.infer<typeof PackSourceSchema>;
export type PackSide = z.infer<typeof SideSchema>;

/** A compiled variant: defaults filled in, `rule` derived from the term. */
export interface PackVariant {
  term: string;
  /** Slug of the term, unique in its concept: the last part of a finding's rule id. */
  rule: string;
  forms: string[];
  match: MatchMode;
  /** A side id or `neutral`; undefined when `context` is `victim-people`. */
  side?: string | undefined;
  /** In (0, 1]; 0 for neutral variants. */
  weight: number;
  neutral?: string | undefined;
  context?: ContextRule | undefined;
  /** Whether a match shows the text is about this conflict. */
  anchor: boolean;
  /** Set only when `cite`: quotation marks around the term alone cite it rather than distance from it. */
  quotes?: QuoteReading | undefined;
  note?: string | undefined;
  source: string;
}

export interface PackConcept {
  id: string;
  label: string;
  kind: ConceptKind;
  neutral?: string | undefined;
  note?: string | undefined;
  variants: PackVariant[];
}

export interface PackActor {
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** A side id, or undefined for none. */
  side?: string | undefined;
  standsFor?: string | undefined;
  anchor: boolean;
  note?: string | undefined;
  source?: string | undefined;
}

export interface PackIgnore {
  term: string;
  forms: string[];
  match: MatchMode;
  note: string;
}

/** A compiled pack, as written to `src/generated/packs.json`. */
export interface Pack {
  id: string;
  title: string;
  description: string;
  version: string;
  sources: PackSource[];
  sides: PackSide[];
  actors: PackActor[];
  concepts: PackConcept[];
  ignore: PackIgnore[];
}

const CompiledVariantSchema = z.object({
  term: z.string().min(1),
  rule: z.string().min(1),
  forms: z.array(z.string()),
  match: z.enum(MATCH_MODES),
  side: z.string().optional(),
  weight: z.number().min(0).max(1),
  neutral: z.string().optional(),
  context: z.enum(CONTEXT_RULES).optional(),
  anchor: z.boolean(),
  quotes: z.enum(QUOTE_READINGS).optional(),
  note: z.string().optional(),
  source: z.string(),
});

/** The generated file's shape, checked again when it is loaded. */
export const CompiledPacksSchema = z.object({
  format: z.literal(1),
  packs: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      version: z.string(),
      sources: z.array(PackSourceSchema),
      sides: z.array(SideSchema),
      actors: z.array(
        z.object({
          name: z.string(),
          kind: z.enum(ACTOR_KINDS),
          aliases: z.array(z.string()),
          side: z.string().optional(),
          standsFor: z.string().optional(),
          anchor: z.boolean(),
          note: z.string().optional(),
          source: z.string().optional(),
        }),
      ),
      concepts: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          kind: z.enum(CONCEPT_KINDS),
          neutral: z.string().optional(),
          note: z.string().optional(),
          variants: z.array(CompiledVariantSchema),
        }),
      ),
      ignore: z.array(z.object({ term: z.string(), forms: z.array(z.string()), match: z.enum(MATCH_MODES), note: z.string() })),
    }),
  ),
});

export type CompiledPacks = z.infer<typeof CompiledPacksSchema>;
