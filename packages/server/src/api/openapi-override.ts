import type { z } from 'zod';
import { isInstantCodec } from '../services/core/instant-codec.js';

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
