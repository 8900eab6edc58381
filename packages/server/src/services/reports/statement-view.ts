import type { AvailabilityReportJson } from '../availability/report-json.js';
import type { Statement } from './issue-statement.js';

/** A table as both documents draw it. */
export interface ViewTable {
  columns: string[];
  rows: string[][];
}

/** A statement laid out once for the HTML page and the PDF: headings, lines, tables and the figures of its charts. */
export interface StatementView {
  title: string;
  subtitle: string[];
  support: { summary: string; table: ViewTable; bars: { label: string; met: number; breached: number }[] };
  /** Each breach with its why; null: the report has no such section. */
  breaches: { heading: string; lines: string[] }[] | null;
  availability: {
    lines: string[];
    budget: { allowedMs: number; usedMs: number } | null;
    outages: ViewTable;
    exclusions: ViewTable;
  };
  credit: string[];
  revision: string[];
}

export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  const parts = [
    [Math.floor(s / 86400), 'd'],
    [Math.floor((s % 86400) / 3600), 'h'],
    [Math.floor((s % 3600) / 60), 'm'],
    [s % 60, 's'],
  ].filter(([n]) => n) as [number, string][];
  return parts.length ? parts.map(([n, u]) => `${n}${u}`).join(' ') : '0s';
}

export const when = (iso: string | null) =>
  iso ? iso.replace('T', ' ').replace(/(:\d\d)?\.\d+Z$|(:\d\d)?Z$/, ' UTC') : '-';

/** The time-based part of an availability report, as GET /customers/{customerId}/availability answers it. */
type TimeReportJson = NonNullable<AvailabilityReportJson['time']>;

export function statementView(s: Statement): StatementView {
  const c = s.content;
  const availability = availabilityView(c.availability);
  return {
    title: `SLA statement ${c.period.label}: ${c.customer.name}`,
    subtitle: [
      `${c.contract.title} (${c.contract.provider}), contract ${c.contract.id} version ${c.contract.version}`,
      `Period ${when(c.period.start)} to ${when(c.period.end)} (${c.period.zone})`,
      s.status === 'issued'
        ? `Issued ${when(s.issuedAt)}, revision ${s.revision}, SHA-256 ${s.hash}`
        : `Draft: the month has not closed (SHA-256 of the figures so far ${s.hash})`,
    ],
    support: {
      summary: `${c.support.requests} request(s) opened in the month, ${c.support.breaches.length} clock(s) breached.`,
      table: {
        columns: ['Severity', 'Metric', 'Clocks', 'Met', 'Breached', 'Running', '% met'],
        rows: c.support.rows.map((r) => [
          r.severity,
          r.metric,
          String(r.clocks),
          String(r.met),
          String(r.breached),
          String(r.running),
          r.metPercent ?? '-',
        ]),
      },
      bars: c.support.rows.map((r) => ({ label: `${r.severity} ${r.metric}`, met: r.met, breached: r.breached })),
    },
    breaches: c.support.breaches.map((b) => ({
      heading: `${b.ticket} ${b.severity} ${b.clock}#${b.cycle}: due ${when(b.dueAt)} (${b.target}), breached ${when(b.breachedAt)}${b.metAt ? `, met late ${when(b.metAt)}` : ''}${b.clause ? ` [${b.clause}]` : ''}`,
      lines: b.why,
    })),
    availability,
    credit: c.credit
      ? [
          `Credit earned: ${c.credit.earned} (${c.credit.form.replace(/_/g, ' ')})${c.credit.capped ? ', capped' : ''} [${c.credit.rule}]`,
          c.credit.note,
          ...(c.credit.claimDeadline ? [`Claim deadline: ${when(c.credit.claimDeadline)}`] : []),
        ]
      : ['No credit terms apply to this month.'],
    revision: s.reasons.length
      ? [
          `Why this revision: ${s.reasons.join('; ')}`,
          ...s.changes.slice(0, 20).map((ch) => `${ch.path}: ${JSON.stringify(ch.was)} -> ${JSON.stringify(ch.now)}`),
        ]
      : [],
  };
}

/** Availability as both documents show it: the measured uptime, the budget, outages and exclusion decisions. */
export function availabilityView(report: unknown): StatementView['availability'] {
  const a = report as {
    time?: TimeReportJson;
    requests?: { uptime: string; target: { text: string }; met: boolean };
    guarantee?: boolean;
    unavailable?: string;
  };
  const time = a.time;
  const lines: string[] = [];
  if (a.unavailable) lines.push(`Not measured: ${a.unavailable}`);
  const measured = time ?? a.requests;
  if (measured)
    lines.push(
      `Uptime ${measured.uptime} against a target of ${measured.target.text}: ${measured.met ? 'met' : 'NOT met'}${a.guarantee === false ? ' (a target, not a guarantee)' : ''}`,
    );
  if (time?.budget)
    lines.push(
      `Downtime budget ${duration(time.budget.allowedMs)}, used ${duration(time.budget.usedMs)}, left ${duration(Math.max(0, time.budget.remainingMs))}`,
    );
  return {
    lines,
    budget: time?.budget ? { allowedMs: time.budget.allowedMs, usedMs: time.budget.usedMs } : null,
    outages: {
      columns: ['Start', 'End', 'Length', 'Counted', 'Class', 'Covered by'],
      rows: (time?.outages ?? []).map((o) => [
        when(o.start),
        when(o.end),
        duration(o.durationMs),
        duration(o.countedMs),
        o.classification,
        o.coveredBy.map((x) => `${x.category} ${duration(x.ms)}`).join(', ') || '-',
      ]),
    },
    exclusions: {
      columns: ['Exclusion', 'Start', 'End', 'Category', 'Decision', 'Reason'],
      rows: (time?.decisions ?? []).map((d) => [
        d.exclusion.id.slice(0, 12),
        when(d.exclusion.start),
        when(d.exclusion.end),
        d.exclusion.category,
        `${d.excluded ? 'excluded' : 'not excluded'}${d.flagged ? ' (flagged)' : ''}${d.note ? `: ${d.note}` : ''}`,
        d.exclusion.reason,
      ]),
    },
  };
}
