import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ServiceError } from '../services/core/service-context.js';

const STATUS = {
  not_found: 404,
  invalid: 422,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  rate_limited: 429,
} as const;

/**
 * Every error as an RFC 9457 problem document naming the field at fault; never a stack trace. Unexpected
 * errors are logged with their stack and answered with a bare 500.
 */
export function problemHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const send = (status: number, body: Record<string, unknown>) =>
    void reply
      .status(status)
      .type('application/problem+json')
      .send({ type: `https://surety.dev/problems/${body.code}`, status, instance: request.url, ...body });
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0]!;
    const field = `${error.validationContext ?? 'body'}${first.instancePath.replace(/\//g, '.')}`;
    return send(400, {
      code: 'bad_request',
      title: 'The request does not match its schema',
      detail: `${field}: ${first.message}`,
      field,
      errors: error.validation.map((v) => ({
        field: `${error.validationContext ?? 'body'}${v.instancePath.replace(/\//g, '.')}`,
        message: v.message,
      })),
    });
  }
  if (error instanceof ServiceError) {
    return send(STATUS[error.code], {
      code: error.code,
      title: error.code.replace('_', ' '),
      detail: error.message,
      field: error.field ?? null,
    });
  }
  if (error.statusCode === 413) return send(413, { code: 'too_large', title: 'Body too large', detail: error.message });
  if (error.statusCode && error.statusCode < 500)
    return send(error.statusCode, { code: 'bad_request', title: 'Bad request', detail: error.message });
  request.log.error(error);
  return send(500, { code: 'internal', title: 'Internal error', detail: 'the error was logged' });
}
