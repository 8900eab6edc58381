import type { RouteOptions } from 'fastify';
import type { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { isInstantCodec } from '../services/core/instant-codec.js';
import { openApiPath } from './created.js';

type Override = NonNullable<z.core.ToJSONSchemaParams['override']>;

/**
 * How zod schemas appear in /openapi.json, where the default falls short. An instant is an ISO-8601 string
 * both ways, though the codec's decoded side is epoch ms; the rest is what fastify-type-provider-zod does for
 * OpenAPI 3.1 (empty branches of a union dropped), as a custom override replaces its own.
 */
export const openApiOverride: Override = (ctx) => {
  const json = ctx.jsonSchema as Record<string, unknown>;
  if (isInstantCodec(ctx.zodSchema)) {
    const description = json.description;
    for (const key of Object.keys(json)) delete json[key];
    Object.assign(json, { type: 'string', format: 'date-time' }, description ? { description } : {});
    return;
  }
  if (ctx.zodSchema._zod.def.type === 'union' && Array.isArray(json.anyOf))
    json.anyOf = (json.anyOf as object[]).filter((branch) => Object.keys(branch).length > 0);
};

type TransformObject = (input: Parameters<ReturnType<typeof createJsonSchemaTransformObject>>[0]) => object;

/**
 * The document without component schemas nothing refers to: a schema registered once (Problem) is emitted in its
 * input and output forms, and only the output one is used (every 4xx/5xx answer refers to it).
 */
export function withoutUnusedComponents(transform: TransformObject): TransformObject {
  return (input) => {
    const document = transform(input) as { components?: { schemas?: Record<string, unknown> } };
    const schemas = document.components?.schemas;
    if (!schemas) return document;
    const text = JSON.stringify({ ...document, components: { ...document.components, schemas: {} } });
    const referenced = (name: string) =>
      text.includes(`"#/components/schemas/${name}"`) ||
      Object.entries(schemas).some(([other, s]) => other !== name && JSON.stringify(s).includes(`/${name}"`));
    for (const name of Object.keys(schemas)) if (!referenced(name)) delete schemas[name];
    return document;
  };
}

type Transform = ReturnType<typeof createJsonSchemaTransform>;

/**
 * Each create's 201 with its `Location` header, whose description names the GET of the created resource: that
 * GET answers the same representation (packages/server/test/created-resources.test.ts holds both to it).
 */
export function withLocationHeaders(transform: Transform): Transform {
  return (input) => {
    const out = transform(input);
    const created = (input as { route?: RouteOptions }).route?.config?.created;
    const response = (out.schema as { response?: Record<string, Record<string, unknown>> }).response?.['201'];
    if (created && response)
      response.headers = {
        location: {
          type: 'string',
          description: `where the created resource is read: GET ${openApiPath(created)}`,
        },
      };
    return out;
  };
}
