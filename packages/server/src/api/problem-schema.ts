import { z } from 'zod';
import { ERROR_CODES } from '../services/core/error-catalog.js';

const where = z
  .enum(['body', 'querystring', 'params', 'headers'])
  .describe('the part of the request the field is in, when the request failed its schema');

/** RFC 9457 problem details, as every error is answered: one schema, referenced by every operation's 4xx. */
export const problemSchema = z
  .object({
    type: z.string().describe('URI of the code, in docs/errors.md'),
    title: z.string().describe("the code's title from the catalog, the same every time"),
    status: z.number().int(),
    code: z.enum(ERROR_CODES),
    detail: z.string().describe("this occurrence's own words"),
    instance: z.string().describe('the request path'),
    field: z.string().optional().describe('JSON pointer (RFC 6901) to the field at fault'),
    in: where.optional(),
    errors: z
      .array(z.object({ field: z.string(), in: where.optional(), detail: z.string() }))
      .optional()
      .describe('every field at fault, when there are several'),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;
