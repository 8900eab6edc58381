import type { RequestsConfig } from '../../services/monitors/monitor-config.js';

export interface CounterReading {
  total: number;
  failed: number;
}

/**
 * Reads the two counters of a request-count monitor from a Prometheus text exposition. The counters are
 * cumulative; the caller records their increase between two readings (a reset shows as a smaller value).
 */
export async function scrapeCounters(prometheus: NonNullable<RequestsConfig['prometheus']>): Promise<CounterReading> {
  const res = await fetch(prometheus.url, { signal: AbortSignal.timeout(prometheus.timeoutMs) });
  if (!res.ok) throw new Error(`${prometheus.url} answered ${res.status}`);
  const text = await res.text();
  return { total: counter(text, prometheus.total), failed: counter(text, prometheus.failed) };
}

/** The value of a series in the exposition: its name and exactly its labels (in any order). */
export function counter(text: string, series: string): number {
  const want = parseSeries(series);
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([^\s{]+(?:\{[^}]*\})?)\s+(\S+)/.exec(line);
    if (!m) continue;
    const got = parseSeries(m[1]!);
    if (got.key === want.key) return Number(m[2]);
  }
  throw new Error(`no series ${series}`);
}

function parseSeries(s: string): { key: string } {
  const m = /^([^{\s]+)(?:\{(.*)\})?$/.exec(s.trim());
  if (!m) return { key: s };
  const labels = [...(m[2] ?? '').matchAll(/(\w+)\s*=\s*"((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => `${k}=${v}`).sort();
  return { key: `${m[1]}{${labels.join(',')}}` };
}
