/** The API's shapes as the UI sees them: inferred from the server's zod schemas, refined where the schema leaves a field open, and the library's own row types where the server sends them as they are. */
import type { z } from '@hono/zod-openapi';
import type { ScoredTerm } from '../../src/compare/scorer.js';
import type { LensRows } from '../../src/compare/lens-rows.js';
import type {
  AddResponseSchema,
  AnalyzeResponseSchema,
  CorpusReportSchema,
  DocumentSummarySchema,
  FindingSchema,
  ListResponseSchema,
  SignalSchema,
  StoredAnalysisSchema,
  StoredDocumentSchema,
} from '../../src/server/schemas.js';

export type Finding = z.infer<typeof FindingSchema>;
export type Signal = z.infer<typeof SignalSchema>;
export type AnalyzeResponse = z.infer<typeof AnalyzeResponseSchema>;
export type StoredAnalysis = z.infer<typeof StoredAnalysisSchema>;
export type StoredDocument = z.infer<typeof StoredDocumentSchema>;
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;
export type DocumentList = z.infer<typeof ListResponseSchema>;
export type AddResponse = z.infer<typeof AddResponseSchema>;

export type { ClaimRow, Evidence, LensRows, NamingRow, OmissionRow, PortrayalRow } from '../../src/compare/lens-rows.js';

/**
 * A keyword-in-context snippet of a comparison row, as src/compare/kwic.ts `Kwic` (declared here
 * because importing that module, even for its type, brings the server-side parser into the UI's typecheck).
 */
export interface Kwic {
  docId: string;
  start: number;
  end: number;
  left: string;
  match: string;
  right: string;
}

/** A distinctive term of a group (src/compare/compare.ts `DistinctiveRow`): the scorer's row, rates per 1,000 terms, with how to show it and where. */
export interface DistinctiveRow extends ScoredTerm {
  display: string;
  isName: boolean;
  evidence: Kwic[];
}

type ReportBase = z.infer<typeof CorpusReportSchema>;
export type ProfileRow = ReportBase['techniques'][number];

/** The comparison report, with the distinctive rows the schema leaves as `unknown` typed and the lens tables as the library's types (the schema describes the same, see src/server/openapi.test.ts). */
export interface CorpusReport extends Omit<ReportBase, 'comparison' | 'lens'> {
  comparison: Omit<ReportBase['comparison'], 'distinctive'> & {
    distinctive: Array<{ group: string; rows: DistinctiveRow[] }>;
  };
  lens?: LensRows | undefined;
}

/** One article on screen, whichever way it came: pasted, uploaded or stored. */
export interface Article {
  /** Stored id, or the id the server computed for an unstored text. */
  id: string;
  stored: boolean;
  title?: string | undefined;
  outlet?: string | undefined;
  side?: string | undefined;
  publishedAt?: string | undefined;
  text: string;
  findings: Finding[];
  signals: Signal[];
  words: number;
}
