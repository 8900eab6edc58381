import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import { z } from 'zod';
import { EXCLUSION_CATEGORIES, type Exclusion, type ProbeColumns, type RequestRow } from '@surety/engine';
import { parseInstant } from '../../services/core/instants.js';

/**
 * Measurement inputs for availability reports, as CSV (with a header row) or JSON lines; the format is
 * chosen by extension (.csv, else JSON lines). Every row is validated; a bad row is reported with its line
 * number and left out. Formats: docs/availability-inputs.md.
 */
export interface BadRow {
  file: string;
  line: number;
  message: string;
}

const instant = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const t = parseInstant(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v);
  if (typeof t === 'string') {
    ctx.addIssue({ code: 'custom', message: t });
    return z.NEVER;
  }
  return t;
});
const count = z.coerce.number().int().nonnegative();
const bool = z
  .preprocess(
    (v) => (typeof v === 'boolean' || typeof v === 'number' ? String(v) : v),
    z.enum(['1', '0', 'true', 'false', 'up', 'down'], { error: 'expected 1/0, true/false or up/down' }),
  )
  .transform((v) => v === '1' || v === 'true' || v === 'up');
const fraction = z.coerce.number().min(0).max(1);
const optionalInstant = z.preprocess((v) => (v === '' ? undefined : v), instant.optional());

export const sampleRow = z.object({ at: instant, location: z.coerce.string().min(1), ok: bool });
export const requestRow = z
  .object({ start: instant, end: instant, total: count, failed: count, excluded_failed: count.optional() })
  .refine((r) => r.failed <= r.total, { message: 'failed is more than total', path: ['failed'] })
  .refine((r) => r.end > r.start, { message: 'end is not after start', path: ['end'] });
export const impactRow = z
  .object({ start: instant, end: instant, fraction })
  .refine((r) => r.end > r.start, { message: 'end is not after start', path: ['end'] });
export const exclusionRow = z
  .object({
    id: z.coerce.string().min(1),
    start: instant,
    end: instant,
    category: z.enum(EXCLUSION_CATEGORIES),
    reason: z.string().min(1, 'every exclusion needs a reason'),
    notice_at: optionalInstant,
    communicated_at: optionalInstant,
  })
  .refine((r) => r.end > r.start, { message: 'end is not after start', path: ['end'] });

export async function readRows<T extends z.ZodType>(file: string, schema: T, bad: BadRow[]): Promise<z.output<T>[]> {
  const rows: z.output<T>[] = [];
  const accept = (line: number, value: unknown) => {
    const r = schema.safeParse(value);
    if (r.success) rows.push(r.data);
    else {
      const issue = r.error.issues[0]!;
      bad.push({ file, line, message: `${issue.path.join('.') || 'row'}: ${issue.message}` });
    }
  };
  if (extname(file).toLowerCase() === '.csv') {
    const parser = createReadStream(file).pipe(
      parseCsv({ columns: true, trim: true, skip_empty_lines: true, relax_column_count: false }),
    );
    try {
      for await (const record of parser) accept(parser.info.lines, record);
    } catch (e) {
      bad.push({ file, line: (e as { lines?: number }).lines ?? 0, message: (e as Error).message });
    }
  } else {
    let line = 0;
    for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      line++;
      if (!text.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        bad.push({ file, line, message: `not JSON: ${(e as Error).message}` });
        continue;
      }
      accept(line, value);
    }
  }
  return rows;
}

/** Probe samples → columns per the engine's ProbeColumns, sorted by time; locations numbered in order seen. */
export function toProbeColumns(samples: { at: number; location: string; ok: boolean }[]): ProbeColumns {
  const sorted = [...samples].sort((a, b) => a.at - b.at);
  const locations = new Map<string, number>();
  const p: ProbeColumns = {
    t: new Float64Array(sorted.length),
    location: new Uint8Array(sorted.length),
    ok: new Uint8Array(sorted.length),
    length: sorted.length,
    locations: 0,
  };
  sorted.forEach((s, i) => {
    if (!locations.has(s.location)) locations.set(s.location, locations.size);
    p.t[i] = s.at;
    p.location[i] = locations.get(s.location)!;
    p.ok[i] = s.ok ? 1 : 0;
  });
  p.locations = locations.size;
  return p;
}

export function toExclusions(rows: z.output<typeof exclusionRow>[]): Exclusion[] {
  return rows.map((r) => ({
    id: r.id,
    start: r.start,
    end: r.end,
    category: r.category,
    reason: r.reason,
    noticeAt: r.notice_at,
    communicatedAt: r.communicated_at,
  }));
}

export type { RequestRow };
