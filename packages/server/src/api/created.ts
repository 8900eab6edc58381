/**
 * Where a create's answer is read again: the path of the resource's GET (Fastify's `:name` form) and the path
 * parameters taken from the created resource. Every route that answers 201 declares one (`config.created`), so
 * that its answer carries `Location`, its idempotent replay too (app.ts sets the header from the answer itself,
 * whichever sent it), and /openapi.json names the GET whose representation the 201 answers.
 */
export interface CreatedAt {
  /** The GET of the created resource, e.g. `/customers/:customerId`. */
  readonly path: string;
  /**
   * The path's parameters, from the answer and the create's own path parameters (never: any answer type fits;
   * `locate` calls it with the answer).
   */
  readonly params: (resource: never, path: Record<string, string>) => Record<string, string | number>;
}

/** `config.created` of a route: its GET path, and how the created resource fills it in. */
export function createdAt<T>(
  path: string,
  params: (resource: T, path: Record<string, string>) => Record<string, string | number>,
): CreatedAt {
  return { path, params };
}

/** The Location of a created resource: the GET path with its parameters, each percent-encoded. */
export function locate(created: CreatedAt, resource: unknown, path: Record<string, string>): string {
  const read = created.params as (resource: unknown, path: Record<string, string>) => Record<string, string | number>;
  const params = read(resource, path);
  return created.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`the created resource gives no ${name} for ${created.path}`);
    return encodeURIComponent(String(value));
  });
}

/** The GET path as /openapi.json writes it: `{name}` for `:name`. */
export const openApiPath = (created: CreatedAt) => created.path.replace(/:(\w+)/g, '{$1}');
