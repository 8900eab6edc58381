import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { availabilityReport, reportJson } from '../services/availability-report.js';
import { performanceReport } from '../services/performance-report.js';
import { recordExclusion, recordIncident } from '../services/record-availability-inputs.js';
import type { RouteDeps } from './app.js';
import { instant } from './instant-schema.js';

export function registerAvailabilityRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/incidents', {
    schema: {
      tags: ['availability'],
      summary: 'Declare an incident: the fraction of users impaired over an interval',
      body: z.object({ start: instant, end: instant, fraction: z.number().min(0).max(1), summary: z.string().min(1) }),
      response: { 201: z.object({ id: z.string() }) },
    },
    handler: async (req, reply) => reply.status(201).send(await recordIncident(deps.context(req), req.body)),
  });
  api.post('/exclusions', {
    schema: {
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
      }),
      response: { 201: z.object({ id: z.string() }) },
    },
    handler: async (req, reply) => reply.status(201).send(await recordExclusion(deps.context(req), req.body)),
  });
  api.get('/customers/:id/availability', {
    schema: {
      tags: ['availability'],
      summary: "A period's availability report: uptime, outages and their classification, exclusions, budget, credit",
      params: z.object({ id: z.string() }),
      querystring: z.object({
        contract: z.string(),
        period: z.string().describe('2026-02, 2026-Q1, 2026-W07, 2026-02-14, 2026, or FROM/TO'),
      }),
    },
    handler: async (req) =>
      reportJson(await availabilityReport(deps.context(req), req.params.id, req.query.contract, req.query.period)),
  });
  api.get('/customers/:id/performance-report', {
    schema: {
      tags: ['availability'],
      summary: 'The performance report for the previous 30 days (TechJutsu SCSS §7.2)',
      params: z.object({ id: z.string() }),
      querystring: z.object({ contract: z.string() }),
    },
    handler: async (req) => performanceReport(deps.context(req), req.params.id, req.query.contract),
  });
}
