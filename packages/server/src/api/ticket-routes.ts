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
import {
  MAX_EVENTS_PER_CALL,
  recordTicketEvent,
  recordTicketEvents,
  type RecordedEvent,
  type TicketEventInput,
} from '../services/tickets/record-event.js';
import { problemSchema } from './problem-schema.js';
import { instant } from '../services/core/instant-codec.js';
import { pageQuery, pageSchema, rangeQuery } from './list-query.js';
import type { RouteDeps } from './app.js';
import { assignTicket, getTicketAssignee, ticketAssigneeSchema } from '../services/tickets/assign.js';
import { createdAt } from './created.js';

const requestFields = z.record(z.string(), z.string().max(10_000));
/** A status, severity, plan, customer or contract as a request names it. */
const term = z.string().min(1).max(100);

/**
 * What happened to a request, by type. Strict at every level: the validator makes a body's top object strict
 * (strict-validator.ts), and these are not one.
 */
const eventFields = {
  replied: {
    author: z.enum(['agent', 'customer', 'system']),
    public: z.boolean().default(true),
  },
  status_changed: { status: term },
  severity_changed: { severity: term },
  resolved: {},
  reopened: {},
  closed: {},
};

/** The event types as one union of strict objects, each with `extra` fields beside its own. */
function eventUnion<E extends z.ZodRawShape>(extra: E) {
  const variant = <T extends keyof typeof eventFields>(type: T) =>
    z.strictObject({
      ...extra,
      type: z.literal(type),
      ...eventFields[type],
      at: instant.optional(),
    });
  return z.discriminatedUnion('type', [
    variant('replied'),
    variant('status_changed'),
    variant('severity_changed'),
    variant('resolved'),
    variant('reopened'),
    variant('closed'),
  ]);
}

const eventBody = eventUnion({});

const ticketEventsBody = z.object({
  events: z
    .array(eventUnion({ ticketId: z.string().min(1).max(64).describe('the request the event happened to') }))
    .min(1)
    .max(MAX_EVENTS_PER_CALL)
    .describe("in the order they happened: a request's events are numbered in this order"),
});

/** A refused event: its problem (problem-schema.ts) without the request's path, which is the call's. */
const eventRefusalSchema = problemSchema
  .pick({ code: true, status: true, title: true, detail: true })
  .extend({ field: z.string().describe('JSON pointer into the call: the event, or its field at fault') });

const recordedEventsSchema = z.object({
  recorded: z.number().int(),
  refused: z.number().int(),
  results: z
    .array(
      z.union([
        z.object({ ticketId: z.string(), event: ticketEventSchema }),
        z.object({ ticketId: z.string(), refusal: eventRefusalSchema }),
      ]),
    )
    .describe("each event's outcome, in the order given"),
});

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
        customerId: term,
        contractId: term,
        severity: term,
        plan: term.optional(),
        status: term.optional(),
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
  api.post('/ticket-events', {
    schema: {
      operationId: 'recordTicketEvents',
      tags: ['tickets'],
      summary: `Record what happened to support requests, up to ${MAX_EVENTS_PER_CALL} events in one call`,
      description:
        'Each event is checked, recorded or refused on its own, as one POST /tickets/{id}/events would be: a refused ' +
        "event is answered in its place in `results`, and the others are recorded. A request's events are numbered in " +
        'the order given. The call is answered once every recorded event is durable.',
      body: ticketEventsBody,
      response: { 200: recordedEventsSchema },
    },
    handler: async (req) => {
      const answer = await recordTicketEvents(
        deps.context(req),
        req.body.events.map(({ ticketId, ...input }) => ({ ticketId, input: input as TicketEventInput })),
      );
      const recorded = answer.results.flatMap((r) => ('event' in r ? [r.event] : []));
      const due = recorded.flatMap((e) => (e.nextDueAt === null ? [] : [e.nextDueAt]));
      if (recorded.length)
        deps.changed({
          timerAt: due.length ? Math.min(...due) : null,
          delivering: recorded.some((e) => e.recorded > 0),
        });
      return answer;
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
