import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { alertSchema, listAlerts, publishAlert } from '../services/monitors/alerts.js';
import { assignmentsFor } from '../services/monitors/assignments.js';
import {
  availabilitySourceSchema,
  coveredComponent,
  getAvailabilitySource,
  setAvailabilitySource,
} from '../services/monitors/availability-source.js';
import { createMonitor } from '../services/monitors/create.js';
import { getMonitor, listMonitorsPage, monitorDays, monitorStatus } from '../services/monitors/get.js';
import { beat } from '../services/monitors/heartbeat.js';
import { monitorConfig } from '../services/monitors/monitor-config.js';
import {
  createdMonitorSchema,
  incidentsSetting,
  monitorSchema,
  monitorStatusSchema,
  type MonitorJson,
} from '../services/monitors/monitor-json.js';
import { probeCheckIn } from '../services/monitors/probe-members.js';
import { recordSamples } from '../services/monitors/record-samples.js';
import { postRequestCounts, recordProbeCounts } from '../services/monitors/request-counts.js';
import { removeMonitor, updateMonitorSettings } from '../services/monitors/update.js';
import type { RouteDeps } from './app.js';
import { createdAt } from './created.js';
import { instant, instantText } from '../services/core/instant-codec.js';
import { clientId, pageQuery, pageSchema } from './list-query.js';

const monitorParams = z.strictObject({ monitorId: z.string().max(64) });
const locationName = z.string().regex(/^[\w.-]{1,64}$/);
const monitorBody = z.strictObject({
  id: clientId,
  serviceId: clientId,
  componentId: clientId.nullable().optional(),
  name: z.string().min(1).max(200),
  config: monitorConfig,
  intervalSeconds: z.number().int().min(5).max(86_400).default(60),
  locations: z.array(locationName).max(50).optional().describe("where it is measured from (default ['local'])"),
  incidents: incidentsSetting.optional(),
});
const assignmentSchema = z.object({
  monitorId: z.string(),
  key: z.number().int(),
  intervalMs: z.number().int(),
  config: monitorConfig,
});
const sampleBody = z.strictObject({
  monitorId: z.string().max(64),
  t: instant.describe('the slot the check was scheduled for'),
  ok: z.boolean(),
  latencyMs: z.number().min(0).max(3_600_000),
  error: z.string().max(2000).optional(),
  warning: z.string().max(2000).optional(),
});
const countBody = z.strictObject({
  start: instant,
  end: instant,
  total: z.number().int().min(0),
  failed: z.number().int().min(0),
});
const daySchema = z.object({
  day: z.string(),
  uptime: z.number().nullable(),
  impactMs: z.number(),
  noDataMs: z.number(),
  checks: z.number().int(),
  failed: z.number().int(),
  meanLatencyMs: z.number().nullable(),
});

/** Monitors, their results, the probes that measure them, and the pushes of heartbeats and request counts. */
export function registerMonitorRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/monitors', {
    config: { created: createdAt('/monitors/:monitorId', (m: MonitorJson) => ({ monitorId: m.id })) },
    schema: {
      operationId: 'createMonitor',
      tags: ['monitors'],
      summary: "Add a monitor to a service's component (admin); heartbeat and request-count monitors get a push token",
      body: monitorBody,
      response: { 201: createdMonitorSchema },
    },
    handler: async (req, reply) => {
      const created = await createMonitor(deps.context(req), req.body);
      return reply.status(201).send(created);
    },
  });
  api.get('/monitors', {
    schema: {
      operationId: 'listMonitors',
      tags: ['monitors'],
      summary: 'Monitors, by id',
      querystring: z.strictObject({
        serviceId: z.string().max(64).optional(),
        componentId: z.string().max(64).optional(),
        ...pageQuery,
      }),
      response: { 200: pageSchema(monitorSchema) },
    },
    handler: async (req) => listMonitorsPage(deps.context(req), req.query),
  });
  api.get('/monitors/:monitorId', {
    schema: {
      operationId: 'getMonitor',
      tags: ['monitors'],
      summary: 'A monitor',
      params: monitorParams,
      response: { 200: monitorSchema },
    },
    handler: async (req) => getMonitor(deps.context(req), req.params.monitorId),
  });
  api.patch('/monitors/:monitorId', {
    schema: {
      operationId: 'updateMonitor',
      tags: ['monitors'],
      summary: "Change a monitor's check, schedule, locations or component (admin)",
      params: monitorParams,
      body: monitorBody.omit({ id: true }).partial().strict(),
      response: { 200: monitorSchema },
    },
    handler: async (req) => updateMonitorSettings(deps.context(req), req.params.monitorId, req.body),
  });
  api.delete('/monitors/:monitorId', {
    schema: {
      operationId: 'deleteMonitor',
      tags: ['monitors'],
      summary: 'Remove a monitor and what it measured (admin)',
      params: monitorParams,
      response: { 204: z.null().describe('removed') },
    },
    handler: async (req, reply) => {
      await removeMonitor(deps.context(req), req.params.monitorId);
      return reply.status(204).send(null);
    },
  });
  api.get('/monitors/:monitorId/status', {
    schema: {
      operationId: 'getMonitorStatus',
      tags: ['monitors'],
      summary: 'Where a monitor stands now: failing and reporting locations, and what each last saw',
      params: monitorParams,
      response: { 200: monitorStatusSchema },
    },
    handler: async (req) => monitorStatus(deps.context(req), req.params.monitorId),
  });
  api.get('/monitors/:monitorId/days', {
    schema: {
      operationId: 'getMonitorDays',
      tags: ['monitors'],
      summary: 'Daily bars from the rollups (UTC days before today)',
      params: monitorParams,
      querystring: z.strictObject({ days: z.coerce.number().int().min(1).max(400).default(90) }),
      response: { 200: z.object({ items: z.array(daySchema) }) },
    },
    handler: async (req) => ({ items: await monitorDays(deps.context(req), req.params.monitorId, req.query.days) }),
  });
  api.get('/monitors/:monitorId/alerts', {
    schema: {
      operationId: 'listMonitorAlerts',
      tags: ['monitors'],
      summary: 'Failures confirmed by a second location, newest first, with the incident each opened',
      params: monitorParams,
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
      response: { 200: z.object({ items: z.array(alertSchema) }) },
    },
    handler: async (req) => ({ items: await listAlerts(deps.context(req), req.params.monitorId, req.query.limit) }),
  });
  api.post('/monitors/:monitorId/alerts/:alertId/publish', {
    schema: {
      operationId: 'publishMonitorAlert',
      tags: ['monitors'],
      summary: 'Publish a draft alert as a status incident, which notifies (staff)',
      params: monitorParams.extend({ alertId: z.string().max(64) }).strict(),
      response: { 200: alertSchema },
    },
    handler: async (req) => publishAlert(deps.context(req), req.params.monitorId, req.params.alertId),
  });
  api.post('/monitors/:monitorId/heartbeat', {
    // Jobs push with the monitor's push token, not an API token or a session: the service checks it.
    config: { public: true },
    schema: {
      operationId: 'postHeartbeat',
      tags: ['monitors'],
      summary: "A job's beat, with the monitor's push token as the bearer token",
      security: [{ bearer: [] }],
      params: monitorParams,
      response: { 200: z.object({ monitorId: z.string(), at: instantText }) },
    },
    handler: async (req) => beat(deps.context(req), req.params.monitorId, req.headers.authorization),
  });
  api.post('/monitors/:monitorId/request-counts', {
    // Jobs push with the monitor's push token, not an API token or a session: the service checks it.
    config: { public: true },
    schema: {
      operationId: 'postRequestCounts',
      tags: ['monitors'],
      summary: "Good/total request counts per interval, with the monitor's push token (SecurEnvoy-style SLIs)",
      security: [{ bearer: [] }],
      params: monitorParams,
      body: z.strictObject({
        counts: z.array(countBody).min(1).max(10_000),
      }),
      response: { 200: z.object({ accepted: z.number().int() }) },
    },
    handler: async (req) =>
      postRequestCounts(deps.context(req), req.params.monitorId, req.headers.authorization, req.body.counts),
  });
  api.get('/probes/:location/assignments', {
    schema: {
      operationId: 'getProbeAssignments',
      tags: ['monitors'],
      summary: "A probe location's checks, and the probe processes alive there that share them (staff token)",
      params: z.strictObject({ location: locationName }),
      querystring: z.strictObject({
        member: z.string().regex(/^[\w.-]{1,64}$/),
        revision: z.coerce
          .number()
          .int()
          .min(0)
          .optional()
          .describe('the revision of the checks the probe holds: while unchanged, the answer leaves them out'),
      }),
      response: {
        200: z.object({
          revision: z.number().int().describe('the revision of the checks (raised by every write to a monitor)'),
          assignments: z.array(assignmentSchema).optional().describe('absent: unchanged since the revision given'),
          members: z.array(z.string()),
        }),
      },
    },
    handler: async (req) => {
      const ctx = deps.context(req);
      return {
        ...(await assignmentsFor(ctx, req.params.location, req.query.revision)),
        members: await probeCheckIn(ctx, req.params.location, req.query.member),
      };
    },
  });
  api.post('/probes/:location/samples', {
    schema: {
      operationId: 'postProbeSamples',
      tags: ['monitors'],
      summary: 'A batch of check results from a probe location (staff token)',
      params: z.strictObject({ location: locationName }),
      body: z.strictObject({
        samples: z.array(sampleBody).max(50_000),
        counts: z
          .array(countBody.extend({ monitorId: z.string().max(64) }))
          .max(10_000)
          .default([]),
      }),
      response: { 200: z.object({ accepted: z.number().int(), ignored: z.number().int() }) },
    },
    handler: async (req) => {
      const ctx = deps.context(req);
      const samples = await recordSamples(ctx, req.params.location, req.body.samples);
      const counts = await recordProbeCounts(ctx, req.params.location, req.body.counts);
      return {
        accepted: samples.accepted + counts,
        ignored: samples.ignored + req.body.counts.length - counts,
      };
    },
  });
  const sourceParams = z.strictObject({ customerId: z.string().max(64), contractId: z.string().max(64) });
  api.get('/customers/:customerId/contracts/:contractId/availability-source', {
    schema: {
      operationId: 'getAvailabilitySource',
      tags: ['availability'],
      summary: "Which source rules the contract's availability for the customer: incidents, monitors or both",
      params: sourceParams,
      response: { 200: availabilitySourceSchema },
    },
    handler: async (req) => getAvailabilitySource(deps.context(req), req.params.customerId, req.params.contractId),
  });
  api.put('/customers/:customerId/contracts/:contractId/availability-source', {
    schema: {
      operationId: 'setAvailabilitySource',
      tags: ['availability'],
      summary: "Choose the source of the contract's availability and the components its monitors cover (admin)",
      params: sourceParams,
      body: z.strictObject({
        rules: availabilitySourceSchema.shape.rules,
        components: z.array(coveredComponent).max(100).default([]),
      }),
      response: { 200: availabilitySourceSchema },
    },
    handler: async (req) =>
      setAvailabilitySource(deps.context(req), req.params.customerId, req.params.contractId, req.body),
  });
}
