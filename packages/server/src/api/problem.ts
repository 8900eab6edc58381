import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_CATALOG, fieldPointer, type ErrorCode } from '../services/core/error-catalog.js';
import { ServiceError } from '../services/core/service-context.js';
import type { Problem } from './problem-schema.js';

type Where = NonNullable<Problem['in']>;

/** A problem document for `code` from the catalog, with this occurrence's detail and fields. */
export function problem(
  code: ErrorCode,
  instance: string,
  detail: string,
  extra: Pick<Problem, 'field' | 'in' | 'errors'> = {},
): Problem {
  const { status, title } = ERROR_CATALOG[code];
  return {
    type: `https://surety.dev/errors#${code}`,
    title,
    status,
    code,
    detail,
    instance: pathOf(instance),
    ...extra,
  };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.status(body.status).type('application/problem+json').send(body);
}

/** Fastify's own errors (content-type parser, body limit, bad JSON), by status, to catalog codes. */
const BY_STATUS: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'route_not_found',
  413: 'too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  431: 'headers_too_large',
};

/**
 * Every error as an RFC 9457 problem document from the catalog, naming the field at fault as a JSON pointer;
 * never a stack trace. Unexpected errors are logged with their stack and answered with a bare 500.
 */
export function problemHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const url = request.url;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error.validationContext ?? 'body') as Where;
    const errors = error.validation.flatMap((v) => {
      // The validator reports the root as '/' (not ''): its fields are one level down, not under an empty name.
      const path = v.instancePath === '/' ? [] : v.instancePath.split('/').slice(1);
      // An unknown field is named itself, not the object that holds it.
      const unknown = v.keyword === 'unrecognized_keys' ? (v.params as { keys?: string[] }).keys : undefined;
      return unknown
        ? unknown.map((key) => ({ field: fieldPointer([...path, key]), in: where, detail: `unknown field '${key}'` }))
        : [{ field: fieldPointer(path), in: where, detail: v.message ?? 'invalid' }];
    });
    const first = errors[0]!;
    return sendProblem(
      reply,
      problem('invalid', url, `${where} ${first.field || '/'}: ${first.detail}`, {
        field: first.field,
        in: where,
        errors,
      }),
    );
  }
  if (error instanceof ServiceError) {
    return sendProblem(reply, problem(error.code, url, error.message, error.field ? { field: error.field } : {}));
  }
  const code = error.statusCode ? BY_STATUS[error.statusCode] : undefined;
  if (code) return sendProblem(reply, problem(code, url, error.message));
  request.log.error(error);
  return sendProblem(reply, problem('internal', url, 'the error was logged'));
}

/** The path without its query: a problem's `instance` must not echo tokens or personal data from the query. */
export function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}
