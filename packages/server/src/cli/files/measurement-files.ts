import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { EXCLUSION_CATEGORIES, type Exclusion, type ProbeColumns, type RequestRow, isInvalid } from '@surety/engine';
import { parseInstant } from '../../services/core/instants.js';
import { splitCsvLine } from './csv-line.js';

/**
 * Measurement inputs for availability reports, as CSV (with a header row) or JSON lines; the format is
 * chosen by extension (.csv, else JSON lines). Every row is validated; a bad row is reported with its line
 * number and left out. Files are streamed. Formats: docs/availability-inputs.md.
 */
export interface BadRow {
  file: string;
  line: number;
  message: string;
}

const instant = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const t = parseInstant(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v);
  if (isInvalid(t)) {
    ctx.addIssue({ code: 'custom', message: t.message });
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

/**
 * Streams the rows of a measurement file to `onRow`, one line at a time: a CSV record per line after a header
 * row, or a JSON object per line. A byte-order mark and CRLF line ends are accepted. A row that cannot be read
 * or does not fit the schema is added to `bad` with its line number and skipped; the rows after it are read.
 * Answers the number of rows accepted.
 */
export async function forEachRow<T extends z.ZodType>(
  file: string,
  schema: T,
  bad: BadRow[],
  onRow: (row: z.output<T>, line: number) => string | undefined,
): Promise<number> {
  const csv = extname(file).toLowerCase() === '.csv';
  let header: string[] | undefined;
  let accepted = 0;
  const reject = (line: number, message: string) => bad.push({ file, line, message });
  let line = 0;
  for await (const raw of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    const text = line++ === 0 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    if (!text.trim()) continue;
    let value: unknown;
    if (csv) {
      const fields = splitCsvLine(text);
      if ('error' in fields) {
        reject(line, fields.error);
        continue;
      }
      if (!header) {
        header = fields;
        continue;
      }
      if (fields.length !== header.length) {
        reject(line, `expected ${header.length} fields (${header.join(',')}), found ${fields.length}`);
        continue;
      }
      value = Object.fromEntries(header.map((name, i) => [name, fields[i]]));
    } else {
      try {
        value = JSON.parse(text);
      } catch (e) {
        reject(line, `not JSON: ${(e as Error).message}`);
        continue;
      }
    }
    const r = schema.safeParse(value);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      reject(line, `${issue.path.join('.') || 'row'}: ${issue.message}`);
      continue;
    }
    const refused = onRow(r.data, line);
    if (refused) reject(line, refused);
    else accepted++;
  }
  return accepted;
}

/** All the rows of a measurement file (see forEachRow). */
export async function readRows<T extends z.ZodType>(file: string, schema: T, bad: BadRow[]): Promise<z.output<T>[]> {
  const rows: z.output<T>[] = [];
  await forEachRow(file, schema, bad, (row) => void rows.push(row));
  return rows;
}

/**
 * Probe samples gathered into the engine's ProbeColumns as they are read (a month of 10-second probes from a
 * few locations is millions of rows: typed arrays hold them in a fraction of the memory of row objects).
 * Locations are numbered in the order seen.
 */
export class ProbeColumnsBuilder {
  private t = new Float64Array(1024);
  private location = new Uint8Array(1024);
  private ok = new Uint8Array(1024);
  private length = 0;
  private sorted = true;
  private readonly locations = new Map<string, number>();

  /** Adds a sample, or answers why it cannot be added. */
  add(sample: { at: number; location: string; ok: boolean }): string | undefined {
    let location = this.locations.get(sample.location);
    if (location === undefined) {
      if (this.locations.size === 256) return `location: more than 256 locations; '${sample.location}' is one too many`;
      this.locations.set(sample.location, (location = this.locations.size));
    }
    if (this.length === this.t.length) this.grow();
    if (this.length > 0 && sample.at < this.t[this.length - 1]!) this.sorted = false;
    this.t[this.length] = sample.at;
    this.location[this.length] = location;
    this.ok[this.length] = sample.ok ? 1 : 0;
    this.length++;
    return undefined;
  }

  /** The samples in time order. */
  build(): ProbeColumns {
    const n = this.length;
    const columns: ProbeColumns = {
      t: this.t.slice(0, n),
      location: this.location.slice(0, n),
      ok: this.ok.slice(0, n),
      length: n,
      locations: this.locations.size,
    };
    if (this.sorted) return columns;
    const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => this.t[a]! - this.t[b]! || a - b);
    order.forEach((from, to) => {
      columns.t[to] = this.t[from]!;
      columns.location[to] = this.location[from]!;
      columns.ok[to] = this.ok[from]!;
    });
    return columns;
  }

  private grow(): void {
    const size = this.t.length * 2;
    const grown = <A extends Float64Array | Uint8Array>(a: A, make: (n: number) => A) => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.t = grown(this.t, (n) => new Float64Array(n));
    this.location = grown(this.location, (n) => new Uint8Array(n));
    this.ok = grown(this.ok, (n) => new Uint8Array(n));
  }
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
