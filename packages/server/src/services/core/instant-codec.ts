import { z } from 'zod';
import { isInvalid } from '@surety/engine';
import { parseInstant } from './instants.js';

/**
 * The one instant codec of the API. In: an ISO-8601 instant with an offset or Z, in the supported years
 * (1901–2388, see instants.ts), decoded to epoch ms; anything else is refused with 422 naming the field. Out: epoch ms
 * encoded as ISO-8601 UTC with milliseconds (`toISOString()`), so `2026-07-02T15:00:00.000Z` everywhere.
 */
export const instant = z.codec(
  z.iso.datetime({
    offset: true,
    error: 'expected an ISO-8601 instant with an offset or Z, such as 2026-07-02T15:00:00-07:00',
  }),
  z.number().int(),
  {
    decode: (text, ctx) => {
      const t = parseInstant(text);
      if (!isInvalid(t)) return t;
      ctx.issues.push({ code: 'custom', message: t.message, input: text });
      return z.NEVER;
    },
    encode: (epochMs) => new Date(epochMs).toISOString(),
  },
);

/**
 * Whether a zod schema is the instant codec (or a copy of it made by `.describe()`): the OpenAPI document shows
 * it as the string it is on the wire, in requests and in responses alike.
 */
export function isInstantCodec(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def as { type: string; in?: unknown };
  return def.type === 'pipe' && def.in === instant.in;
}

/** An instant in a response, as services write it (`wireInstant`): ISO-8601 UTC with milliseconds. */
export const instantText = z.iso.datetime({ precision: 3 }).describe('ISO-8601 instant, UTC, with milliseconds');
