/** "2h 05m", "3d 4h", "45s": a duration as people read it, negative ones with a leading minus. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  let s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86400);
  s -= d * 86400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const two = (n: number) => String(n).padStart(2, '0');
  if (d > 0) return `${sign}${d}d ${h}h`;
  if (h > 0) return `${sign}${h}h ${two(m)}m`;
  if (m > 0) return `${sign}${m}m ${two(s)}s`;
  return `${sign}${s}s`;
}

const instantFormat = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** An ISO instant in the reader's zone, or a dash when absent. */
export function formatInstant(iso: string | number | null | undefined): string {
  if (iso === null || iso === undefined || iso === 'never') return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : instantFormat.format(date);
}

/** The UTC month of an instant, YYYY-MM. */
export function monthOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** The UTC month before `period` (YYYY-MM). */
export function previousMonth(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
