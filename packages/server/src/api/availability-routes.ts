import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { availabilityReport } from '../services/availability/report.js';
import { availabilityReportJson, availabilityReportSchema } from '../services/availability/report-json.js';
import { performanceReport, performanceReportSchema } from '../services/reports/performance-report.js';
import { getExclusion, listExclusionsPage } from '../services/availability/list-inputs.js';
import { exclusionSchema as exclusion, type ExclusionJson } from '../services/availability/input-json.js';
import { recordExclusion } from '../services/availability/record-inputs.js';
import type { RouteDeps } from './app.js';
import { createdAt } from './created.js';
import { instant } from '../services/core/instant-codec.js';
import { pageQuery, pageSchema, rangeQuery } from './list-query.js';

/** What an exclusion concerns; omitted (as before services existed): the whole offering. */
const serviceReference = {
  serviceId: z.string().optional().describe('the service affected; omit for the whole offering'),
  componentId: z.string().optional().describe('a component of that service'),
};
export function registerAvailabilityRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/exclusions', {
    config: { created: createdAt('/exclusions/:exclusionId', (e: ExclusionJson) => ({ exclusionId: e.id })) },
    schema: {
      operationId: 'recordExclusion',
      tags: ['availability'],
      summary: 'Record an exclusion (maintenance, customer-caused, dependency failure, force majeure, …)',
      body: z.object({
        customerId: z.string().optional().describe('omit for an exclusion that applies to every customer'),
        start: instant,
        end: instant,
        category: z.string(),
        reason: z.string().min(1),
        noticeAt: instant.optional().describe('scheduled maintenance: when its notice went out'),
        communicatedAt: instant
          .optional()
          .describe('unplanned maintenance: when the customer received the communication'),
        ...serviceReference,
      }),
      response: { 201: exclusion },
    },
    handler: async (req, reply) => reply.status(201).send(await recordExclusion(deps.context(req), req.body)),
  });
  api.get('/exclusions/:exclusionId', {
    schema: {
      operationId: 'getExclusion',
      tags: ['availability'],
      summary: "An exclusion (a customer contact reads everyone's and its own customer's)",
      params: z.object({ exclusionId: z.string() }),
      response: { 200: exclusion },
    },
    handler: async (req) => getExclusion(deps.context(req), req.params.exclusionId),
  });
  api.get('/exclusions', {
    schema: {
      operationId: 'listExclusions',
      tags: ['availability'],
      summary: 'Exclusions overlapping a range, by start; with a customer, those that apply to it',
      querystring: z.object({
        customerId: z.string().optional().describe("everyone's exclusions and this customer's own"),
        category: z.string().optional(),
        serviceId: z.string().optional(),
        ...rangeQuery,
        ...pageQuery,
      }),
      response: { 200: pageSchema(exclusion) },
    },
    handler: async (req) => listExclusionsPage(deps.context(req), req.query),
  });
  api.get('/customers/:customerId/availability', {
    schema: {
      operationId: 'getAvailabilityReport',
      tags: ['availability'],
      summary: "A period's availability report: uptime, outages and their classification, exclusions, budget, credit",
      params: z.object({ customerId: z.string() }),
      querystring: z.object({
        contractId: z.string(),
        period: z.string().describe('2026-02, 2026-Q1, 2026-W07, 2026-02-14, 2026, or FROM/TO'),
      }),
      response: { 200: availabilityReportSchema },
    },
    handler: async (req) => {
      const report = await availabilityReport(
        deps.context(req),
        req.params.customerId,
        req.query.contractId,
        req.query.period,
      );
      return availabilityReportJson(report, report.source);
    },
  });
  api.get('/customers/:customerId/performance-report', {
    schema: {
      operationId: 'getPerformanceReport',
      tags: ['availability'],
      summary: 'The performance report for the previous 30 days (TechJutsu SCSS §7.2)',
      params: z.object({ customerId: z.string() }),
      querystring: z.object({ contractId: z.string() }),
      response: { 200: performanceReportSchema },
    },
    handler: async (req) => performanceReport(deps.context(req), req.params.customerId, req.query.contractId),
  });
}
