import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOutbox } from '../services/outbox/list.js';
import type { RouteDeps } from './app.js';
import { instantText } from '../services/core/instant-codec.js';
import { pageQuery } from './list-query.js';

const attempt = z.object({
  attempt: z.number().int(),
  at: instantText.describe('when the attempt began'),
  acceptedAt: instantText.nullable().describe('when the mail server answered 250, if it did'),
  response: z.string().nullable().describe("the mail server's reply"),
  error: z.string().nullable(),
  durationMs: z.number(),
});

const message = z.object({
  id: z.string(),
  messageId: z.string().describe('the Message-ID header: the same on every attempt'),
  kind: z.string(),
  recipient: z.string(),
  subject: z.string(),
  state: z.enum(['accepted', 'waiting', 'refused']).describe('refused: the mail server refused it for good (5xx)'),
  createdAt: instantText,
  sentAt: instantText.nullable().describe('when the accepted attempt began'),
  acceptedAt: instantText.nullable().describe('time of receipt: when the mail server accepted it (250)'),
  smtpResponse: z.string().nullable(),
  nextAttemptAt: instantText.nullable(),
  attempts: z.array(attempt),
});

const outboxPage = z.object({
  emailConfigured: z.boolean(),
  notice: z.string().nullable().describe('set when email is not configured: messages wait until it is'),
  counts: z.object({ waiting: z.number().int(), accepted: z.number().int(), refused: z.number().int() }),
  items: z.array(message),
  next: z.string().nullable(),
});

/** The email outbox with every attempt (admins and auditors). */
export function registerOutboxRoutes(app: FastifyInstance, deps: RouteDeps, email: { notice: string | null }): void {
  app.withTypeProvider<ZodTypeProvider>().get('/outbox', {
    schema: {
      tags: ['email'],
      operationId: 'listOutbox',
      summary: 'Email outbox: every message per recipient with its attempts, sending and acceptance times',
      querystring: z.object({ ...pageQuery, recipient: z.string().max(320).optional() }).strict(),
      response: { 200: outboxPage },
    },
    handler: async (req) => ({
      emailConfigured: email.notice === null,
      notice: email.notice,
      ...(await listOutbox(deps.context(req), req.query)),
    }),
  });
}
