import createClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema.js';

export type { components, operations, paths } from './schema.js';

/** A typed client of the Surety API: every path, parameter and answer comes from the server's OpenAPI. */
export function createSuretyClient(options: ClientOptions = {}) {
  return createClient<paths>(options);
}

export type SuretyClient = ReturnType<typeof createSuretyClient>;
