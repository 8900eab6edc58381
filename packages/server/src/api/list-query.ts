import { z } from 'zod';
import { instant } from '../services/core/instant-codec.js';

/** Every list: an opaque cursor in (the previous page's `next`), at most `limit` items out. */
export const pageQuery = {
  cursor: z.string().optional().describe("opaque: the previous page's `next`"),
  limit: z.coerce.number().int().min(1).max(500).default(50),
};

/** Lists narrowed in time: `from`/`to` instants, or a UTC month. */
export const rangeQuery = {
  from: instant.optional().describe('ISO-8601 instant, inclusive'),
  to: instant.optional().describe('ISO-8601 instant, exclusive'),
  period: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional()
    .describe('a UTC month, YYYY-MM (instead of from/to)'),
};

/** A page of items and the cursor of the next page (null on the last). */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), next: z.string().nullable() });
}

/** Ids clients choose (customers, tickets, services, components). */
export const clientId = z.string().regex(/^[\w-]{1,64}$/);

/** A write that answers nothing: 204, no body (the OpenAPI document shows no content). */
export const noContent = z.null().describe('No Content');
