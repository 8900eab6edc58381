import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import {
  applyEvent,
  openTicket,
  TicketEventError,
  viewTicket,
  type CompiledContract,
  type TicketEvaluation,
  type TicketState,
} from '@surety/engine';
import { parseEventLine } from './event-line.js';

export interface TicketResult extends TicketEvaluation {
  ticket: string;
}

export interface BadLine {
  file: string;
  line: number;
  ticket?: string;
  message: string;
}

export interface ReplayOptions {
  now: number;
  /** Called for each bad line; return false to stop the replay (strict mode). */
  onBadLine(bad: BadLine): boolean;
  /** Called with bytes read so far and the file size, for progress displays. */
  onProgress?(read: number, total: number): void;
}

export interface ReplaySummary {
  lines: number;
  events: number;
  tickets: number;
  badLines: number;
  afterNow: number;
  stopped: boolean;
}

/**
 * Streams an event log and yields each ticket's clocks as of `now`. A ticket is yielded as soon as it is
 * closed (nothing can change it after that) and the rest at the end, so memory holds only open tickets.
 */
export async function* replayEventLog(
  contract: CompiledContract,
  file: string,
  options: ReplayOptions,
  summary: ReplaySummary,
): AsyncGenerator<TicketResult> {
  const total = (await stat(file)).size;
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const open = new Map<string, TicketState>();
  let read = 0;
  for await (const raw of lines) {
    summary.lines++;
    const text = summary.lines === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw; // a byte-order mark
    read += Buffer.byteLength(raw) + 1;
    if ((summary.lines & 0xffff) === 0) options.onProgress?.(read, total);
    if (text.trim() === '') continue;
    const parsed = parseEventLine(text);
    const bad = (message: string, ticket?: string) => {
      summary.badLines++;
      if (!options.onBadLine({ file, line: summary.lines, ticket, message })) summary.stopped = true;
    };
    if (!parsed.ok) {
      bad(parsed.message);
      if (summary.stopped) break;
      continue;
    }
    const { ticket, event } = parsed;
    if (event.at > options.now) {
      summary.afterNow++;
      continue;
    }
    try {
      const state = open.get(ticket);
      if (event.type === 'opened') {
        if (state) throw new TicketEventError(`ticket ${ticket} is already open`);
        open.set(ticket, openTicket(contract, event));
        summary.tickets++;
      } else {
        if (!state) throw new TicketEventError(`ticket ${ticket} has no opened event before this ${event.type}`);
        applyEvent(contract, state, event);
        if (event.type === 'closed') {
          open.delete(ticket);
          yield { ticket, ...viewTicket(state, options.now) };
        }
      }
      summary.events++;
    } catch (e) {
      if (!(e instanceof TicketEventError)) throw e;
      bad(e.message, ticket);
      if (summary.stopped) break;
    }
  }
  lines.close();
  stream.destroy();
  options.onProgress?.(total, total);
  if (summary.stopped) return; // strict mode: a bad line is fatal, so no partial results
  for (const [ticket, state] of open) yield { ticket, ...viewTicket(state, options.now) };
}
