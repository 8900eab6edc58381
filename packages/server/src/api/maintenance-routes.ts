import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cancelMaintenance } from '../services/maintenance/cancel.js';
import { cancelMaintenanceSeries } from '../services/maintenance/cancel-series.js';
import { getMaintenance, listMaintenance } from '../services/maintenance/get.js';
import { maintenanceWindowSchema, maintenanceWindows } from '../services/maintenance/windows.js';
import { scheduleMaintenance } from '../services/maintenance/schedule.js';
import type { RouteDeps } from './app.js';
import { createdAt } from './created.js';
import {
  maintenanceDetailSchema,
  maintenanceSchema,
  maintenanceSeriesSchema,
  maintenanceStatusSchema,
  type MaintenanceDetailJson,
} from '../services/maintenance/maintenance-json.js';
import { instant } from '../services/core/instant-codec.js';
import { pageQuery, pageSchema, rangeQuery } from './list-query.js';

const status = maintenanceStatusSchema;
const maintenance = maintenanceSchema;
const withNotice = maintenanceDetailSchema;
const window = maintenanceWindowSchema;

export function registerMaintenanceRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/maintenance', {
    config: { created: createdAt('/maintenance/:id', (m: MaintenanceDetailJson) => ({ id: m.id })) },
    schema: {
      operationId: 'scheduleMaintenance',
      tags: ['maintenance'],
      summary:
        "Publish maintenance: its notice goes out now; checked against each assigned contract's notice rule first",
      body: z.object({
        customerId: z.string().optional().describe('omit for maintenance that affects every customer'),
        serviceId: z.string().optional(),
        componentId: z.string().optional(),
        start: instant,
        end: instant,
        reason: z.string().min(1),
        noticeAt: instant
          .optional()
          .describe('when the notice went out, if before this publication; omitted: now (publishing sends it)'),
        acceptShortNotice: z
          .boolean()
          .optional()
          .describe(
            'publish although the notice is short for a contract under which the window then counts (else 409)',
          ),
        repeat: z
          .strictObject({
            every: z.enum(['day', 'week']),
            count: z.number().int().min(2).max(104).describe('occurrences in all, the first included'),
            zone: z.string().default('UTC').describe('the zone whose wall-clock time the occurrences keep'),
          })
          .optional()
          .describe(
            'publish a series: each occurrence is a maintenance of its own, with its notice check and its reminder',
          ),
      }),
      response: { 201: withNotice },
    },
    handler: async (req, reply) => reply.status(201).send(await scheduleMaintenance(deps.context(req), req.body)),
  });
  api.get('/maintenance', {
    schema: {
      operationId: 'listMaintenance',
      tags: ['maintenance'],
      summary: 'Scheduled maintenance overlapping a range, by start',
      querystring: z.object({
        customerId: z.string().optional().describe("what applies to this customer: everyone's and its own"),
        status: status.optional(),
        serviceId: z.string().optional(),
        ...rangeQuery,
        ...pageQuery,
      }),
      response: { 200: pageSchema(maintenance) },
    },
    handler: async (req) => listMaintenance(deps.context(req), req.query),
  });
  api.get('/maintenance/:id', {
    schema: {
      operationId: 'getMaintenance',
      tags: ['maintenance'],
      summary: 'Scheduled maintenance with its notice checked against each assigned contract',
      params: z.object({ id: z.string() }),
      response: { 200: withNotice },
    },
    handler: async (req) => getMaintenance(deps.context(req), req.params.id),
  });
  api.post('/maintenance/:id/cancel', {
    schema: {
      operationId: 'cancelMaintenance',
      tags: ['maintenance'],
      summary: 'Call off maintenance that has not begun (it then excludes nothing)',
      params: z.object({ id: z.string() }),
      response: { 200: maintenance },
    },
    handler: async (req) => cancelMaintenance(deps.context(req), req.params.id),
  });
  api.post('/maintenance/series/:seriesId/cancel', {
    schema: {
      operationId: 'cancelMaintenanceSeries',
      tags: ['maintenance'],
      summary:
        'Call off a whole maintenance series: occurrences not begun are cancelled, one under way ends now; told once',
      params: z.object({ seriesId: z.string() }),
      response: { 200: maintenanceSeriesSchema },
    },
    handler: async (req) => cancelMaintenanceSeries(deps.context(req), req.params.seriesId),
  });
  api.get('/customers/:customerId/maintenance-windows', {
    schema: {
      operationId: 'listMaintenanceWindows',
      tags: ['maintenance'],
      summary: "The recurring maintenance windows of a customer's contracts, in UTC, clipped to [from, to)",
      params: z.object({ customerId: z.string() }),
      querystring: z.object({
        from: instant,
        to: instant,
        contractId: z.string().optional(),
        ...pageQuery,
      }),
      response: { 200: pageSchema(window) },
    },
    handler: async (req) => maintenanceWindows(deps.context(req), req.params.customerId, req.query),
  });
}
