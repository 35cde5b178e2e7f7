/** Describes a task's line schema as a compact shape, for `--help` and the docs, so the formats are written down once. */
import { z } from 'zod';

interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
}

/**
 * The shape of one JSON line: `{id: string | number, text: string}`; optional fields end in `?`,
 * lists are `[…]`.
 *
 * @example
 * describeShape(z.object({ id: z.string(), spans: z.array(z.object({ start: z.int() })) })); // '{id: string, spans: [{start: integer}]}'
 */
export function describeShape(schema: z.ZodType): string {
  return render(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
}

function render(s: JsonSchema): string {
  if (s.anyOf !== undefined) return s.anyOf.map(render).join(' | ');
  if (s.type === 'array') return `[${s.items === undefined ? 'any' : render(s.items)}]`;
  if (s.type === 'object' || s.properties !== undefined) {
    const required = new Set(s.required ?? []);
    const fields = Object.entries(s.properties ?? {}).map(([name, value]) => `${name}${required.has(name) ? '' : '?'}: ${render(value)}`);
    return `{${fields.join(', ')}}`;
  }
  if (Array.isArray(s.type)) return s.type.join(' | ');
  return s.type ?? 'any';
}
