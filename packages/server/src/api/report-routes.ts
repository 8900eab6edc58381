import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { instantText } from '../services/core/instant-codec.js';
import { monthlyStatement } from '../services/reports/issue-statement.js';
import { performancePdf, performanceHtml } from '../services/reports/performance-document.js';
import { performanceReport, performanceReportSchema } from '../services/reports/performance-report.js';
import { renderStatement, STATEMENT_FORMATS } from '../services/reports/render-statement.js';
import type { RouteDeps } from './app.js';

const statement = z.object({
  status: z.enum(['issued', 'draft']).describe('issued: the month closed and this revision is stored for good'),
  revision: z.number().int().nullable(),
  issuedAt: instantText.nullable(),
  hash: z.string().describe('SHA-256 of the content as stored'),
  reasons: z.array(z.string()).describe('why this revision differs from the one before'),
  changes: z.array(z.object({ path: z.string(), was: z.unknown(), now: z.unknown() })),
  content: z.unknown().describe('the figures: support, breaches with their why, availability, credit, clocks'),
});

/** Reports people hand on: the monthly SLA statement per customer and contract. */
export function registerReportRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get('/customers/:customerId/contracts/:contractId/statements/:period', {
    schema: {
      tags: ['reports'],
      operationId: 'getMonthlyStatement',
      summary:
        'The monthly SLA statement (JSON, or HTML, PDF, or CSV of its requests and clocks): issued and stored once the month has closed; a change makes a new revision',
      params: z.object({
        customerId: z.string().max(64),
        contractId: z.string().max(64),
        period: z
          .string()
          .regex(/^\d{4}-\d{2}$/)
          .describe('a month, YYYY-MM, in the contract zone'),
      }),
      querystring: z
        .object({
          format: z.enum(STATEMENT_FORMATS).default('json'),
          revision: z.coerce.number().int().min(1).optional().describe('an earlier revision (default: the latest)'),
        })
        .strict(),
      response: { 200: statement },
    },
    handler: async (req, reply) => {
      const { customerId, contractId, period } = req.params;
      const found = await monthlyStatement(deps.context(req), customerId, contractId, period, req.query.revision);
      const rendered = await renderStatement(found, req.query.format);
      if (req.query.format === 'json') return found;
      return (
        reply
          .type(rendered.contentType)
          .header('content-disposition', `inline; filename="${rendered.fileName}"`)
          // A string or Buffer is sent as it is: the JSON schema above describes format=json only.
          .send(rendered.body as never)
      );
    },
  });
  app.withTypeProvider<ZodTypeProvider>().get('/customers/:customerId/contracts/:contractId/performance-report', {
    schema: {
      tags: ['reports'],
      operationId: 'getPerformanceDocument',
      summary:
        'TechJutsu §7.2: the performance report for the previous 30 days from the request, as HTML or PDF (format=json: its figures)',
      params: z.object({ customerId: z.string().max(64), contractId: z.string().max(64) }),
      querystring: z.object({ format: z.enum(['json', 'html', 'pdf']).default('pdf') }).strict(),
      // Described as its JSON form; format=html and format=pdf send the same figures as a document.
      response: { 200: performanceReportSchema },
    },
    handler: async (req, reply) => {
      const report = await performanceReport(deps.context(req), req.params.customerId, req.params.contractId);
      if (req.query.format === 'json') return report;
      const name = `performance-${report.customerId}-${report.contractId}-${report.range.to.slice(0, 10)}`;
      const [type, body] =
        req.query.format === 'pdf'
          ? ['application/pdf', await performancePdf(report)]
          : ['text/html; charset=utf-8', performanceHtml(report)];
      return (
        reply
          .type(type)
          .header('content-disposition', `inline; filename="${name}.${req.query.format}"`)
          // A string or Buffer is sent as it is: the JSON schema above describes format=json only.
          .send(body as never)
      );
    },
  });
}
