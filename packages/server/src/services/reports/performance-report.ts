import { statesOpenedIn } from '../../storage/repositories/ticket-repository.js';
import { z } from 'zod';
import { availabilityReport } from '../availability/report.js';
import { availabilityReportJson, availabilityReportSchema } from '../availability/report-json.js';
import { instantText } from '../core/instant-codec.js';
import { requireVisible } from '../core/permissions.js';
import type { ServiceContext } from '../core/service-context.js';
import { wireInstant } from '../core/instants.js';

const DAY = 86_400_000;

const clockSummarySchema = z.object({
  clock: z.string(),
  severity: z.string(),
  met: z.number().int(),
  breached: z.number().int(),
  running: z.number().int(),
  other: z.number().int().describe('paused or cancelled'),
});
type ClockSummary = z.infer<typeof clockSummarySchema>;

/**
 * The performance report for the previous 30 days from the request (TechJutsu SCSS §7.2): availability
 * over exactly that range, and every clock of the requests opened in it, by kind and severity.
 */
export const performanceReportSchema = z.object({
  customerId: z.string(),
  contractId: z.string(),
  requestedAt: instantText,
  range: z.object({ from: instantText, to: instantText }),
  clause: z.string(),
  availability: z.union([
    availabilityReportSchema,
    z.object({ unavailable: z.string().describe('why the contract gives no availability figure for the range') }),
  ]),
  tickets: z.number().int().describe('requests opened in the range'),
  clocks: z.array(clockSummarySchema),
});
export type PerformanceReportJson = z.infer<typeof performanceReportSchema>;

export async function performanceReport(
  ctx: ServiceContext,
  customerId: string,
  contractId: string,
): Promise<PerformanceReportJson> {
  requireVisible(ctx, customerId, `customer ${customerId}`);
  const requestedAt = ctx.now();
  const from = requestedAt - 30 * DAY;
  const range = `${wireInstant(from)}/${wireInstant(requestedAt)}`;
  const availability = await availabilityReport(ctx, customerId, contractId, range).then(
    (report) => availabilityReportJson(report, report.source),
    (e: Error) => ({ unavailable: e.message }),
  );
  const summaries = new Map<string, ClockSummary>();
  let after: [number, string] | undefined;
  let tickets = 0;
  for (;;) {
    const page = await statesOpenedIn(ctx.db, { customerId, contractId, from, to: requestedAt, after, limit: 500 });
    for (const t of page) {
      tickets++;
      const { clocks } = JSON.parse(t.state) as { clocks: { clock: string; severity: string; status: string }[] };
      for (const c of clocks) {
        const key = `${c.clock}|${c.severity}`;
        const s = summaries.get(key) ?? {
          clock: c.clock,
          severity: c.severity,
          met: 0,
          breached: 0,
          running: 0,
          other: 0,
        };
        if (c.status === 'met' || c.status === 'breached' || c.status === 'running') s[c.status]++;
        else s.other++;
        summaries.set(key, s);
      }
    }
    const last = page.at(-1);
    if (page.length < 500 || !last) break;
    after = [last.opened_at, last.id];
  }
  return {
    customerId,
    contractId,
    requestedAt: wireInstant(requestedAt),
    range: { from: wireInstant(from), to: wireInstant(requestedAt) },
    clause: 'TechJutsu SCSS §7.2: performance reports for the previous 30 days from the date of the request',
    availability,
    tickets,
    clocks: [...summaries.values()].sort(
      (a, b) => a.clock.localeCompare(b.clock) || a.severity.localeCompare(b.severity),
    ),
  };
}
