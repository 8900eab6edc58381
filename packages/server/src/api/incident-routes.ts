import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { instant } from '../services/core/instant-codec.js';
import {
  INCIDENT_KINDS,
  INCIDENT_STATUSES,
  incidentSchema,
  incidentUpdateSchema,
  type IncidentJson,
} from '../services/incidents/incident-json.js';
import { getIncident, getIncidentUpdate, listIncidentsPage } from '../services/incidents/list.js';
import { openIncident, updateIncident } from '../services/incidents/post-update.js';
import type { RouteDeps } from './app.js';
import { createdAt } from './created.js';
import { clientId, pageQuery, pageSchema, rangeQuery } from './list-query.js';

const component = z
  .object({
    serviceId: clientId,
    componentId: clientId.nullable().describe('null: every component of the service'),
  })
  .strict();

const updateBody = {
  status: z.enum(INCIDENT_STATUSES),
  text: z.string().min(1).max(10_000),
  fraction: z.number().min(0).max(1).describe('fraction of users impaired from now on (0–1)'),
  components: z
    .array(component)
    .max(200)
    .describe("the components affected from now on; none: the provider's whole offering"),
  expectedEnd: instant
    .optional()
    .describe(
      'unplanned maintenance: when it is expected to end (required on opening one; an update without it keeps the last)',
    ),
};

const incidentId = z.string().max(64);

/**
 * Incidents and unplanned maintenance: opened (or recorded already over), updated until resolved; their impact feeds
 * availability, the status page and its feeds as it is stated.
 */
export function registerIncidentRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // An update is read as part of its incident: both creates answer the incident, and Location is the incident's.
  const readAt = createdAt('/incidents/:incidentId', (i: IncidentJson) => ({ incidentId: i.id }));
  api.post('/incidents', {
    config: { created: readAt },
    schema: {
      tags: ['incidents'],
      operationId: 'openIncident',
      summary:
        'Open an incident or unplanned maintenance (no end until an update resolves it; notifies contacts), or record one already over (start and end; notifies no one)',
      body: z
        .object({
          title: z.string().min(1).max(300),
          kind: z.enum(INCIDENT_KINDS).default('incident'),
          start: instant
            .optional()
            .describe('when it began (default now); staff may state an earlier time, which the audit log shows'),
          end: instant
            .optional()
            .describe('when it ended, for an incident already over: recorded resolved then, its impact start to end'),
          ...updateBody,
          status: updateBody.status
            .optional()
            .describe('default investigating; an incident recorded with an end is resolved'),
        })
        .strict(),
      response: { 201: incidentSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await openIncident(deps.context(req), req.body)),
  });
  api.post('/incidents/:incidentId/updates', {
    config: { created: readAt },
    schema: {
      tags: ['incidents'],
      operationId: 'updateIncident',
      summary: 'Add an update: status, text, and the components and impact from now on',
      params: z.object({ incidentId }),
      body: z.object(updateBody).strict(),
      response: { 201: incidentSchema },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await updateIncident(deps.context(req), req.params.incidentId, req.body)),
  });
  api.get('/incidents', {
    schema: {
      tags: ['incidents'],
      operationId: 'listIncidents',
      summary: 'Incidents with their updates, newest first (provider-wide: every role reads them)',
      querystring: z
        .object({
          open: z.enum(['true', 'false']).optional().describe('only open, or only resolved'),
          serviceId: z.string().optional().describe('those with an impact on this service'),
          componentId: z.string().optional().describe('those with an impact on this component'),
          ...rangeQuery,
          ...pageQuery,
        })
        .strict(),
      response: { 200: pageSchema(incidentSchema) },
    },
    handler: async (req) =>
      listIncidentsPage(deps.context(req), {
        ...req.query,
        open: req.query.open === undefined ? undefined : req.query.open === 'true',
      }),
  });
  api.get('/incidents/:incidentId', {
    schema: {
      tags: ['incidents'],
      operationId: 'getIncident',
      summary: 'An incident with its updates',
      params: z.object({ incidentId }),
      response: { 200: incidentSchema },
    },
    handler: async (req) => getIncident(deps.context(req), req.params.incidentId),
  });
  api.get('/incidents/:incidentId/updates/:updateId', {
    schema: {
      tags: ['incidents'],
      operationId: 'getIncidentUpdate',
      summary:
        "One update of an incident: its status, text, impact and components (its `id` in the incident's updates)",
      params: z.object({ incidentId, updateId: z.string().max(16) }),
      response: { 200: incidentUpdateSchema },
    },
    handler: async (req) => getIncidentUpdate(deps.context(req), req.params.incidentId, req.params.updateId),
  });
}
