import { formatDuration, type ClockView } from '@surety/engine';
import { formatInZone } from '../services/core/instants.js';
import type { TicketResult } from './files/replay-events.js';

/** A ticket's clocks as a table: wall times in each clock's calendar zone. */
export function formatTicketTable(r: TicketResult, zoneOf: (calendar: string) => string): string {
  const s = r.state;
  const head = `ticket ${r.ticket}  ${s.severity}  plan ${s.plan}${s.customer ? `  customer ${s.customer}` : ''}  ${s.phase} (${s.status})`;
  if (r.clocks.length === 0) return `${head}\n  (no clocks: the contract sets no target for this plan and severity)\n`;
  const rows = r.clocks.map((c) => clockRow(c, zoneOf(c.calendar)));
  const header = ['clock', 'sev', 'status', 'started', 'due', 'met / breached', 'elapsed', 'remaining', 'paused'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    '  ' +
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [head, line(header), ...rows.map(line)].join('\n') + '\n';
}

function clockRow(c: ClockView, zone: string): string[] {
  const outcome = [
    c.metAt !== null ? `met ${formatInZone(c.metAt, zone)}` : '',
    c.breachedAt !== null ? `breached ${formatInZone(c.breachedAt, zone)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return [
    `${c.kind}#${c.cycle}`,
    c.severity,
    c.status,
    formatInZone(c.startedAt, zone),
    formatInZone(c.dueAt, zone),
    outcome || '-',
    formatDuration(c.elapsedMs),
    formatDuration(c.remainingMs),
    formatDuration(c.pausedMs),
  ];
}
