import { statesOpenedIn } from '../../storage/repositories/ticket-repository.js';
import { availabilityReport, reportJson } from '../availability/report.js';
import { requireVisible } from '../core/permissions.js';
import type { ServiceContext } from '../core/service-context.js';
import { wireInstant } from '../core/instants.js';

const DAY = 86_400_000;

interface ClockSummary {
  clock: string;
  severity: string;
  met: number;
  breached: number;
  running: number;
  other: number;
}

/**
 * The performance report for the previous 30 days from the request (TechJutsu SCSS §7.2): availability
 * over exactly that range, and every clock of the requests opened in it, by kind and severity.
 */
export interface PerformanceReportJson {
  customer: string;
  contract: string;
  requestedAt: string;
  range: { from: string; to: string };
  clause: string;
  availability: unknown;
  tickets: number;
  clocks: ClockSummary[];
}

export async function performanceReport(
  ctx: ServiceContext,
  customerId: string,
  contractId: string,
): Promise<PerformanceReportJson> {
  requireVisible(ctx, customerId, `customer ${customerId}`);
  const requestedAt = ctx.now();
  const from = requestedAt - 30 * DAY;
  const range = `${wireInstant(from)}/${wireInstant(requestedAt)}`;
  const availability = await availabilityReport(ctx, customerId, contractId, range).catch((e: Error) => ({
    unavailable: e.message,
  }));
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
    customer: customerId,
    contract: contractId,
    requestedAt: wireInstant(requestedAt),
    range: { from: wireInstant(from), to: wireInstant(requestedAt) },
    clause: 'TechJutsu SCSS §7.2: performance reports for the previous 30 days from the date of the request',
    availability: reportJson(availability),
    tickets,
    clocks: [...summaries.values()].sort(
      (a, b) => a.clock.localeCompare(b.clock) || a.severity.localeCompare(b.severity),
    ),
  };
}
