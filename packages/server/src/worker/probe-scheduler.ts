import TinyQueue from 'tinyqueue';
import type { Assignment, AssignmentsAt } from '../services/monitors/assignments.js';
import type { SampleInput } from '../services/monitors/record-samples.js';
import { runCheck } from './checks/probe-checks.js';
import { scrapeCounters, type CounterReading } from './checks/prometheus-scrape.js';

/** Where a probe gets its checks and sends its results: the server's own store, or the API of a remote one. */
export interface ProbeLink {
  /**
   * The location's checks, and the probe processes alive there (this one included) that share them. Given the
   * revision of the checks the probe holds, the answer leaves them out while they are unchanged.
   */
  assignments(member: string, revision?: number): Promise<Partial<AssignmentsAt> & { members: string[] }>;
  push(samples: SampleInput[]): Promise<void>;
  /** Request counts scraped from Prometheus: their increase over one interval. */
  pushCounts(monitorId: string, row: { start: number; end: number; total: number; failed: number }): Promise<void>;
}

export interface ProbeStats {
  checks: number;
  /** Slots not run: always 0 unless the probe stops (a slot due is run however late). */
  skipped: number;
  /** How late each check started after its slot, in ms (the last 100,000). */
  lateness: number[];
  inFlight: number;
  /** A probe thread's own event-loop delay since it started, in ms (probe-thread.ts): was the thread held back? */
  threadLoopDelayMs?: { p99: number; max: number };
}

export interface ProbeScheduler {
  stats: ProbeStats;
  /** Pushes what is queued and stops starting checks. */
  stop(): Promise<void>;
}

export interface ProbeOptions {
  link: ProbeLink;
  member: string;
  now?: () => number;
  /** How often assignments and membership are read again. */
  refreshMs?: number;
  /** Results are pushed at least this often, or when this many are queued. */
  batchMs?: number;
  batchSize?: number;
  /** Checks running at once at most. */
  concurrency?: number;
  onError?(e: unknown): void;
}

/**
 * Runs a location's checks on their slots: monitor k runs at every multiple of its interval plus an offset of its
 * own (spreading monitors over the interval), and records the slot, not the clock, as the sample's instant. So two
 * probe processes that both ran a slot while taking over store it once, and a process that fell behind runs every
 * slot it owes, late, rather than skipping any. Processes at one location share the checks by key modulo members.
 */
export function startProbeScheduler(options: ProbeOptions): ProbeScheduler {
  const now = options.now ?? Date.now;
  const refreshMs = options.refreshMs ?? 3_000;
  const batchMs = options.batchMs ?? 1_000;
  const batchSize = options.batchSize ?? 2_000;
  const concurrency = options.concurrency ?? 1_000;
  const onError = options.onError ?? (() => {});
  const stats: ProbeStats = { checks: 0, skipped: 0, lateness: [], inFlight: 0 };
  let assignments = new Map<string, Assignment>();
  let revision: number | undefined;
  let members: string[] = [options.member];
  /** The next slot of each monitor this process runs. */
  const next = new Map<string, number>();
  /**
   * The same slots, soonest first: each tick takes only those due (10,000 monitors at 30 s make a tick every few
   * milliseconds, and a walk over every monitor at each was a seventh of a core). An entry whose monitor was dropped
   * or moved to another slot meanwhile no longer matches `next` and is skipped.
   */
  const due = new TinyQueue<{ id: string; slot: number }>([], (a, b) => a.slot - b.slot);
  const schedule = (id: string, slot: number) => {
    next.set(id, slot);
    due.push({ id, slot });
  };
  const counters = new Map<string, { at: number; reading: CounterReading }>();
  let queue: SampleInput[] = [];
  let stopped = false;
  let waiting: Array<() => void> = [];

  const owns = (a: Assignment) => {
    const index = members.indexOf(options.member);
    return index < 0 || a.key % members.length === index;
  };
  const firstSlot = (a: Assignment, t: number) => {
    const offset = (a.key * 7_919) % a.intervalMs;
    return Math.ceil((t - offset) / a.intervalMs) * a.intervalMs + offset;
  };

  const refresh = async () => {
    const got = await options.link.assignments(options.member, revision);
    members = got.members.length ? got.members : [options.member];
    if (got.assignments) assignments = new Map(got.assignments.map((a) => [a.monitorId, a]));
    revision = got.assignments ? got.revision : revision;
    const t = now();
    for (const id of next.keys()) if (!assignments.has(id) || !owns(assignments.get(id)!)) next.delete(id);
    for (const a of assignments.values()) if (owns(a) && !next.has(a.monitorId)) schedule(a.monitorId, firstSlot(a, t));
  };

  const run = async (a: Assignment, slot: number) => {
    stats.inFlight++;
    try {
      if (a.config.type === 'requests') {
        if (a.config.prometheus) await scrape(a, slot);
        return;
      }
      const result = await runCheck(a.config, now);
      queue.push({ monitorId: a.monitorId, t: slot, ...result });
      if (queue.length >= batchSize) void flush();
    } catch (e) {
      onError(e);
    } finally {
      stats.inFlight--;
      waiting.shift()?.();
    }
  };

  const scrape = async (a: Assignment, slot: number) => {
    if (a.config.type !== 'requests' || !a.config.prometheus) return;
    const reading = await scrapeCounters(a.config.prometheus);
    const before = counters.get(a.monitorId);
    counters.set(a.monitorId, { at: slot, reading });
    // A counter that went down was reset: its value is the increase since the reset.
    if (before)
      await options.link.pushCounts(a.monitorId, {
        start: before.at,
        end: slot,
        total: reading.total >= before.reading.total ? reading.total - before.reading.total : reading.total,
        failed: reading.failed >= before.reading.failed ? reading.failed - before.reading.failed : reading.failed,
      });
  };

  let flushing: Promise<void> = Promise.resolve();
  const flush = () => {
    flushing = flushing.then(async () => {
      if (!queue.length) return;
      const batch = queue;
      queue = [];
      try {
        await options.link.push(batch);
      } catch (e) {
        queue = batch.concat(queue); // kept for the next push
        onError(e);
      }
    });
    return flushing;
  };

  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    if (stopped) return;
    const t = now();
    for (let top = due.peek(); top && top.slot <= t; top = due.peek()) {
      due.pop();
      const { id, slot } = top;
      const a = assignments.get(id);
      if (next.get(id) !== slot || !a) continue;
      if (stats.inFlight >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
      if (stopped) return;
      stats.checks++;
      stats.lateness.push(now() - slot);
      if (stats.lateness.length > 100_000) stats.lateness.splice(0, 50_000);
      void run(a, slot);
      schedule(id, slot + a.intervalMs);
    }
    const soonest = due.peek()?.slot ?? Infinity;
    timer = setTimeout(() => void tick(), Math.max(0, Math.min(soonest - now(), 1_000)));
  };

  const refresher = setInterval(() => void refresh().catch(onError), refreshMs);
  const flusher = setInterval(() => void flush(), batchMs);
  void refresh()
    .catch(onError)
    .then(() => tick());

  return {
    stats,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      clearInterval(refresher);
      clearInterval(flusher);
      for (const w of waiting) w();
      waiting = [];
      while (stats.inFlight > 0) await new Promise((r) => setTimeout(r, 10));
      await flush();
    },
  };
}
