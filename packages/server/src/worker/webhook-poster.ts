import { createHmac } from 'node:crypto';
import type { PostWebhook } from '../services/webhooks/deliver.js';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`: receivers recompute it with their secret. */
export function signature(secret: string, timestamp: number, body: string): string {
  const t = Math.floor(timestamp / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/** Posts deliveries over HTTP(S) with their signature, giving up on a receiver after `timeoutMs`. */
export function webhookPoster(timeoutMs = 10_000): PostWebhook {
  return async (p) => {
    const response = await fetch(p.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'surety-delivery': p.deliveryId,
        'surety-event': p.event,
        'surety-signature': signature(p.secret, p.at, p.body),
      },
      body: p.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return response.status;
  };
}
