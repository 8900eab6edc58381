// Crash test (issue 4, section 7): `kill -9` under load, restart, and every acknowledged write is there.
// For each backend (a SQLite file, and a fresh PostgreSQL database), ROUNDS times: start `surety serve` on the
// same database, drive concurrent writes over HTTP (POST /tickets and POST /tickets/:id/events from CONNECTIONS
// fetch loops), SIGKILL the server after a seeded random 300–1500 ms, restart it, and check through the API
// that every write the server acknowledged (2xx) is there exactly once, and that the audit chain verifies.
// A write whose response never came is unacknowledged: it may or may not be there; we count those that are.
// Each event carries a unique status (`w<round>-<n>`), so a write is found by its marker, not by position.
// Each round also opens a ticket whose first-response deadline falls while the server is down: the restarted
// server must record that breach (its timers work after a crash). Exits non-zero when anything acknowledged
// is missing or duplicated, a restart fails, a timer does not fire, or the audit chain is broken.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32, randomInt } from './seeded-random.mjs';
import { api, freshPostgres, pool, request, serve as serveOn } from './surety-server.mjs';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 20);
const CONNECTIONS = Number(process.env.CRASH_CONNECTIONS ?? 24);
const SEED = Number(process.env.CRASH_SEED ?? 4);
const KILL_AFTER_MS = [300, 1500];
const SETUP_TICKETS = 200;
/** How long a restarted server has to record a breach that fell due while it was down. */
const TIMER_PATIENCE_MS = 45_000;
// CRASH_BENCH_PORT and CRASH_BENCH_DATABASE (the PostgreSQL database's name) let two people run it on one machine.
const PORT = Number(process.env.CRASH_BENCH_PORT ?? 18095);
const serve = (database) => serveOn(database, PORT);

const contract = `surety: 1
contract: { id: crash, title: Crash, provider: Bench }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 30m } } } } }
`;
const RESPONSE_MS = 30 * 60_000;

const openBody = (id, at) => ({
  id,
  customerId: 'crash',
  contractId: 'crash',
  severity: 'S1',
  ...(at === undefined ? {} : { at: new Date(at).toISOString() }),
});

/**
 * Writes from CONNECTIONS loops until the server dies: a quarter open a new ticket, the rest add an event with a
 * unique status to a ticket already acknowledged (a setup ticket or one opened this round). Each write ends in
 * `acked` (2xx, with the seq the server returned), `refused` (any other answer) or `unacked` (no answer).
 */
async function load(s, round, next, targets, writes) {
  let n = 0;
  let dead = false;
  const loop = async () => {
    while (!dead) {
      const w = { round, id: n++ };
      if (next() < 0.25) {
        w.kind = 'open';
        w.ticket = `r${round}-t${w.id}`;
      } else {
        w.kind = 'event';
        w.ticket = targets[Math.floor(next() * targets.length)];
        w.marker = `w${round}-${w.id}`;
      }
      try {
        const r =
          w.kind === 'open'
            ? await request(s, 'POST', '/tickets', openBody(w.ticket))
            : await request(s, 'POST', `/tickets/${w.ticket}/events`, { type: 'status_changed', status: w.marker });
        if (r.status >= 200 && r.status < 300) {
          writes.acked.push(w);
          if (w.kind === 'open') targets.push(w.ticket);
          else w.seq = r.body.seq;
        } else {
          w.status = r.status;
          writes.refused.push(w);
        }
      } catch (e) {
        w.error = e.cause?.code ?? e.name;
        writes.unacked.push(w);
      }
    }
  };
  return {
    done: Promise.all(Array.from({ length: CONNECTIONS }, loop)),
    stop: () => (dead = true),
  };
}

/**
 * Reads every ticket the given writes touched (GET /tickets/:id, events included) and classifies each write:
 * acknowledged and present once (ok), missing, duplicated (its marker more than once, or a ticket's seq
 * repeated), present at another seq than acknowledged; unacknowledged or refused and present anyway.
 */
async function check(s, writes) {
  const byTicket = new Map();
  for (const [state, list] of Object.entries(writes))
    for (const w of list) {
      if (!byTicket.has(w.ticket)) byTicket.set(w.ticket, []);
      byTicket.get(w.ticket).push([state, w]);
    }
  const result = {
    checked: 0,
    missing: 0,
    duplicated: 0,
    seqMismatch: 0,
    unackedPresent: 0,
    refusedPresent: 0,
    examples: [],
  };
  await pool([...byTicket.keys()], 16, async (id) => {
    const r = await request(s, 'GET', `/tickets/${encodeURIComponent(id)}`);
    if (r.status !== 200 && r.status !== 404) throw new Error(`GET /tickets/${id}: ${r.status}`);
    const events = r.status === 200 ? r.body.events : null;
    const markers = new Map();
    const seqs = new Set();
    for (const e of events ?? []) {
      if (seqs.has(e.seq)) result.duplicated++;
      seqs.add(e.seq);
      if (e.type === 'status_changed') markers.set(e.status, [...(markers.get(e.status) ?? []), e.seq]);
    }
    for (const [state, w] of byTicket.get(id)) {
      const found = events === null ? [] : w.kind === 'open' ? [1] : (markers.get(w.marker) ?? []);
      if (state === 'acked') {
        result.checked++;
        if (found.length === 0) {
          result.missing++;
          if (result.examples.length < 5)
            result.examples.push(`missing ${w.kind}${w.marker ? ` ${w.marker}` : ''} on ${w.ticket}`);
        } else if (w.kind === 'event' && found[0] !== w.seq) result.seqMismatch++;
      }
      if (found.length > 1) result.duplicated++;
      if (state === 'unacked' && found.length) result.unackedPresent++;
      if (state === 'refused' && found.length) result.refusedPresent++;
    }
  });
  return result;
}

/** Polls the round's timer ticket until its first-response clock is breached; ms after listening, or null. */
async function timerFired(s, id, listeningAt) {
  for (;;) {
    const t = await api(s, 'GET', `/tickets/${id}`);
    if (t.clocks?.clocks.some((c) => c.clock === 'first_response' && c.status === 'breached'))
      return performance.now() - listeningAt;
    if (performance.now() - listeningAt > TIMER_PATIENCE_MS) return null;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const add = (total, part) => {
  for (const k of Object.keys(part)) if (typeof part[k] === 'number') total[k] = (total[k] ?? 0) + part[k];
  total.examples = [...(total.examples ?? []), ...(part.examples ?? [])].slice(0, 5);
};

async function crashRounds(backend, database) {
  const next = mulberry32(SEED);
  const all = { acked: [], unacked: [], refused: [] };
  const totals = { checked: 0, missing: 0, duplicated: 0, seqMismatch: 0, unackedPresent: 0, refusedPresent: 0 };
  const report = {
    backend,
    rounds: 0,
    restarts: [],
    restartFailures: [],
    timers: [],
    timerFailures: 0,
    auditFailures: [],
    auditEntries: 0,
    totals,
    final: null,
  };
  const seedTickets = Array.from({ length: SETUP_TICKETS }, (_, i) => `seed-${i}`);
  let token;
  let previous = null; // the writes and timer ticket of the round whose kill this start follows

  /** After a kill: what the restarted server shows of the round before, its timer, its audit chain. */
  const afterRestart = async (s, listeningAt) => {
    if (!previous) return;
    const part = await check(s, previous.writes);
    add(totals, part);
    const fired = await timerFired(s, previous.timer, listeningAt);
    if (fired === null) report.timerFailures++;
    else report.timers.push(fired);
    const audit = await api(s, 'GET', '/audit/verify');
    if (!audit.ok) report.auditFailures.push({ round: previous.round, ...audit });
    report.auditEntries = audit.entries;
  };

  for (let round = 1; round <= ROUNDS + 1; round++) {
    let s;
    try {
      s = await serve(database);
    } catch (e) {
      report.restartFailures.push({ round, error: e.message });
      break;
    }
    const listeningAt = performance.now();
    if (round === 1) {
      token = s.token;
      if (!token) throw new Error('the first start printed no admin token');
    } else {
      s.token = token; // printed only once, by the first start; it stays valid
      report.restarts.push(s.startMs);
    }
    try {
      await afterRestart(s, listeningAt);
      if (round === 1) {
        await api(s, 'POST', '/customers', { id: 'crash', name: 'Crash' });
        await api(s, 'POST', '/contracts', { source: contract });
        await api(s, 'PUT', '/customers/crash/contracts/crash', {});
        await pool(seedTickets, 16, (id) => api(s, 'POST', '/tickets', openBody(id)));
      }
      if (round > ROUNDS) {
        // The last restart: check every write of every round again, then stop the server cleanly.
        report.final = await check(s, all);
        s.child.kill('SIGTERM');
        const stopped = await Promise.race([s.child.exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (!stopped) {
          report.stopFailure = true;
          s.child.kill('SIGKILL');
          await s.child.exited;
        }
        break;
      }
      const killAfter = randomInt(next, KILL_AFTER_MS[0], KILL_AFTER_MS[1]);
      // Its deadline falls half a second after the kill, while the server is down.
      const timer = `timer-${round}`;
      await api(s, 'POST', '/tickets', openBody(timer, Date.now() + killAfter + 500 - RESPONSE_MS));
      const writes = { acked: [], unacked: [], refused: [] };
      const running = await load(s, round, next, [...seedTickets], writes);
      await new Promise((r) => setTimeout(r, killAfter));
      running.stop(); // no write starts after this; those in flight meet the kill
      s.child.kill('SIGKILL');
      await s.child.exited;
      await running.done;
      for (const k of Object.keys(all)) all[k].push(...writes[k]);
      previous = { round, writes, timer };
      report.rounds++;
    } catch (e) {
      s.child.kill('SIGKILL');
      await s.child.exited;
      throw e;
    }
  }
  report.acked = all.acked.length;
  report.ackedOpens = all.acked.filter((w) => w.kind === 'open').length;
  report.unacked = all.unacked.length;
  report.refused = all.refused.length;
  report.refusedStatuses = [...new Set(all.refused.map((w) => w.status))];
  return report;
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const spread = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? `min ${fmt(s[0])} ms, median ${fmt(s[Math.floor(s.length / 2)])} ms, max ${fmt(s.at(-1))} ms`
    : 'none';
};

function print(r) {
  const t = r.totals;
  console.log(
    `\n${r.backend}: ${r.rounds} rounds of kill -9 after ${KILL_AFTER_MS[0]}–${KILL_AFTER_MS[1]} ms of writes (${CONNECTIONS} connections, seed ${SEED})`,
  );
  console.log(
    `  acknowledged writes: ${fmt(r.acked)} (${fmt(r.ackedOpens)} ticket opens, ${fmt(r.acked - r.ackedOpens)} events); checked after each restart: ${fmt(t.checked)}`,
  );
  console.log(
    `  missing: ${t.missing}   duplicated: ${t.duplicated}   at another seq than acknowledged: ${t.seqMismatch}`,
  );
  for (const e of t.examples) console.log(`    ${e}`);
  console.log(`  unacknowledged (no response): ${r.unacked}, present after restart: ${t.unackedPresent}`);
  console.log(
    `  refused (non-2xx answer): ${r.refused}${r.refused ? ` (${r.refusedStatuses.join(', ')})` : ''}, present after restart: ${t.refusedPresent}`,
  );
  console.log(
    `  restarts: ${r.restarts.length} succeeded, ${r.restartFailures.length} failed; spawn to listening: ${spread(r.restarts)}`,
  );
  for (const f of r.restartFailures) console.log(`    restart before round ${f.round} failed: ${f.error}`);
  console.log(
    `  timers due while down: ${r.timers.length} fired after restart, ${r.timerFailures} not within ${TIMER_PATIENCE_MS / 1000} s; after listening: ${spread(r.timers)}`,
  );
  console.log(
    `  audit chain: ${r.auditFailures.length ? `BROKEN after ${r.auditFailures.length} restarts (${JSON.stringify(r.auditFailures[0])})` : 'verified after every restart'} (${fmt(r.auditEntries)} entries at the end)`,
  );
  if (r.stopFailure) console.log('  the last start did not stop within 10 s of SIGTERM');
  if (r.final)
    console.log(
      `  final re-check of all ${fmt(r.final.checked)} acknowledged writes: missing ${r.final.missing}, duplicated ${r.final.duplicated}, at another seq ${r.final.seqMismatch}`,
    );
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'surety-crash-'));
  const backends = (process.env.CRASH_BENCH_BACKENDS ?? 'sqlite,postgres').split(',');
  const results = [];
  for (const backend of backends) {
    const database =
      backend === 'sqlite'
        ? join(dir, 'crash.db')
        : await freshPostgres(process.env.CRASH_BENCH_DATABASE ?? 'surety_bench_crash');
    const r = await crashRounds(backend, database);
    print(r);
    results.push(r);
  }
  const failed = results.filter(
    (r) =>
      r.totals.missing ||
      r.totals.duplicated ||
      r.totals.seqMismatch ||
      r.final?.missing ||
      r.final?.duplicated ||
      r.restartFailures.length ||
      r.timerFailures ||
      r.auditFailures.length ||
      r.rounds < ROUNDS ||
      r.stopFailure,
  );
  if (failed.length) {
    console.error(`\ncrash test FAILED on ${failed.map((r) => r.backend).join(', ')}`);
    process.exitCode = 1;
  }
  return results;
}
