import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { complianceOverview } from '../services/overview/compliance.js';
import { instantText } from '../services/core/instant-codec.js';
import type { RouteDeps } from './app.js';

const counts = {
  clocks: z.number().int(),
  met: z.number().int(),
  breached: z.number().int(),
  running: z.number().int().describe('still measured: running or paused'),
  atRisk: z.number().int().describe('running, with its first warning passed or its deadline within atRiskWithinMs'),
  metPercent: z.number().nullable().describe('met among the clocks decided (met or breached); null when none is'),
};

const compliance = z.object({
  period: z.string().describe('the month shown, YYYY-MM (UTC, by when each request was received)'),
  months: z.array(z.string()).describe('the months of the trend, oldest first'),
  asOf: instantText,
  atRiskWithinMs: z.number().int(),
  rows: z.array(z.object({ contractId: z.string(), severity: z.string(), metric: z.string(), ...counts })),
  trend: z.array(z.object({ month: z.string(), contractId: z.string(), ...counts })),
});

/** The console's overview figures, counted on the server. */
export function registerOverviewRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get('/overview/compliance', {
    schema: {
      tags: ['reports'],
      operationId: 'getComplianceOverview',
      summary:
        "A month's clocks per contract, severity and metric (met, breached, running, at risk, % met) and the % met by month",
      querystring: z
        .object({
          period: z
            .string()
            .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
            .optional()
            .describe('a month, YYYY-MM (default: this month, UTC)'),
          months: z.coerce.number().int().min(1).max(24).default(6).describe('months in the trend'),
          customerId: z.string().max(64).optional(),
        })
        .strict(),
      response: { 200: compliance },
    },
    handler: async (req) =>
      complianceOverview(deps.context(req), {
        period: req.query.period,
        months: req.query.months,
        customerId: req.query.customerId,
      }),
  });
}
