import { createHash } from 'node:crypto';
import { claimDeadline, parsePeriod } from '@surety/engine';
import { findAssignment } from '../../storage/repositories/contract-repository.js';
import { findCustomer } from '../../storage/repositories/customer-repository.js';
import { statesOpenedIn } from '../../storage/repositories/ticket-repository.js';
import { availabilityReport, reportJson } from '../availability/report.js';
import { contractFor } from '../contracts/compiled-contracts.js';
import { requireVisible } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import type { TicketJson } from '../tickets/ticket-json.js';

/** One clock of one request, as the statement's CSV lists it. */
export interface StatementClock {
  ticket: string;
  severity: string;
  clock: string;
  cycle: number;
  status: string;
  target: string;
  startedAt: string | null;
  dueAt: string | null;
  metAt: string | null;
  breachedAt: string | null;
  elapsedMs: number;
  pausedMs: number;
  rule: string;
  clause: string | null;
}

export interface PerformanceRow {
  severity: string;
  metric: string;
  clocks: number;
  met: number;
  breached: number;
  running: number;
  other: number;
  /** Met on time among the clocks that stopped or breached; null when none did. */
  metPercent: string | null;
}

export interface StatementBreach extends StatementClock {
  /** The clock's history in the engine's words: each start, pause, resume, and the breach itself, with its rule. */
  why: string[];
}

/** What a monthly statement says: the figures, every one derived from the store as of the month's end. */
export interface StatementContent {
  kind: 'monthly_statement';
  customer: { id: string; name: string };
  contract: { id: string; title: string; provider: string; version: number };
  period: { label: string; start: string; end: string; zone: string };
  support: { requests: number; rows: PerformanceRow[]; breaches: StatementBreach[] };
  availability: unknown;
  credit: {
    earned: number;
    form: string;
    rule: string;
    capped: boolean;
    claimWindowDays: number | null;
    claimDeadline: string | null;
    note: string;
  } | null;
  clocks: StatementClock[];
  /** What the figures were derived from, to say why a later revision differs. */
  inputs: { contractVersion: number; termsHash: string };
}

const iso = (t: number) => new Date(t).toISOString();

/**
 * A month's SLA statement for a customer under a contract: support performance per severity and metric for the
 * requests opened in the month, each breach with its why, availability with outages and exclusions and the budget,
 * the credit the month earns and the claim deadline. Nothing in it depends on when it is asked (the credit is what
 * the month earns, not whether a claim is still open), so the same store gives the same content and hash.
 */
export async function statementContent(
  ctx: ServiceContext,
  customerId: string,
  contractId: string,
  periodLabel: string,
): Promise<StatementContent> {
  requireVisible(ctx, customerId, `customer ${customerId}`);
  if (!/^\d{4}-\d{2}$/.test(periodLabel))
    throw new ServiceError('invalid', `a statement is for a month such as 2026-02, found '${periodLabel}'`, 'period');
  const customer = await findCustomer(ctx.db, customerId);
  if (!customer) throw new ServiceError('not_found', `no customer ${customerId}`);
  const { contract, version } = await contractFor(ctx.db, ctx.caches.compiledContracts, customerId, contractId);
  const assignment = await findAssignment(ctx.db, customerId, contractId);
  const zone = contract.availability?.zone ?? contract.calendars.values().next().value?.zone ?? 'UTC';
  const period = parsePeriod(periodLabel, zone);
  if (typeof period === 'string') throw new ServiceError('invalid', period, 'period');

  const clocks: StatementClock[] = [];
  const breaches: StatementBreach[] = [];
  let requests = 0;
  let after: [number, string] | undefined;
  for (;;) {
    const page = await statesOpenedIn(ctx.db, {
      customerId,
      contractId,
      from: period.start,
      to: period.end,
      after,
      limit: 500,
    });
    for (const row of page) {
      requests++;
      const state = JSON.parse(row.state) as TicketJson;
      for (const c of state.clocks) {
        const clock: StatementClock = {
          ticket: row.id,
          severity: c.severity,
          clock: c.clock,
          cycle: c.cycle,
          status: c.status,
          target: c.target,
          startedAt: c.startedAt,
          dueAt: c.dueAt,
          metAt: c.metAt,
          breachedAt: c.breachedAt,
          elapsedMs: c.elapsedMs,
          pausedMs: c.pausedMs,
          rule: c.rule,
          clause: c.clause,
        };
        clocks.push(clock);
        if (c.status === 'breached') {
          const id = `${c.clock}#${c.cycle}`;
          const why = state.explanations
            .filter((e) => e.clock === id)
            .map(
              (e) =>
                `${e.at} ${e.change}${e.cause ? ` on ${e.cause}` : ''}: ${e.rule}${e.detail ? ` (${e.detail})` : ''}`,
            );
          breaches.push({ ...clock, why });
        }
      }
    }
    const last = page.at(-1);
    if (page.length < 500 || !last) break;
    after = [last.opened_at, last.id];
  }

  let availability: unknown;
  let credit: StatementContent['credit'] = null;
  try {
    const report = await availabilityReport(ctx, customerId, contractId, periodLabel);
    availability = reportJson({ ...report, source: undefined });
    const policy = contract.credits;
    if (report.credit && policy) {
      const affectedAt = report.time?.counted.at(-1)?.[0];
      const window = policy.claimWindowDays ?? null;
      const deadline =
        window !== null && affectedAt !== undefined && report.credit.credit > 0
          ? iso(claimDeadline(affectedAt, window, zone))
          : null;
      credit = {
        earned: report.credit.credit,
        form: report.credit.form,
        rule: report.credit.rule,
        capped: report.credit.capped,
        claimWindowDays: window,
        claimDeadline: deadline,
        note:
          report.credit.form === 'none'
            ? 'the contract sets no service credits'
            : report.credit.credit === 0
              ? 'no credit: the month met its target'
              : window !== null
                ? `owed when claimed within ${window} days of the day service was affected, by ${deadline}`
                : 'owed without a claim',
      };
    }
  } catch (e) {
    if (!(e instanceof ServiceError) || e.code !== 'invalid') throw e;
    availability = { unavailable: e.message };
  }

  return {
    kind: 'monthly_statement',
    customer: { id: customer.id, name: customer.name },
    contract: { id: contract.id, title: contract.title, provider: contract.provider, version },
    period: { label: periodLabel, start: iso(period.start), end: iso(period.end), zone },
    support: { requests, rows: performanceRows(clocks), breaches },
    availability,
    credit,
    clocks,
    inputs: {
      contractVersion: version,
      termsHash: createHash('sha256')
        .update(assignment?.order_form ?? '')
        .digest('hex')
        .slice(0, 16),
    },
  };
}

function performanceRows(clocks: readonly StatementClock[]): PerformanceRow[] {
  const rows = new Map<string, PerformanceRow>();
  for (const c of clocks) {
    const key = `${c.severity}\u0000${c.clock}`;
    const row = rows.get(key) ?? {
      severity: c.severity,
      metric: c.clock,
      clocks: 0,
      met: 0,
      breached: 0,
      running: 0,
      other: 0,
      metPercent: null,
    };
    row.clocks++;
    if (c.status === 'met' || c.status === 'breached' || c.status === 'running') row[c.status]++;
    else row.other++;
    rows.set(key, row);
  }
  return [...rows.values()]
    .map((r) => ({
      ...r,
      metPercent: r.met + r.breached ? `${((100 * r.met) / (r.met + r.breached)).toFixed(1)}%` : null,
    }))
    .sort((a, b) => a.severity.localeCompare(b.severity) || a.metric.localeCompare(b.metric));
}
