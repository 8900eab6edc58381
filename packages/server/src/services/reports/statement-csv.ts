import type { Statement } from './issue-statement.js';

const COLUMNS = [
  'ticket',
  'severity',
  'clock',
  'cycle',
  'status',
  'target',
  'startedAt',
  'dueAt',
  'metAt',
  'breachedAt',
  'elapsedMs',
  'pausedMs',
  'rule',
  'clause',
] as const;

/** RFC 4180: quoted when it holds a comma, quote or line break; a leading =+-@ is quoted too (spreadsheet formulas). */
function field(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]|^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The requests and clocks behind a statement: one row per clock of each request opened in the month. */
export function statementCsv(s: Statement): string {
  const rows = s.content.clocks.map((c) => COLUMNS.map((k) => field(c[k])).join(','));
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
