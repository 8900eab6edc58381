import { isInvalid } from '@surety/engine';
import { z } from 'zod';
import type { TicketEvent } from '@surety/engine';
import { parseInstant } from '../../services/core/instants.js';

/**
 * One line of an event log (JSON lines; many tickets per file, each ticket's events in time order):
 *   {"ticket":"T-1","type":"opened","at":"2026-07-02T15:00:00-07:00","severity":"S2","plan":"standard"}
 *   {"ticket":"T-1","type":"replied","at":"2026-07-02T15:20:00-07:00","author":"agent","public":true}
 */
const at = z.union([z.string(), z.number()]);
const base = { ticket: z.union([z.string().min(1), z.number()]).transform(String), at };
export const eventLineSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...base,
    type: z.literal('opened'),
    severity: z.string().min(1),
    plan: z.string().optional(),
    customer: z.string().optional(),
    status: z.string().optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('replied'),
    author: z.enum(['agent', 'customer', 'system']),
    public: z.boolean().default(true),
  }),
  z.strictObject({ ...base, type: z.literal('status_changed'), status: z.string().min(1) }),
  z.strictObject({ ...base, type: z.literal('severity_changed'), severity: z.string().min(1) }),
  z.strictObject({ ...base, type: z.literal('resolved') }),
  z.strictObject({ ...base, type: z.literal('reopened') }),
  z.strictObject({ ...base, type: z.literal('closed') }),
]);

export type ParsedLine = { ok: true; ticket: string; event: TicketEvent } | { ok: false; message: string };

export function parseEventLine(line: string): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    return { ok: false, message: `not JSON: ${(e as Error).message}` };
  }
  const result = eventLineSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.length ? issue.path.join('.') : 'line';
    return { ok: false, message: `${field}: ${issue.message}` };
  }
  const { ticket, at: rawAt, ...rest } = result.data;
  const instant = parseInstant(rawAt);
  if (isInvalid(instant)) return { ok: false, message: `at: ${instant.message}` };
  return { ok: true, ticket, event: { ...rest, at: instant } as TicketEvent };
}
