import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  INCIDENT_KINDS,
  INCIDENT_STATUSES,
  incidentUpdateSchema,
  statusIncidentSchema,
  type StatusIncidentJson,
} from '../services/incidents/incident-json.js';
import { getIncidentUpdate, getStatusIncident, listStatusIncidentsPage } from '../services/incidents/list.js';
import { openIncident, updateIncident } from '../services/incidents/post-update.js';
import type { RouteDeps } from './app.js';
import { createdAt } from './created.js';
import { clientId, pageQuery, pageSchema } from './list-query.js';

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
  components: z.array(component).max(200),
};

const incident = statusIncidentSchema;

/** Incidents with a lifecycle: opened, updated until resolved; their impact feeds availability as it is stated. */
export function registerStatusIncidentRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // An update is read as part of its incident: both creates answer the incident, and Location is the incident's.
  const readAt = createdAt('/status-incidents/:incidentId', (i: StatusIncidentJson) => ({ incidentId: i.id }));
  api.post('/status-incidents', {
    config: { created: readAt },
    schema: {
      tags: ['incidents'],
      operationId: 'openStatusIncident',
      summary: 'Open an incident or unplanned maintenance (no end until an update resolves it); notifies contacts',
      body: z
        .object({ title: z.string().min(1).max(300), kind: z.enum(INCIDENT_KINDS).default('incident'), ...updateBody })
        .strict(),
      response: { 201: incident },
    },
    handler: async (req, reply) => {
      const created = await openIncident(deps.context(req), req.body);
      return reply.status(201).send(created);
    },
  });
  api.post('/status-incidents/:incidentId/updates', {
    config: { created: readAt },
    schema: {
      tags: ['incidents'],
      operationId: 'updateStatusIncident',
      summary: 'Add an update: status, text, and the components and impact from now on',
      params: z.object({ incidentId: z.string().max(64) }),
      body: z.object(updateBody).strict(),
      response: { 201: incident },
    },
    handler: async (req, reply) => {
      const updated = await updateIncident(deps.context(req), req.params.incidentId, req.body);
      return reply.status(201).send(updated);
    },
  });
  api.get('/status-incidents', {
    schema: {
      tags: ['incidents'],
      operationId: 'listStatusIncidents',
      summary: 'Incidents with their updates, newest first',
      querystring: z
        .object({ ...pageQuery, open: z.enum(['true', 'false']).optional().describe('only open, or only resolved') })
        .strict(),
      response: { 200: pageSchema(incident) },
    },
    handler: async (req) =>
      listStatusIncidentsPage(deps.context(req), {
        ...req.query,
        open: req.query.open === undefined ? undefined : req.query.open === 'true',
      }),
  });
  api.get('/status-incidents/:incidentId', {
    schema: {
      tags: ['incidents'],
      operationId: 'getStatusIncident',
      summary: 'An incident with its updates',
      params: z.object({ incidentId: z.string().max(64) }),
      response: { 200: incident },
    },
    handler: async (req) => getStatusIncident(deps.context(req), req.params.incidentId),
  });
  api.get('/status-incidents/:incidentId/updates/:updateId', {
    schema: {
      tags: ['incidents'],
      operationId: 'getStatusIncidentUpdate',
      summary:
        "One update of an incident: its status, text, impact and components (its `id` in the incident's updates)",
      params: z.object({ incidentId: z.string().max(64), updateId: z.string().max(16) }),
      response: { 200: incidentUpdateSchema },
    },
    handler: async (req) => getIncidentUpdate(deps.context(req), req.params.incidentId, req.params.updateId),
  });
}
