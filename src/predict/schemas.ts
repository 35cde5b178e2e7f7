/** Pieces shared by the task schemas: ids, texts, spans, and the offset check. */
import { z } from 'zod';

/** A line's id: a non-empty string or a number, echoed as given. */
export const LineIdSchema = z.union([z.string().min(1, { error: 'id must not be empty' }), z.number()], { error: 'id must be a string or a number' });

/** The text all offsets point into. */
export const TextSchema = z.string({ error: 'text must be a string' });

/** A half-open `[start, end)` range of UTF-16 offsets. */
export const OffsetsSchema = z.object({
  start: z.int({ error: 'start must be a whole number' }).nonnegative({ error: 'start must not be negative' }),
  end: z.int({ error: 'end must be a whole number' }).nonnegative({ error: 'end must not be negative' }),
});

/** A span with a technique (PTC label) and a score, as `techniques-classify` answers. */
export const ClassifiedSpanSchema = OffsetsSchema.extend({
  technique: z.string().min(1),
  score: z.number().min(0).max(1),
});

/** A found span, as `techniques-spans` answers: with the evidence behind it when asked for. */
export const ScoredSpanSchema = ClassifiedSpanSchema.extend({
  evidence: z.array(z.string()).optional(),
});

/**
 * One message per span that is empty, reversed or runs past the end of `text`.
 *
 * @example
 * spanProblems('abc', [{ start: 1, end: 9 }]); // ['span 1 [1, 9) runs past the end of the text (length 3)']
 */
export function spanProblems(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string[] {
  const out: string[] = [];
  spans.forEach((s, i) => {
    const name = `span ${i + 1} [${s.start}, ${s.end})`;
    if (s.end <= s.start) out.push(`${name} is empty or reversed: end must be greater than start`);
    else if (s.end > text.length) out.push(`${name} runs past the end of the text (length ${text.length})`);
  });
  return out;
}
