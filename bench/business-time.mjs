// Business-time bench: Surety's BusinessCalendar against moment-business-time, dayjs-business-time and a bare
// binary-search lookup, on the same seeded cases. Run through bench/run.mjs:
//   node --expose-gc bench/run.mjs business-time
// Prints a table to stdout (progress goes to stderr) and writes the same figures to bench/.out/business-time.json.
import { fork } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import {
  CALENDAR_SPEC,
  CASE_COUNT,
  HOLIDAY_YEARS,
  MAX_ADD_MINUTES,
  MAX_INTERVAL_MINUTES,
  MIN_ADD_MINUTES,
  OPEN_MINUTE,
  CLOSE_MINUTE,
  SEED,
  STATUS,
  YEAR,
  ZONE,
  formatDuration,
  formatLocal,
  generateCases,
  localToEpochMs,
  usPublicHolidays,
} from './business-time/cases.mjs';
import { PEERS } from './business-time/peers.mjs';

const MINUTE = 60_000;
const OUT_FILE = new URL('./.out/business-time.json', import.meta.url);
const HOST_PATH = new URL('./business-time/peer-host.mjs', import.meta.url);

const SETTINGS = {
  rounds: 11, // timed passes over all cases for Surety and the bare lookup, alternating; the median is reported
  peerTimeSample: 5_000, // peers are timed on the first 5,000 cases of each op (warm-up: the first 500)
  peerWarmup: 500,
  peerMinCheck: 10_000, // peers are always checked on at least the first 10,000 cases of each op…
  peerCheckBudgetSeconds: 150, // …and on all of them when that projects to fit this budget
  caseLimitMs: 1_000, // a peer case taking longer than this counts as hung
  chunkSize: 100, // cases per worker message; after a hang the rest of the chunk counts as not run
  timingLimitMs: 120_000,
  diagnosticCases: 1_000, // the dayjs tz-plugin diagnostic is checked on the first 1,000 cases only
};

const GOALS = { peerRatio: 1_000, bareFactor: 1.5, wrong: 0 };

const log = (...args) => console.error('[business-time]', ...args);

export async function run() {
  const startedAt = new Date().toISOString();
  const { BusinessCalendar } = await importEngine();
  const holidays = usPublicHolidays();
  const cases = generateCases(SEED, CASE_COUNT);
  const n = cases.count;
  log(`${n.toLocaleString('en-US')} add + ${n.toLocaleString('en-US')} between cases, seed ${SEED}`);

  // Surety: the reference answers. The first call builds the calendar's years; it is timed on its own.
  const calendar = new BusinessCalendar(CALENDAR_SPEC);
  const c0 = performance.now();
  calendar.add(cases.addStart[0], cases.addMinutes[0] * MINUTE);
  const coldMs = performance.now() - c0;
  const surety = answerAll(
    (i) => calendar.add(cases.addStart[i], cases.addMinutes[i] * MINUTE),
    (i) => calendar.between(cases.betweenA[i], cases.betweenB[i]),
    n,
  );

  // Bare lookup: open intervals built from Intl + the holiday list alone (not from Surety), then binary search.
  const bare = buildBareLookup(holidays);
  const oracle = answerAll(
    (i) => bare.add(cases.addStart[i], cases.addMinutes[i] * MINUTE),
    (i) => bare.between(cases.betweenA[i], cases.betweenB[i]),
    n,
  );
  const suretyCheck = {
    add: compare(cases, 'add', oracle.add, surety.add, null, n, BARE_VS_SURETY),
    between: compare(cases, 'between', oracle.between, surety.between, null, n, BARE_VS_SURETY),
  };

  log('timing Surety and the bare lookup…');
  const { suretyTiming, bareTiming, bareOverSurety } = timeSuretyAndBare(calendar, bare, cases);

  const peers = [];
  for (const [name, peer] of Object.entries(PEERS)) {
    const diagnostic = !peer.headline;
    log(`${peer.label}: checking and timing in a child process (TZ=${peer.tz})…`);
    const result = await runPeerHost(name, peer, holidays, diagnostic);
    if (result.failed) {
      peers.push({ name, label: peer.label, how: peer.how, headline: peer.headline, failed: result.failed });
      log(`${peer.label} failed: ${result.failed}`);
      continue;
    }
    const check = {
      add: compare(cases, 'add', surety.add, result.values.add, result.status.add, n),
      between: compare(cases, 'between', surety.between, result.values.between, result.status.between, n),
    };
    peers.push({ name, label: peer.label, how: peer.how, headline: peer.headline, result, check });
    log(`${peer.label}: done (${result.checkSeconds.toFixed(0)} s checking, ${result.hangs} hung cases)`);
  }

  const consensus = peerConsensus(
    cases,
    surety,
    peers.filter((p) => p.headline && !p.failed),
  );
  const report = buildReport({
    startedAt,
    holidays,
    coldMs,
    suretyTiming,
    bareTiming,
    bareOverSurety,
    suretyCheck,
    peers,
    consensus,
  });
  printReport(report);
  await mkdir(new URL('./.out/', import.meta.url), { recursive: true });
  await writeFile(OUT_FILE, JSON.stringify(report, null, 2) + '\n');
  log(`wrote ${OUT_FILE.pathname}`);
}

async function importEngine() {
  try {
    return await import('@surety/engine');
  } catch (e) {
    throw new Error(`cannot import @surety/engine; build it first (npx tsc -b packages/engine): ${e.message}`, {
      cause: e,
    });
  }
}

/** Answers every case; a throw is kept as NaN with its message (Surety is not expected to throw). */
function answerAll(add, between, n) {
  const out = { add: new Float64Array(n), between: new Float64Array(n), errors: [] };
  for (const [op, fn] of [
    ['add', add],
    ['between', between],
  ]) {
    for (let i = 0; i < n; i++) {
      try {
        out[op][i] = fn(i);
      } catch (e) {
        out[op][i] = NaN;
        if (out.errors.length < 10) out.errors.push({ op, index: i, message: String(e.message) });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Bare lookup: the cost floor. Sorted Float64Arrays of open-interval starts and ends with the business time
// before each, and two binary searches per query, nothing else.

function buildBareLookup(holidays) {
  const closed = new Set(holidays);
  const starts = [];
  const ends = [];
  // Every local date from 1 Dec of the year before to the end of February after: covers every case.
  for (let day = Date.UTC(YEAR - 1, 11, 1); day < Date.UTC(YEAR + 1, 2, 1); day += 86_400_000) {
    const d = new Date(day);
    const weekday = d.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    if (closed.has(d.toISOString().slice(0, 10))) continue;
    const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    starts.push(localToEpochMs(y, m, dd, OPEN_MINUTE));
    ends.push(localToEpochMs(y, m, dd, CLOSE_MINUTE));
  }
  const count = starts.length;
  const s = Float64Array.from(starts);
  const e = Float64Array.from(ends);
  const cumStart = new Float64Array(count);
  const cumEnd = new Float64Array(count);
  let cum = 0;
  for (let i = 0; i < count; i++) {
    cumStart[i] = cum;
    cum += e[i] - s[i];
    cumEnd[i] = cum;
  }
  const cumAt = (x) => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    const i = lo - 1;
    if (i < 0) return 0;
    return x < e[i] ? cumStart[i] + (x - s[i]) : cumEnd[i];
  };
  return {
    intervals: count,
    add(t, duration) {
      const target = cumAt(t) + duration;
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cumEnd[mid] < target) lo = mid + 1;
        else hi = mid;
      }
      return s[lo] + (target - cumStart[lo]);
    },
    between(a, b) {
      return cumAt(b) - cumAt(a);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Timing. One explicit loop per implementation and op, so that no call site is shared (and made polymorphic).

function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Times two loops over the same cases in alternating passes (a pass of one, then a pass of the other, `rounds`
 * times), so that both see the same machine. Each pass is timed in CPU time of this process
 * (`process.cpuUsage`), not wall time: on a shared machine a pass of a few milliseconds is often descheduled, and
 * its wall time then measures the wait for a core (one loaded run saw the same loop at 1.3 to 14 M ops/s by wall
 * time). Each loop's median rate is reported (and its median by wall time, for reference), and the median of the
 * per-pair ratios `second ÷ first`, which is what the goal compares.
 */
function timeAlternating(first, second, n) {
  first(); // warm-up
  first();
  second();
  second();
  const rates = [[], []];
  const wallRates = [[], []];
  const sinks = [0, 0];
  for (let r = 0; r < SETTINGS.rounds; r++) {
    for (const [k, loop] of [first, second].entries()) {
      if (typeof gc === 'function') gc();
      const wall0 = performance.now();
      const cpu0 = process.cpuUsage();
      sinks[k] += loop();
      const cpu = process.cpuUsage(cpu0);
      const wallMs = performance.now() - wall0;
      rates[k].push((n / ((cpu.user + cpu.system) / 1000)) * 1000);
      wallRates[k].push((n / wallMs) * 1000);
    }
  }
  const summary = (k) => ({
    opsPerSec: median(rates[k]),
    min: Math.min(...rates[k]),
    max: Math.max(...rates[k]),
    wallClockOpsPerSec: median(wallRates[k]),
    rounds: rates[k].length,
    sink: sinks[k],
  });
  return {
    first: summary(0),
    second: summary(1),
    secondOverFirst: median(rates[1].map((b, i) => b / rates[0][i])),
  };
}

/** Surety's and the bare lookup's timings per op, taken in alternating passes (`timeAlternating`). */
function timeSuretyAndBare(calendar, bare, c) {
  const n = c.count;
  const add = timeAlternating(
    () => {
      let sink = 0;
      for (let i = 0; i < n; i++) sink += calendar.add(c.addStart[i], c.addMinutes[i] * MINUTE);
      return sink % 7;
    },
    () => {
      let sink = 0;
      for (let i = 0; i < n; i++) sink += bare.add(c.addStart[i], c.addMinutes[i] * MINUTE);
      return sink % 7;
    },
    n,
  );
  const between = timeAlternating(
    () => {
      let sink = 0;
      for (let i = 0; i < n; i++) sink += calendar.between(c.betweenA[i], c.betweenB[i]);
      return sink % 7;
    },
    () => {
      let sink = 0;
      for (let i = 0; i < n; i++) sink += bare.between(c.betweenA[i], c.betweenB[i]);
      return sink % 7;
    },
    n,
  );
  return {
    suretyTiming: { add: add.first, between: between.first },
    bareTiming: { add: add.second, between: between.second },
    bareOverSurety: { add: add.secondOverFirst, between: between.secondOverFirst },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Peers

function runPeerHost(name, peer, holidays, diagnostic) {
  const config = {
    peer: name,
    holidays,
    seed: SEED,
    count: CASE_COUNT,
    poolSize: Math.max(1, Math.min(2, availableParallelism())),
    caseLimitMs: SETTINGS.caseLimitMs,
    chunkSize: SETTINGS.chunkSize,
    minCheck: diagnostic ? SETTINGS.diagnosticCases : SETTINGS.peerMinCheck,
    maxCheck: diagnostic ? SETTINGS.diagnosticCases : CASE_COUNT,
    checkBudgetSeconds: SETTINGS.peerCheckBudgetSeconds,
    timeSample: diagnostic ? 0 : SETTINGS.peerTimeSample,
    warmup: SETTINGS.peerWarmup,
    timingLimitMs: SETTINGS.timingLimitMs,
  };
  return new Promise((resolve) => {
    const child = fork(HOST_PATH, [], {
      env: { ...process.env, TZ: peer.tz },
      execArgv: ['--expose-gc'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let answered = false;
    child.once('message', (m) => {
      answered = true;
      resolve(m);
    });
    child.once('exit', (code, signal) => {
      if (!answered) resolve({ failed: `peer host exited (${signal ?? code}) without an answer` });
    });
    child.send(config);
  });
}

/** Which answers a comparison holds: JSON keys and printed labels of the expected and the actual side. */
const SURETY_VS_PEER = { expected: ['surety', 'Surety'], actual: ['peer', 'peer'] };
const BARE_VS_SURETY = { expected: ['bareLookup', 'bare lookup'], actual: ['surety', 'Surety'] };

/**
 * Compares `actual` with `expected` over the checked cases (status OK, or every case when `status` is null).
 * A throw, a hang or a case not run after a hang counts as wrong.
 */
function compare(c, op, expected, actual, status, n, sides = SURETY_VS_PEER) {
  const out = { sides, checked: 0, wrong: 0, differentAnswer: 0, threw: 0, hung: 0, notRunAfterHang: 0, deltas: {} };
  const firstByKind = new Map();
  const rest = [];
  for (let i = 0; i < n; i++) {
    const st = status ? status[i] : STATUS.OK;
    if (st === STATUS.NOT_CHECKED) continue;
    out.checked++;
    let kind;
    if (st === STATUS.THREW) kind = 'threw';
    else if (st === STATUS.HUNG) kind = 'hung';
    else if (st === STATUS.NOT_RUN) kind = 'not run after a hang';
    else if (actual[i] !== expected[i]) kind = `off by ${formatDuration(actual[i] - expected[i])}`;
    else continue;
    out.wrong++;
    if (st === STATUS.THREW) out.threw++;
    else if (st === STATUS.HUNG) out.hung++;
    else if (st === STATUS.NOT_RUN) out.notRunAfterHang++;
    else {
      out.differentAnswer++;
      const key = formatDuration(actual[i] - expected[i]);
      out.deltas[key] = (out.deltas[key] ?? 0) + 1;
    }
    if (kind === 'not run after a hang') continue;
    if (!firstByKind.has(kind)) firstByKind.set(kind, i);
    else if (rest.length < 3) rest.push([kind, i]);
  }
  // Up to 3 examples, as many different kinds of error as possible.
  const picks = [...firstByKind.entries()].slice(0, 3);
  for (const r of rest) if (picks.length < 3) picks.push(r);
  out.examples = picks.map(([kind, i]) => example(c, op, i, kind, expected[i], actual[i], status?.[i], sides));
  out.deltas = Object.fromEntries(Object.entries(out.deltas).sort((a, b) => b[1] - a[1]));
  return out;
}

function describeInput(c, op, i) {
  if (op === 'add') {
    const t = c.addStart[i];
    return { index: i, start: new Date(t).toISOString(), startLocal: formatLocal(t), minutes: c.addMinutes[i] };
  }
  const [a, b] = [c.betweenA[i], c.betweenB[i]];
  return {
    index: i,
    a: new Date(a).toISOString(),
    b: new Date(b).toISOString(),
    aLocal: formatLocal(a),
    bLocal: formatLocal(b),
  };
}

function describeAnswer(op, value) {
  if (!Number.isFinite(value)) return { text: String(value) };
  return op === 'add'
    ? { ms: value, iso: new Date(value).toISOString(), text: formatLocal(value) }
    : { ms: value, text: formatDuration(value) };
}

function example(c, op, i, kind, expected, actual, st, sides) {
  const actualAnswer =
    st === STATUS.THREW ? { text: 'threw' } : st === STATUS.HUNG ? { text: 'hung' } : describeAnswer(op, actual);
  return {
    kind,
    input: describeInput(c, op, i),
    [sides.expected[0]]: describeAnswer(op, expected),
    [sides.actual[0]]: actualAnswer,
  };
}

/** Cases where every headline peer gives the same answer and Surety another: the cases to doubt Surety on. */
function peerConsensus(c, surety, peers) {
  const out = {};
  if (peers.length < 2) return { note: 'fewer than two peers answered' };
  for (const op of ['add', 'between']) {
    let count = 0;
    let both = 0;
    const examples = [];
    for (let i = 0; i < c.count; i++) {
      if (!peers.every((p) => p.result.status[op][i] === STATUS.OK)) continue;
      both++;
      const v = peers[0].result.values[op][i];
      if (!peers.every((p) => p.result.values[op][i] === v) || v === surety[op][i]) continue;
      count++;
      if (examples.length < 5) {
        examples.push({
          input: describeInput(c, op, i),
          surety: describeAnswer(op, surety[op][i]),
          peers: describeAnswer(op, v),
        });
      }
    }
    out[op] = { checkedByAll: both, peersAgreeAgainstSurety: count, examples };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Report

function buildReport({
  startedAt,
  holidays,
  coldMs,
  suretyTiming,
  bareTiming,
  bareOverSurety,
  suretyCheck,
  peers,
  consensus,
}) {
  const rate = (t) => (t && Number.isFinite(t.opsPerSec) ? t.opsPerSec : null);
  const rows = [
    {
      name: 'surety',
      label: 'Surety BusinessCalendar',
      how: `in-process, ${SETTINGS.rounds} passes over all cases timed in CPU time (median), alternating with the bare lookup's; first call (builds years) ${coldMs.toFixed(1)} ms`,
      opsPerSec: { add: suretyTiming.add.opsPerSec, between: suretyTiming.between.opsPerSec },
      timing: suretyTiming,
      check: suretyCheck,
      checkedAgainst: 'the bare lookup (open intervals built independently from Intl and the holiday list)',
    },
    {
      name: 'bare-lookup',
      label: 'bare lookup (floor)',
      how: `Float64Array interval starts + binary search, in-process, ${SETTINGS.rounds} passes timed in CPU time (median)`,
      opsPerSec: { add: bareTiming.add.opsPerSec, between: bareTiming.between.opsPerSec },
      timing: bareTiming,
    },
  ];
  for (const p of peers) {
    if (p.failed) {
      rows.push({ name: p.name, label: p.label, how: p.how, headline: p.headline, failed: p.failed });
      continue;
    }
    const r = p.result;
    rows.push({
      name: p.name,
      label: p.label,
      how: p.how,
      headline: p.headline,
      tz: r.tz,
      opsPerSec: { add: rate(r.timing.add), between: rate(r.timing.between) },
      timing: r.timing,
      timedOn:
        Object.keys(r.timing).length > 0
          ? `the first ${SETTINGS.peerTimeSample.toLocaleString('en-US')} cases of each op that did not throw or hang, after ${SETTINGS.peerWarmup} warm-up calls, in one worker thread, timed in CPU time`
          : null,
      checkNote: r.checkNote,
      checkSeconds: r.checkSeconds,
      hangs: r.hangs,
      workerRestarts: r.restarts,
      errors: r.errors,
      check: p.check,
      suretyRatio: {
        add: rate(r.timing.add) ? suretyTiming.add.opsPerSec / r.timing.add.opsPerSec : null,
        between: rate(r.timing.between) ? suretyTiming.between.opsPerSec / r.timing.between.opsPerSec : null,
      },
    });
  }

  const headline = rows.filter((r) => r.headline && !r.failed);
  const goals = {};
  for (const op of ['add', 'between']) {
    const rates = headline.map((r) => r.opsPerSec[op]).filter((x) => x !== null);
    const fastest = rates.length ? Math.max(...rates) : null;
    const s = suretyTiming[op].opsPerSec;
    const suretyWrong = suretyCheck[op].wrong;
    goals[op] = {
      fasterPeerOpsPerSec: fastest,
      suretyOverFasterPeer: fastest ? s / fastest : null,
      peerGoalMet: fastest ? s / fastest >= GOALS.peerRatio : false,
      bareOverSurety: bareOverSurety[op],
      bareGoalMet: bareOverSurety[op] <= GOALS.bareFactor,
      suretyWrong,
      wrongGoalMet: suretyWrong === GOALS.wrong,
    };
  }

  return {
    bench: 'business-time',
    startedAt,
    command: 'node --expose-gc bench/run.mjs business-time',
    machine: {
      node: process.version,
      cpu: cpus()[0]?.model ?? 'unknown',
      cpus: availableParallelism(),
      memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    },
    setup: {
      calendar: `Mon–Fri ${hhmm(OPEN_MINUTE)}–${hhmm(CLOSE_MINUTE)} ${ZONE}`,
      holidays: `date-holidays country US, types ['public'], years ${HOLIDAY_YEARS.join(', ')}`,
      holidayDates: holidays,
      seed: SEED,
      prng: 'mulberry32',
      cases: CASE_COUNT,
      add: `start uniform over the whole minutes of local ${YEAR}; ${MIN_ADD_MINUTES}–${MAX_ADD_MINUTES} business minutes (1–40 h)`,
      between: `a uniform over the whole minutes of local ${YEAR}; b = a + 0–${MAX_INTERVAL_MINUTES} minutes (0–30 days)`,
      settings: SETTINGS,
    },
    results: rows,
    goals: { targets: GOALS, ...goals },
    peerConsensusAgainstSurety: consensus,
  };
}

const hhmm = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const int = (x) => (x === null || x === undefined ? 'n/a' : Math.round(x).toLocaleString('en-US'));
const times = (x) =>
  x === null || x === undefined ? 'n/a' : `${x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(2)}×`;
const pad = (s, w, right = false) => (right ? String(s).padStart(w) : String(s).padEnd(w));
const yes = (ok) => (ok ? 'MET' : 'NOT MET');

function printReport(report) {
  const out = [];
  const s = report.setup;
  out.push('');
  out.push(`Business time: ${s.calendar}, ${s.holidays}`);
  out.push(`${s.cases.toLocaleString('en-US')} add cases (${s.add})`);
  out.push(`${s.cases.toLocaleString('en-US')} between cases (${s.between})`);
  out.push(
    `seed ${s.seed} (mulberry32); ${report.machine.cpu}, ${report.machine.cpus} CPUs, node ${report.machine.node}`,
  );
  out.push('');

  const header = [
    pad('implementation', 46),
    pad('add ops/s', 13, true),
    pad('between ops/s', 14, true),
    pad('Surety× add', 12, true),
    pad('Surety× betw', 13, true),
    pad('wrong add', 16, true),
    pad('wrong between', 16, true),
  ].join(' ');
  out.push(header);
  out.push('-'.repeat(header.length));
  for (const r of report.results) {
    if (r.failed) {
      out.push(`${pad(r.label, 46)} FAILED: ${r.failed.split('\n')[0]}`);
      continue;
    }
    const wrong = (op) => (r.check ? `${int(r.check[op].wrong)}/${int(r.check[op].checked)}` : '-');
    out.push(
      [
        pad(r.label + (r.headline === false ? ' *' : ''), 46),
        pad(int(r.opsPerSec.add), 13, true),
        pad(int(r.opsPerSec.between), 14, true),
        pad(r.suretyRatio ? times(r.suretyRatio.add) : '-', 12, true),
        pad(r.suretyRatio ? times(r.suretyRatio.between) : '-', 13, true),
        pad(wrong('add'), 16, true),
        pad(wrong('between'), 16, true),
      ].join(' '),
    );
  }
  out.push('');
  out.push(
    'Surety is checked against the bare lookup, whose open intervals are built independently (Intl + holiday list);',
  );
  out.push(
    'peers are checked against Surety. Wrong = different answer, threw, hung, or not run after a hang in its chunk.',
  );
  out.push('* diagnostic only, not counted in the goals.');
  out.push('');

  out.push('Goals');
  for (const op of ['add', 'between']) {
    const g = report.goals[op];
    out.push(
      `  ${pad(op, 8)} Surety ≥ ${GOALS.peerRatio.toLocaleString('en-US')}× the faster peer: ${times(g.suretyOverFasterPeer)} ` +
        `(faster peer ${int(g.fasterPeerOpsPerSec)} ops/s) … ${yes(g.peerGoalMet)}`,
    );
    out.push(
      `  ${pad('', 8)} Surety within ${GOALS.bareFactor}× of the bare lookup: bare is ${times(g.bareOverSurety)} Surety (median of paired passes) … ${yes(g.bareGoalMet)}`,
    );
    out.push(`  ${pad('', 8)} Surety wrong: ${g.suretyWrong} … ${yes(g.wrongGoalMet)}`);
  }
  out.push('');

  out.push('How each ran');
  for (const r of report.results) {
    out.push(`  ${r.label}: ${r.how}`);
    if (r.checkNote) out.push(`    ${r.checkNote}; ${r.timedOn ? `timed on ${r.timedOn}` : 'not timed (diagnostic)'}`);
    if (r.hangs)
      out.push(`    ${r.hangs} hung case(s) (> ${SETTINGS.caseLimitMs} ms), ${r.workerRestarts} fresh worker(s)`);
  }
  out.push('');

  for (const r of report.results) {
    if (!r.check) continue;
    for (const op of ['add', 'between']) {
      const c = r.check[op];
      if (c.wrong === 0) continue;
      const parts = [];
      if (c.differentAnswer) parts.push(`${int(c.differentAnswer)} different answers`);
      if (c.threw) parts.push(`${int(c.threw)} threw`);
      if (c.hung) parts.push(`${int(c.hung)} hung`);
      if (c.notRunAfterHang) parts.push(`${int(c.notRunAfterHang)} not run after a hang`);
      out.push(`${r.label}, ${op}: ${int(c.wrong)} wrong of ${int(c.checked)} (${parts.join(', ')})`);
      const deltas = Object.entries(c.deltas).slice(0, 5);
      if (deltas.length)
        out.push(
          `  most common differences (${c.sides.actual[1]} − ${c.sides.expected[1]}): ${deltas.map(([k, v]) => `${k} ×${int(v)}`).join(', ')}`,
        );
      for (const e of c.examples) out.push(`  e.g. ${formatExample(op, e, c.sides)}`);
    }
  }

  const cons = report.peerConsensusAgainstSurety;
  out.push('');
  for (const op of ['add', 'between']) {
    if (!cons[op]) continue;
    out.push(
      `Both peers agree with each other but not with Surety, ${op}: ${int(cons[op].peersAgreeAgainstSurety)} of ` +
        `${int(cons[op].checkedByAll)} cases that both answered`,
    );
    for (const e of cons[op].examples.slice(0, 3)) {
      const both = { expected: ['surety', 'Surety'], actual: ['peers', 'both peers'] };
      out.push(`  e.g. ${formatExample(op, { kind: 'peers agree', ...e }, both)}`);
    }
  }
  out.push('');
  console.log(out.join('\n'));
}

function formatExample(op, e, sides) {
  const input =
    op === 'add'
      ? `add(${e.input.startLocal}, ${formatDuration(e.input.minutes * MINUTE)})`
      : `between(${e.input.aLocal}, ${e.input.bLocal})`;
  const [expectedKey, expectedLabel] = sides.expected;
  const [actualKey, actualLabel] = sides.actual;
  return `[${e.kind}] ${input}: ${expectedLabel} ${e[expectedKey].text}, ${actualLabel} ${e[actualKey].text}`;
}
