import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkRequestText } from './request-text.js';

/**
 * The zod validator with unknown names refused: a body field or query parameter a route does not know is an error
 * naming it (problem.ts names each), not silently dropped. A misspelt `customer=` for `customerId=` would otherwise
 * answer every customer's data. Objects a route declares loose on purpose (`.loose()`/`.catchall()`) stay so.
 * Every string of a body, query or path is also checked as text (request-text.ts).
 */
export const strictValidatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const { schema, httpPart } = route;
  const strictable =
    (httpPart === 'body' || httpPart === 'querystring') &&
    schema instanceof z.ZodObject &&
    schema._zod.def.catchall === undefined;
  const strict = strictable ? schema.strict() : schema;
  const checked = httpPart === 'headers' ? strict : strict.superRefine((value, ctx) => checkRequestText(value, ctx));
  return validatorCompiler({ ...route, schema: checked });
};
