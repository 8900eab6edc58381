import { z } from 'zod';
import type { WebhookEndpointRow } from '../../storage/repositories/webhook-repository.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';

/** A webhook endpoint as it is listed and read: never its signing secret (shown once, when registered). */
export const webhookSchema = z.object({
  id: z.string(),
  url: z.string(),
  createdAt: instantText,
  disabledAt: instantText.nullable().describe('null while deliveries are queued to it'),
});
export type WebhookJson = z.infer<typeof webhookSchema>;

/** POST /webhooks: the endpoint with its signing secret, the one time it is shown. */
export const registeredWebhookSchema = webhookSchema.extend({
  secret: z.string().describe('shown once: the secret that signs each delivery (whsec_...)'),
});
export type RegisteredWebhookJson = z.infer<typeof registeredWebhookSchema>;

/** One delivery of an event to an endpoint, with every attempt. */
export const deliverySchema = z.object({
  id: z.string(),
  endpoint: z.string(),
  event: z.string(),
  state: z.enum(['delivered', 'failed', 'pending', 'stopped']).describe('stopped: its endpoint was disabled first'),
  attempts: z.array(
    z.object({
      attempt: z.number().int(),
      at: instantText,
      status: z.number().int().nullable(),
      error: z.string().nullable(),
      durationMs: z.number(),
    }),
  ),
  nextAttemptAt: instantText.nullable(),
});
export type DeliveryJson = z.infer<typeof deliverySchema>;

export function webhookJson(row: WebhookEndpointRow): WebhookJson {
  return {
    id: row.id,
    url: row.url,
    createdAt: wireInstant(row.created_at),
    disabledAt: row.disabled_at === null ? null : wireInstant(row.disabled_at),
  };
}
