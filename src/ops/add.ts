/** Adding inputs to a store: ingest each input, store each document in its own transaction. */
import { SlantError, toSlantError } from '../core/errors.js';
import { ingest, type IngestOptions } from '../ingest/index.js';
import type { Store } from '../store/store.js';

/** What happened to one input item. */
export type AddEvent =
  | { status: 'added'; source: string; id: string; title: string | undefined; nearDuplicateOf?: string | undefined; distance?: number | undefined }
  | { status: 'duplicate'; source: string; id: string; title: string | undefined }
  | { status: 'failed'; source: string; error: SlantError };

/** Totals of an add run. */
export interface AddTotals {
  added: number;
  duplicates: number;
  nearDuplicates: number;
  failed: number;
}

/**
 * Ingests `inputs` (paths, directories, globs, `-`, URLs) into `store`, yielding one event per
 * document or failure. A bad item never stops the batch; each document is stored whole or not at
 * all, so re-running the same command after a crash finishes the job without duplicates.
 *
 * @example
 * for await (const event of addDocuments(store, ['articles/'], { side: 'left' })) console.log(event.status);
 */
export async function* addDocuments(store: Store, inputs: string[], options: IngestOptions = {}): AsyncGenerator<AddEvent> {
  for await (const item of ingest(inputs, options)) {
    if (!item.ok) {
      yield { status: 'failed', source: item.source, error: item.error };
      continue;
    }
    try {
      const outcome = await store.addDocument(item.doc);
      if (outcome.status === 'duplicate') {
        yield { status: 'duplicate', source: item.source, id: outcome.id, title: item.doc.title };
      } else {
        yield {
          status: 'added',
          source: item.source,
          id: outcome.id,
          title: item.doc.title,
          nearDuplicateOf: outcome.nearDuplicateOf,
          distance: outcome.distance,
        };
      }
    } catch (error) {
      const e = toSlantError(error, item.source);
      if (e.code === 'SLANT_STORE') throw e;
      yield { status: 'failed', source: item.source, error: e };
    }
  }
}

/** Adds up events into totals. */
export function tallyAdd(totals: AddTotals, event: AddEvent): AddTotals {
  if (event.status === 'added') {
    totals.added += 1;
    if (event.nearDuplicateOf !== undefined) totals.nearDuplicates += 1;
  } else if (event.status === 'duplicate') totals.duplicates += 1;
  else totals.failed += 1;
  return totals;
}
