/** The API's shapes as the UI sees them: inferred from the server's zod schemas, refined where the schema leaves a field open. */
import type { z } from '@hono/zod-openapi';
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

/** A keyword-in-context snippet of a comparison row (src/compare/kwic.ts). */
export interface Kwic {
  docId: string;
  start: number;
  end: number;
  left: string;
  match: string;
  right: string;
}

/** A distinctive term of a group (src/compare/compare.ts `DistinctiveRow`), rates per 1,000 terms. */
export interface DistinctiveRow {
  term: string;
  display: string;
  isName: boolean;
  countTarget: number;
  countReference: number;
  rateTarget: number;
  rateReference: number;
  delta: number;
  se: number;
  z: number;
  evidence: Kwic[];
}

type ReportBase = z.infer<typeof CorpusReportSchema>;
export type ProfileRow = ReportBase['techniques'][number];

/** The comparison report, with the distinctive rows the schema leaves as `unknown` typed. */
export interface CorpusReport extends Omit<ReportBase, 'comparison'> {
  comparison: Omit<ReportBase['comparison'], 'distinctive'> & {
    distinctive: Array<{ group: string; rows: DistinctiveRow[] }>;
  };
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
