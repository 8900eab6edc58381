/**
 * Every error the API answers, in one place: a stable code, its HTTP status and a title that does not change
 * from one occurrence to the next (the occurrence's own words go in `detail`). docs/errors.md lists the same
 * codes; a test keeps the two and the OpenAPI document in sync. Add a code here before throwing it.
 */
export const ERROR_CATALOG = {
  bad_request: { status: 400, title: 'The request could not be read' },
  unauthorized: { status: 401, title: 'A valid bearer token is required' },
  forbidden: { status: 403, title: 'Not allowed for this principal' },
  not_found: { status: 404, title: 'No such resource' },
  route_not_found: { status: 404, title: 'No such route' },
  request_timeout: { status: 408, title: 'The request took too long to arrive' },
  conflict: { status: 409, title: 'Conflicts with the current state' },
  idempotency_key_reused: { status: 409, title: 'Idempotency-Key already used for a different request' },
  too_large: { status: 413, title: 'Request body too large' },
  uri_too_long: { status: 414, title: 'Request URI too long' },
  unsupported_media_type: { status: 415, title: 'Unsupported content type' },
  invalid: { status: 422, title: 'The request is not valid' },
  rate_limited: { status: 429, title: 'Too many attempts: wait and try again' },
  headers_too_large: { status: 431, title: 'Request header fields too large' },
  internal: { status: 500, title: 'Internal error' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export const ERROR_CODES = Object.keys(ERROR_CATALOG) as ErrorCode[];

/**
 * A JSON pointer (RFC 6901) to the field at fault: `/fields/impact`. Accepts a pointer as is, a path of parts,
 * or the forms services used to write (`fields.impact`, `counts/0/failed`), so every `field` on the wire has one
 * form.
 */
export function fieldPointer(field: string | readonly (string | number)[]): string {
  if (typeof field === 'string' && field.startsWith('/')) return field;
  const parts = typeof field !== 'string' ? field : field.includes('/') ? field.split('/') : field.split('.');
  return parts.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
