import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { missingFieldSchema } from '../services/tickets/request-fields.js';
import {
  getTicket,
  getTicketEvent,
  listTicketIds,
  ticketDetailSchema,
  ticketEventSchema,
  ticketListItemSchema,
  type TicketDetailJson,
} from '../services/tickets/get.js';
import { openTicketDetail } from '../services/tickets/open.js';

import { supplyTicketFields } from '../services/tickets/supply-fields.js';
import { recordTicketEvent, type RecordedEvent, type TicketEventInput } from '../services/tickets/record-event.js';
import { instant } from '../services/core/instant-codec.js';
import { pageQuery, pageSchema, rangeQuery } from './list-query.js';
import type { RouteDeps } from './app.js';
import { assignTicket, getTicketAssignee, ticketAssigneeSchema } from '../services/tickets/assign.js';
import { createdAt } from './created.js';

const requestFields = z.record(z.string(), z.string().max(10_000));

const eventBody = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('replied'),
    author: z.enum(['agent', 'customer', 'system']),
    public: z.boolean().default(true),
    at: instant.optional(),
  }),
  z.object({ type: z.literal('status_changed'), status: z.string().min(1), at: instant.optional() }),
  z.object({ type: z.literal('severity_changed'), severity: z.string().min(1), at: instant.optional() }),
  z.object({ type: z.literal('resolved'), at: instant.optional() }),
  z.object({ type: z.literal('reopened'), at: instant.optional() }),
  z.object({ type: z.literal('closed'), at: instant.optional() }),
]);

export function registerTicketRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/tickets', {
    config: { created: createdAt('/tickets/:id', (t: TicketDetailJson) => ({ id: t.ticket.id })) },
    schema: {
      operationId: 'openTicket',
      tags: ['tickets'],
      summary: 'Open a support request',
      body: z.object({
        id: z.string().regex(/^[\w-]{1,64}$/),
        customerId: z.string(),
        contractId: z.string(),
        severity: z.string(),
        plan: z.string().optional(),
        status: z.string().optional(),
        at: instant.optional().describe('when the request was made; default: its time of receipt'),
        fields: requestFields.default({}),
      }),
      response: { 201: ticketDetailSchema },
    },
    handler: async (req, reply) => {
      const opened = await openTicketDetail(deps.context(req), req.body);
      const timerAt = opened.nextDueAt === null ? null : Date.parse(opened.nextDueAt);
      deps.changed({ timerAt, delivering: opened.recorded > 0 });
      return reply.status(201).send(opened);
    },
  });
  api.post('/tickets/:id/events', {
    config: {
      created: createdAt('/tickets/:id/events/:seq', (e: RecordedEvent, path) => ({ id: path.id!, seq: e.seq })),
    },
    schema: {
      operationId: 'recordTicketEvent',
      tags: ['tickets'],
      summary: 'Record what happened to a support request',
      params: z.object({ id: z.string() }),
      body: eventBody,
      response: { 201: ticketEventSchema },
    },
    handler: async (req, reply) => {
      const result = await recordTicketEvent(deps.context(req), req.params.id, req.body as TicketEventInput);
      deps.changed({ timerAt: result.nextDueAt, delivering: result.recorded > 0 });
      return reply.status(201).send(result);
    },
  });
  api.get('/tickets/:id/events/:seq', {
    schema: {
      operationId: 'getTicketEvent',
      tags: ['tickets'],
      summary: 'One event of a support request, as recorded (with its time of receipt)',
      params: z.object({ id: z.string(), seq: z.coerce.number().int().positive() }),
      response: { 200: ticketEventSchema },
    },
    handler: async (req) => getTicketEvent(deps.context(req), req.params.id, req.params.seq),
  });
  api.patch('/tickets/:id/fields', {
    schema: {
      operationId: 'supplyTicketFields',
      tags: ['tickets'],
      summary:
        'Give request fields after opening: what the contract asks for once a request is open, or a correction (audited with its time of receipt)',
      params: z.object({ id: z.string() }),
      body: z.object({ fields: requestFields }),
      response: { 200: z.object({ fields: requestFields, missingFields: z.array(missingFieldSchema) }) },
    },
    handler: async (req) => supplyTicketFields(deps.context(req), req.params.id, req.body.fields),
  });
  api.put('/tickets/:id/assignee', {
    schema: {
      operationId: 'assignTicket',
      tags: ['tickets'],
      summary:
        "Assign a request to one of the provider's users (null: unassign); the assignee is emailed its clock warnings and breaches",
      params: z.object({ id: z.string() }),
      body: z.object({ userId: z.string().max(64).nullable() }),
      response: { 200: ticketAssigneeSchema },
    },
    handler: async (req) => assignTicket(deps.context(req), req.params.id, req.body.userId),
  });
  api.get('/tickets/:id/assignee', {
    schema: {
      operationId: 'getTicketAssignee',
      tags: ['tickets'],
      summary: "Who holds a request (the provider's staff; null: unassigned)",
      params: z.object({ id: z.string() }),
      response: { 200: ticketAssigneeSchema },
    },
    handler: async (req) => getTicketAssignee(deps.context(req), req.params.id),
  });
  api.get('/tickets/:id', {
    schema: {
      operationId: 'getTicket',
      tags: ['tickets'],
      summary: 'A support request with its clocks, explanations and events',
      params: z.object({ id: z.string() }),
      response: { 200: ticketDetailSchema },
    },
    handler: async (req) => getTicket(deps.context(req), req.params.id),
  });
  api.get('/tickets', {
    schema: {
      operationId: 'listTickets',
      tags: ['tickets'],
      summary: 'Support requests by id, filtered by customer, status, severity and when they were opened',
      querystring: z.object({
        customerId: z.string().optional(),
        status: z
          .enum(['open', 'paused', 'resolved', 'closed'])
          .optional()
          .describe('paused: open, with no clock running and one paused by its status'),
        severity: z.string().optional().describe('the current severity'),
        ...rangeQuery,
        ...pageQuery,
      }),
      response: {
        200: pageSchema(ticketListItemSchema),
      },
    },
    handler: async (req) => listTicketIds(deps.context(req), req.query),
  });
}
