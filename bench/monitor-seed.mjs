// Monitors behind a store's components, for benches that measure something else with monitors present: `count`
// HTTP monitors at 30 s from location `local` against the given target ports, spread over the components, each with
// `days` days of daily rollups before today, and the location changes and failing spans that agree with them (what
// contracts' reports and the status page's bars measure outages from): every 97th monitor fails for 90 s at noon on
// every 10th day.
const DAY = 86_400_000;

/** The HTTP check of bench monitor `i` against a target port, as the monitor-config schema fills it in. */
export function benchHttpConfig(port, i) {
  return {
    type: 'http',
    url: `http://127.0.0.1:${port}/health/${i}`,
    method: 'GET',
    headers: {},
    json: [],
    followRedirects: true,
    maxRedirects: 5,
    timeoutMs: 10_000,
    ignoreTlsErrors: false,
    certificateWarnDays: 14,
  };
}

export function seedMonitors(db, { count, ports, days, now }) {
  const components = db.prepare('SELECT service_id, id FROM components ORDER BY service_id, id').all();
  const today = Math.floor(now / DAY) * DAY;
  const monitor = db.prepare(
    `INSERT INTO monitors (id, key, service_id, component_id, name, type, config, interval_ms, locations,
       push_token_hash, incidents, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'http', ?, 30000, '["local"]', NULL, 'draft', ?, ?)`,
  );
  const rollup = db.prepare(
    `INSERT INTO monitor_rollups (monitor_key, size, start, checks, failed, latency_sum, latency_max, impact_ms,
       no_data_ms) VALUES (?, ?, ?, 2880, ?, 11520, 40, ?, 0)`,
  );
  const change = db.prepare('INSERT INTO monitor_changes (monitor_key, at, failing, reporting) VALUES (?, ?, ?, 1)');
  const span = db.prepare('INSERT INTO monitor_failing_spans (monitor_key, start, "end") VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let k = 1; k <= count; k++) {
      const c = components[k % components.length];
      const config = benchHttpConfig(ports[k % ports.length], k);
      monitor.run(`m${k}`, k, c.service_id, c.id, `Monitor ${k}`, JSON.stringify(config), now, now);
      // Reporting, passing, since the first day.
      change.run(k, today - days * DAY, 0);
      for (let d = days; d >= 1; d--) {
        const failing = k % 97 === 0 && d % 10 === 0;
        rollup.run(k, DAY, today - d * DAY, failing ? 3 : 0, failing ? 90_000 : 0);
        if (!failing) continue;
        const noon = today - d * DAY + DAY / 2;
        change.run(k, noon, 1);
        change.run(k, noon + 90_000, 0);
        span.run(k, noon, noon + 90_000);
      }
    }
    // Minutes are rolled up to now: the rollup worker goes on from the last minute rollup, or else from the earliest
    // change (90 days ago here), which would have it roll up 90 days of minutes during the bench.
    db.prepare(
      `INSERT INTO monitor_rollups (monitor_key, size, start, checks, failed, latency_sum, latency_max, impact_ms,
         no_data_ms) VALUES (1, 60000, ?, 0, 0, 0, 0, 0, 0)`,
    ).run(Math.floor(now / 60_000) * 60_000 - 60_000);
  })();
}
