import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { availabilityReport } from '../services/availability/report.js';
import { availabilityReportJson, availabilityReportSchema } from '../services/availability/report-json.js';
import { performanceReport, performanceReportSchema } from '../services/reports/performance-report.js';
import { listExclusionsPage, listIncidentsPage } from '../services/availability/list-inputs.js';
import { recordExclusion, recordIncident } from '../services/availability/record-inputs.js';
import type { RouteDeps } from './app.js';
import { instant, instantText } from '../services/core/instant-codec.js';
import { pageQuery, pageSchema, rangeQuery } from './list-query.js';

/** What an incident or exclusion concerns; omitted (as before services existed): the whole offering. */
const serviceReference = {
  serviceId: z.string().optional().describe('the service affected; omit for the whole offering'),
  componentId: z.string().optional().describe('a component of that service'),
};
const incident = z.object({
  id: z.string(),
  start: instantText,
  end: instantText,
  fraction: z.number(),
  summary: z.string(),
  serviceId: z.string().nullable(),
  componentId: z.string().nullable(),
  createdAt: instantText,
});
const exclusion = z.object({
  id: z.string(),
  customerId: z.string().nullable(),
  start: instantText,
  end: instantText,
  category: z.string(),
  reason: z.string(),
  noticeAt: instantText.nullable(),
  communicatedAt: instantText.nullable(),
  serviceId: z.string().nullable(),
  componentId: z.string().nullable(),
  cancelledAt: instantText.nullable().describe('cancelled maintenance: kept as a record, excludes nothing'),
  createdAt: instantText,
});

export function registerAvailabilityRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/incidents', {
    schema: {
      operationId: 'declareIncident',
      tags: ['availability'],
      summary: 'Declare an incident: the fraction of users impaired over an interval',
      body: z.object({
        start: instant,
        end: instant,
        fraction: z.number().min(0).max(1),
        summary: z.string().min(1),
        ...serviceReference,
      }),
      response: { 201: z.object({ id: z.string() }) },
    },
    handler: async (req, reply) => reply.status(201).send(await recordIncident(deps.context(req), req.body)),
  });
  api.post('/exclusions', {
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
      response: { 201: z.object({ id: z.string() }) },
    },
    handler: async (req, reply) => reply.status(201).send(await recordExclusion(deps.context(req), req.body)),
  });
  api.get('/incidents', {
    schema: {
      operationId: 'listIncidents',
      tags: ['availability'],
      summary: 'Declared incidents overlapping a range, by start (provider-wide: they name no customer)',
      querystring: z.object({
        service: z.string().optional(),
        component: z.string().optional(),
        ...rangeQuery,
        ...pageQuery,
      }),
      response: { 200: pageSchema(incident) },
    },
    handler: async (req) =>
      listIncidentsPage(deps.context(req), {
        ...req.query,
        serviceId: req.query.service,
        componentId: req.query.component,
      }),
  });
  api.get('/exclusions', {
    schema: {
      operationId: 'listExclusions',
      tags: ['availability'],
      summary: 'Exclusions overlapping a range, by start; with a customer, those that apply to it',
      querystring: z.object({
        customerId: z.string().optional().describe("everyone's exclusions and this customer's own"),
        category: z.string().optional(),
        service: z.string().optional(),
        ...rangeQuery,
        ...pageQuery,
      }),
      response: { 200: pageSchema(exclusion) },
    },
    handler: async (req) =>
      listExclusionsPage(deps.context(req), {
        ...req.query,
        serviceId: req.query.service,
      }),
  });
  api.get('/customers/:customerId/availability', {
    schema: {
      operationId: 'getAvailabilityReport',
      tags: ['availability'],
      summary: "A period's availability report: uptime, outages and their classification, exclusions, budget, credit",
      params: z.object({ customerId: z.string() }),
      querystring: z.object({
        contract: z.string(),
        period: z.string().describe('2026-02, 2026-Q1, 2026-W07, 2026-02-14, 2026, or FROM/TO'),
      }),
      response: { 200: availabilityReportSchema },
    },
    handler: async (req) => {
      const report = await availabilityReport(
        deps.context(req),
        req.params.customerId,
        req.query.contract,
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
      querystring: z.object({ contract: z.string() }),
      response: { 200: performanceReportSchema },
    },
    handler: async (req) => performanceReport(deps.context(req), req.params.customerId, req.query.contract),
  });
}
