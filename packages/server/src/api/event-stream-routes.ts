import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { watchTicketChanges } from '../services/tickets/ticket-changes.js';
import type { RouteDeps } from './app.js';

/** A comment line this often keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;

/**
 * Live changes as Server-Sent Events: `event: ticket` with a ticket change (services/tickets/ticket-changes.ts)
 * whenever an event is recorded or a clock warns or breaches, in any process of the store. A customer contact hears
 * only its own customer's tickets. The stream says nothing else: the client refetches what it shows.
 */
export function registerEventStreamRoutes(app: FastifyInstance, deps: RouteDeps): void {
  // Streams never end on their own: closing the server ends them.
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of open) end();
  });
  app.withTypeProvider<ZodTypeProvider>().get('/events/stream', {
    schema: {
      tags: ['tickets'],
      operationId: 'streamTicketChanges',
      summary:
        'Live ticket changes (text/event-stream): `event: ticket`, data {ticketId, customerId, what, at}; refetch on each',
      response: { 200: z.string().describe('text/event-stream of `ticket` events') },
    },
    handler: async (req, reply) => {
      const raw = reply.raw;
      const send = (text: string) => void raw.write(text);
      const stop = await watchTicketChanges(deps.context(req), (change) =>
        send(`event: ticket\ndata: ${JSON.stringify(change)}\n\n`),
      );
      reply.hijack();
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      // The first line tells the client the stream is open (and how long to wait before reconnecting).
      send('retry: 3000\n: listening\n\n');
      const heartbeat = setInterval(() => send(': keep-alive\n\n'), HEARTBEAT_MS);
      const end = () => {
        clearInterval(heartbeat);
        stop();
        open.delete(end);
        raw.end();
      };
      open.add(end);
      req.raw.once('close', end);
    },
  });
}
