/** The HTTP API's request and response schemas: one zod schema per shape, for validation and /openapi.json alike. */
import { z } from '@hono/zod-openapi';

/** Most documents one JSON request may add. */
export const MAX_BATCH = 1000;
/** Most documents or texts one comparison may take. */
export const MAX_COMPARE = 10;

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'SLANT_NOT_FOUND', description: 'A stable SLANT_* code (see docs/api.md)' }),
      message: z.string().openapi({ example: 'no stored document with id 1a2b3c4d' }),
    }),
  })
  .openapi('Error');

const label = z.string().trim().min(1).max(200);

/** Metadata a client may give with a text; the same fields `slant add` reads from files. */
const metaFields = {
  title: z.string().max(1000).optional().describe('Title; for plain text, a short first line followed by a blank line is taken when absent'),
  side: label.optional().describe('Group label, e.g. a party to a dispute'),
  outlet: label.optional(),
  author: z.string().max(500).optional(),
  tags: z.array(label).max(50).optional(),
  url: z.string().max(2000).optional(),
  publishedAt: z.string().max(100).optional().describe('A date; normalized to ISO 8601 when readable, dropped otherwise'),
};

export const DocumentInputSchema = z
  .object({
    text: z.string().min(1, { error: 'text is empty; send the article text' }).describe('The article as plain text'),
    ...metaFields,
  })
  .openapi('DocumentInput');

export const AnalyzeRequestSchema = DocumentInputSchema.extend({
  store: z.boolean().optional().describe('Also store the document (and its analysis); default false'),
}).openapi('AnalyzeRequest');

const formBoolean = z
  .enum(['true', 'false', '1', '0', 'on', 'off'])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'on');

const formTags = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean)))
  .openapi({ type: 'string', description: 'Comma-separated tags (or the field repeated)' });

const fileField = z.file().openapi({ type: 'string', format: 'binary', description: 'A .txt, .md or .html file' });

const formMeta = {
  title: z.string().max(1000).optional(),
  side: label.optional(),
  outlet: label.optional(),
  author: z.string().max(500).optional(),
  tags: formTags,
  url: z.string().max(2000).optional(),
  publishedAt: z.string().max(100).optional(),
};

export const AnalyzeFormSchema = z
  .object({ file: fileField, store: formBoolean.openapi({ type: 'string', enum: ['true', 'false'] }), ...formMeta })
  .openapi('AnalyzeUpload');

export const DocumentsFormSchema = z
  .object({
    file: z
      .union([fileField, z.array(fileField).min(1)])
      .transform((v) => (Array.isArray(v) ? v : [v]))
      .openapi({ type: 'array', items: { type: 'string', format: 'binary' }, description: 'One or more files (repeat the field): .txt, .md, .html, .json, .jsonl, .csv, RSS/Atom' }),
    ...formMeta,
  })
  .openapi('DocumentsUpload');

export const DocumentsRequestSchema = z
  .union([DocumentInputSchema, z.array(DocumentInputSchema).min(1).max(MAX_BATCH)])
  .openapi('DocumentsRequest', { description: `One document, or an array of up to ${MAX_BATCH}` });

export const FindingSchema = z
  .object({
    detector: z.string(),
    rule: z.string(),
    label: z.string(),
    category: z.string().optional(),
    start: z.number().int().describe('Half-open UTF-16 offset into the document text'),
    end: z.number().int(),
    text: z.string().describe('Exactly text.slice(start, end)'),
    reason: z.string(),
    confidence: z.number().min(0).max(1),
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('Finding');

export const SignalSchema = z
  .object({
    id: z.string(),
    summary: z.string(),
    labels: z.array(z.object({ label: z.string(), score: z.number() })),
    scores: z.array(z.object({ label: z.string(), score: z.number() })).optional(),
    evidence: z.array(z.string()),
    model: z.string(),
  })
  .openapi('Signal');

export const SummarySchema = z
  .object({
    words: z.number().int(),
    sentences: z.number().int(),
    paragraphs: z.number().int(),
    findings: z.number().int(),
    byDetector: z.record(z.string(), z.number()),
    byCategory: z.record(z.string(), z.number()),
    per1000Words: z.number(),
  })
  .openapi('Summary');

const documentMeta = {
  id: z.string().openapi({ example: '1a2b3c4d5e6f7a8b' }),
  title: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  publishedAt: z.string().optional(),
  side: z.string().optional(),
  tags: z.array(z.string()).optional(),
  language: z.string().describe('ISO 639-3, or und'),
  source: z.string(),
};

export const DocumentSummarySchema = z
  .object({
    ...documentMeta,
    addedAt: z.string(),
    nearDuplicateOf: z.string().optional(),
    characters: z.number().int(),
  })
  .openapi('DocumentSummary');

export const StoredDocumentSchema = DocumentSummarySchema.extend({ text: z.string() }).openapi('StoredDocument');

export const AnalyzedDocumentSchema = z.object({ ...documentMeta, text: z.string() }).openapi('AnalyzedDocument');

const AnalyzerSchema = z.object({ key: z.string(), version: z.string(), stages: z.array(z.string()) }).openapi('Analyzer');

export const AnalyzeResponseSchema = z
  .object({
    document: AnalyzedDocumentSchema,
    stored: z.enum(['added', 'duplicate']).optional().describe('Present when store was asked for'),
    analyzer: AnalyzerSchema,
    findings: z.array(FindingSchema),
    signals: z.array(SignalSchema),
    summary: SummarySchema,
  })
  .openapi('AnalyzeResponse');

export const AddItemSchema = z
  .object({
    status: z.enum(['added', 'duplicate', 'failed']),
    source: z.string(),
    id: z.string().optional(),
    title: z.string().optional(),
    nearDuplicateOf: z.string().optional(),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  })
  .openapi('AddItem');

export const AddResponseSchema = z
  .object({
    items: z.array(AddItemSchema),
    totals: z.object({ added: z.number().int(), duplicates: z.number().int(), nearDuplicates: z.number().int(), failed: z.number().int() }),
  })
  .openapi('AddResponse');

const limitParam = (fallback: number, max: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(max)
    .default(fallback)
    .openapi({ param: { in: 'query' }, description: `At most this many (1–${max}, default ${fallback})` });

export const ListQuerySchema = z.object({
  side: z.string().optional().openapi({ param: { in: 'query' } }),
  outlet: z.string().optional().openapi({ param: { in: 'query' } }),
  tag: z.string().optional().openapi({ param: { in: 'query' } }),
  limit: limitParam(50, 500),
  offset: z.coerce.number().int().min(0).default(0).openapi({ param: { in: 'query' } }),
});

export const ListResponseSchema = z
  .object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), documents: z.array(DocumentSummarySchema) })
  .openapi('DocumentList');

export const IdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { in: 'path', name: 'id' }, description: 'A document id or a unique prefix of at least 4 characters', example: '1a2b3c4d' }),
});

export const DeleteResponseSchema = z.object({ deleted: z.string() }).openapi('Deleted');

export const StoredAnalysisSchema = z
  .object({
    document: DocumentSummarySchema,
    analyzer: AnalyzerSchema,
    cached: z.boolean().describe('True when a stored analysis with the same analyzer key was reused'),
    createdAt: z.string(),
    findings: z.array(FindingSchema),
    signals: z.array(SignalSchema),
    summary: z.record(z.string(), z.unknown()).describe('Summary figures (as in Summary) plus the document language'),
  })
  .openapi('StoredAnalysis');

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, { error: 'q is empty; give words to look for' }).max(1000).openapi({ param: { in: 'query' }, description: 'SQLite FTS5 query: words, "phrases", OR, NOT, prefix*', example: '"so-called" OR regime' }),
  side: z.string().optional().openapi({ param: { in: 'query' } }),
  limit: limitParam(20, 200),
});

export const SearchResponseSchema = z
  .object({
    query: z.string(),
    hits: z.array(
      z.object({ id: z.string(), title: z.string().optional(), snippet: z.string().describe('Matched terms between « and »'), rank: z.number() }),
    ),
  })
  .openapi('SearchResults');

export const GROUP_FIELDS = ['side', 'outlet', 'tag'] as const;

export const CompareRequestSchema = z
  .object({
    by: z.enum(GROUP_FIELDS).optional().describe('Compare stored documents grouped by this field'),
    documents: z.array(z.string().min(1).max(64)).min(2).max(MAX_COMPARE).optional().describe('Compare these stored documents (ids or unique prefixes), each its own group'),
    texts: z
      .array(z.object({ text: z.string().min(1), title: z.string().max(1000).optional() }))
      .min(2)
      .max(MAX_COMPARE)
      .optional()
      .describe('Compare these posted texts, each its own group (nothing is stored)'),
    top: z.number().int().min(1).max(200).optional().describe('Distinctive terms per group (default 25)'),
  })
  .refine((v) => [v.by, v.documents, v.texts].filter((x) => x !== undefined).length === 1, {
    error: 'give exactly one of by, documents or texts',
  })
  .openapi('CompareRequest');

export const CompareExportQuerySchema = z.object({
  by: z.enum(GROUP_FIELDS).optional().openapi({ param: { in: 'query' }, description: 'Group stored documents by this field (default side)' }),
  documents: z.string().optional().openapi({ param: { in: 'query' }, description: 'Comma-separated ids or prefixes of stored documents to compare instead' }),
  top: z.coerce.number().int().min(1).max(200).optional().openapi({ param: { in: 'query' } }),
});

const ProfileRowSchema = z.object({
  group: z.string(),
  key: z.string(),
  count: z.number(),
  documents: z.number(),
  words: z.number(),
  rate: z.number(),
  low: z.number(),
  high: z.number(),
});

// The lens tables of a comparison, one schema per row type of src/compare/lens-rows.ts. A key the
// code leaves undefined is absent from the JSON, hence `.optional()` where the interface says `| undefined`.

const count = z.number().int().min(0);
const share = z.number().min(0).max(1);

const LensEvidenceSchema = z
  .object({
    docId: z.string(),
    start: z.number().int().min(0).describe('Half-open UTF-16 offset into the document text'),
    end: z.number().int().min(0),
    text: z.string().describe('The span as written'),
  })
  .openapi('LensEvidence', { description: 'A span a reader can check' });

const evidence = z.array(LensEvidenceSchema);

export const NamingRowSchema = z
  .object({
    pack: z.string(),
    concept: z.string(),
    neutral: z.string().optional().describe('The neutral form the pack gives for the concept'),
    group: z.string(),
    variant: z.string().describe('The variant as the pack lists it (or as written)'),
    side: z.string().optional().describe('The side the variant marks (`neutral` for neutral forms)'),
    count,
    documents: count,
    share: share.describe("This variant's share of the group's uses of the concept"),
    divergence: share.describe('Largest total variation distance between two groups’ variant mixes for the concept (1 when one group only names it)'),
    evidence,
  })
  .openapi('NamingRow', { description: 'How often one group uses one variant for one pack concept' });

export const OmissionRowSchema = z
  .object({
    kind: z.enum(['actor', 'place', 'number', 'concept']),
    item: z.string().describe('The actor or place, `number of …`, or `pack/concept`'),
    group: z.string().describe('The group that mentions it'),
    missingFrom: z.array(z.string()).min(1).describe('The groups that never do'),
    mentions: count,
    documents: count,
    centrality: z.number().min(0).describe('Mentions × the share of the group’s documents that mention it'),
    evidence,
  })
  .openapi('OmissionRow', { description: 'Something one group mentions that another never does' });

export const StoryStartRowSchema = z
  .object({
    group: z.string(),
    year: z.number().int(),
    from: z.enum(['date', 'text']).describe('`date`: a claim’s date; `text`: a bare four-digit year in the text'),
    evidence: LensEvidenceSchema,
  })
  .openapi('StoryStartRow', { description: 'The earliest year a group’s documents reach back to' });

export const ClaimRowSchema = z
  .object({
    topic: z.string().describe('What is counted (head word), or the unit when the claim names no thing'),
    unit: z.string().optional(),
    kind: z.string(),
    alignment: z.enum(['agree', 'diverge', 'one-sided']).describe('agree: every figure within 10% of the largest; diverge: groups’ figures do not; one-sided: one group only'),
    group: z.string(),
    values: z.array(z.number()),
    groups: z.array(z.string()).describe('The groups that give a figure for it'),
    evidence: evidence.describe('The figures as written'),
    claims: evidence.describe('The claims that carry them'),
  })
  .openapi('ClaimRow', { description: 'One group’s figures for one quantity, with how the groups’ figures line up' });

export const PortrayalRowSchema = z
  .object({
    actor: z.string(),
    kind: z.string().optional(),
    group: z.string(),
    documents: count,
    mentions: count,
    roles: z.record(z.string(), count).describe('Documents per role (antagonist, protagonist, innocent, neutral, …)'),
    polarity: z.number().min(-1).max(1).optional().describe('Mean polarity of the evaluative words on the actor; absent when none'),
    words: z.array(z.object({ text: z.string(), count, polarity: z.string() })).describe('The most frequent evaluative words'),
    evidence,
  })
  .openapi('PortrayalRow', { description: 'How one group casts one actor' });

export const FrameRowSchema = z
  .object({
    group: z.string(),
    reading: z.string().describe('`frames`, `genre` or `side:<pack>`'),
    label: z.string(),
    documents: count,
    of: count.describe('Documents in the group'),
    share,
  })
  .openapi('FrameRow', { description: 'The share of a group’s documents that a reading gives a label' });

export const TimelineRowSchema = z
  .object({
    group: z.string(),
    month: z.string().regex(/^\d{4}-\d{2}$/).describe('YYYY-MM'),
    documents: count,
    words: count,
  })
  .openapi('TimelineRow', { description: 'Documents and words of a group in one month of publication' });

export const LensSchema = z
  .object({
    naming: z.array(NamingRowSchema),
    omissions: z.array(OmissionRowSchema),
    storyStart: z.array(StoryStartRowSchema),
    claims: z.array(ClaimRowSchema),
    portrayal: z.array(PortrayalRowSchema),
    frames: z.array(FrameRowSchema),
    timeline: z.array(TimelineRowSchema),
  })
  .openapi('Lens', { description: 'The lens tables of a comparison (see docs/comparison.md)' });

export const CorpusReportSchema = z
  .object({
    title: z.string(),
    generatedAt: z.string(),
    groupedBy: z.string().describe('side, outlet, tag, files or documents'),
    groups: z.array(z.object({ name: z.string(), documents: z.number(), words: z.number(), findings: z.number(), per1000Words: z.number() })),
    documents: z.array(z.object({ id: z.string(), group: z.string(), title: z.string().optional(), words: z.number(), findings: z.number(), per1000Words: z.number() }).loose()),
    comparison: z
      .object({ groups: z.array(z.unknown()), distinctive: z.array(z.object({ group: z.string(), rows: z.array(z.unknown()) })), scorer: z.string() })
      .loose()
      .describe('Distinctive language per group: scored terms with passages (see docs/comparison.md)'),
    techniques: z.array(ProfileRowSchema),
    profile: z.array(ProfileRowSchema),
    categories: z.array(ProfileRowSchema),
    lens: LensSchema.optional().describe('Absent when a large stored corpus was compared by streaming'),
    analyzer: z.object({ version: z.string(), key: z.string() }),
    ungrouped: z.number().int(),
    failures: z.array(z.object({ source: z.string(), code: z.string(), message: z.string() })),
  })
  .openapi('CorpusReport');

export const HealthSchema = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    documents: z.number().int(),
    analyzer: AnalyzerSchema,
    models: z.array(z.object({ stage: z.string(), model: z.string() })).describe('The trained models the analyzer runs'),
    resources: z.record(z.string(), z.string()).describe('Version of every stage and of the data it uses (lexicon, pack and model hashes)'),
    workers: z.number().int().describe('Analysis threads (0: on the server thread)'),
  })
  .openapi('Health');

export const PackSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    version: z.string(),
    sides: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })),
    concepts: z.number().int(),
    variants: z.number().int(),
    actors: z.number().int(),
  })
  .openapi('PackSummary');

export const PackSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    version: z.string(),
    sources: z.array(z.unknown()),
    sides: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })),
    actors: z.array(z.unknown()),
    concepts: z.array(z.unknown()),
    ignore: z.array(z.unknown()),
  })
  .openapi('Pack');

export const PackParamSchema = z.object({
  id: z.string().min(1).max(100).openapi({ param: { in: 'path', name: 'id' }, example: 'karabakh' }),
});

/** Every error response a route can give, for the OpenAPI document. */
export function errorResponses(...statuses: Array<400 | 401 | 404 | 413 | 415 | 500>): Record<number, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }> {
  const text: Record<number, string> = {
    400: 'Invalid request (SLANT_USAGE, SLANT_INPUT_*)',
    401: 'Bearer token missing or wrong (SLANT_UNAUTHORIZED), when the server has one',
    403: 'Refused for where it comes from (SLANT_FORBIDDEN): a host name this server does not answer to, or a page of another origin changing data',
    404: 'Not found (SLANT_NOT_FOUND)',
    413: 'Body too large (SLANT_INPUT_TOO_LARGE)',
    415: 'Unsupported media type (SLANT_INPUT_UNSUPPORTED)',
    500: 'Internal error (SLANT_INTERNAL, SLANT_STORE, SLANT_DATA_INVALID)',
  };
  const out: Record<number, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }> = {};
  for (const status of [401, 403, 500, ...statuses]) out[status] = { description: text[status] ?? 'Error', content: { 'application/json': { schema: ErrorSchema } } };
  return out;
}
