import { createSuretyClient } from '@surety/client';
import { credentials } from '../auth/credentials';

/** The one API client of the app: same origin, typed from the server's OpenAPI description. */
export const api = createSuretyClient({ baseUrl: window.location.origin, credentials: 'same-origin' });

api.use({
  onRequest({ request }) {
    const held = credentials.current();
    if (held?.kind === 'token') request.headers.set('authorization', `Bearer ${held.token}`);
    if (held?.kind === 'session' && request.method !== 'GET') request.headers.set('x-csrf-token', held.csrfToken);
    return request;
  },
});

/** An API answer that was not a success, with the problem's detail as its message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(detail);
  }
}

/** The data of an openapi-fetch answer, or an ApiError with the problem's title and detail. */
export function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  const problem = (result.error ?? {}) as { title?: string; detail?: string; message?: string };
  throw new ApiError(
    result.response.status,
    problem.detail ?? problem.message ?? problem.title ?? `${result.response.status} ${result.response.statusText}`,
  );
}
