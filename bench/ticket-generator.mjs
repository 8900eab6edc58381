// A seeded generator of realistic ticket histories across the seed contracts, for the replay benchmark.
// Tickets are produced one after another (each ticket's events in time order), so memory stays flat.

import { mulberry32 } from './seeded-random.mjs';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/**
 * Yields `{ contract, events }` for `count` tickets opened through 2026. Each ticket: opened, an automated
 * acknowledgement, a first agent reply, often a wait on the customer and the customer's answer, updates,
 * sometimes a severity change or a reopen, then resolved and closed: about 8 events on average.
 */
export function* generateTickets(contracts, count, seed = 42) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const start = Date.UTC(2026, 0, 1);
  const span = Date.UTC(2026, 11, 1) - start;
  for (let i = 0; i < count; i++) {
    const c = contracts[i % contracts.length];
    const severity = pick(c.severities);
    let t = start + Math.floor(random() * span);
    const events = [{ type: 'opened', at: t, severity, plan: pick(c.plans) }];
    const step = (maxHours) => (t += Math.floor(random() * maxHours * HOUR) + MINUTE);
    events.push({ type: 'replied', at: step(0.01), author: 'system', public: true });
    events.push({ type: 'replied', at: step(6), author: 'agent', public: true });
    if (random() < 0.5) {
      events.push({ type: 'status_changed', at: step(4), status: 'pending_customer' });
      events.push({ type: 'replied', at: step(30), author: 'customer', public: true });
      events.push({ type: 'status_changed', at: step(0.1), status: 'open' });
    }
    if (random() < 0.1) events.push({ type: 'severity_changed', at: step(10), severity: pick(c.severities) });
    events.push({ type: 'replied', at: step(20), author: 'agent', public: random() < 0.8 });
    events.push({ type: 'resolved', at: step(40) });
    if (random() < 0.05) {
      events.push({ type: 'reopened', at: step(48) });
      events.push({ type: 'replied', at: step(8), author: 'agent', public: true });
      events.push({ type: 'resolved', at: step(24) });
    }
    events.push({ type: 'closed', at: step(72) });
    yield { contract: c.compiled, events };
  }
}
