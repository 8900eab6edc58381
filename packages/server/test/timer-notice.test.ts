import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assignContract } from '../src/services/contracts/assign.js';
import { publishContract } from '../src/services/contracts/publish.js';
import { onTimerSaved } from '../src/services/core/work-shared-queues.js';
import { SYSTEM } from '../src/services/core/service-context.js';
import { createCustomer } from '../src/services/customers/create.js';
import { openTicket } from '../src/services/tickets/open.js';
import { freshStore, skipped, type TestStore } from './databases.js';

const contract = `surety: 1
contract: { id: quick, title: Quick, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 30m } } } } }
`;
const MINUTE = 60_000;

// Two stores on one PostgreSQL database stand for two processes: one saves timers (say an API process), the
// other runs the clock worker. Without a notice the worker learns of a timer due sooner than it planned to look
// only from the job queue's half-second poll, or its own next look.
describe.skipIf(skipped('postgres'))('a timer saved by one process wakes the others (PostgreSQL LISTEN/NOTIFY)', () => {
  let saver: TestStore;
  let worker: TestStore;

  beforeAll(async () => {
    saver = await freshStore('postgres', Date.now, { jobQueue: { onError: (e: unknown) => console.error(e) } });
    worker = await saver.another();
  });
  afterAll(async () => {
    await worker?.close();
    await saver?.close();
  });

  it('announces a committed timer due soon to every listening store, and not one due later than it looks anyway', async () => {
    const heard: number[] = [];
    await onTimerSaved(worker.context(SYSTEM), (at) => heard.push(at));
    const ctx = saver.context(SYSTEM);
    await createCustomer(ctx, { id: 'acme', name: 'Acme' });
    await publishContract(ctx, contract);
    await assignContract(ctx, { customerId: 'acme', contractId: 'quick' });
    const open = (id: string, at: number) =>
      openTicket(ctx, { id, customerId: 'acme', contractId: 'quick', severity: 'S1', at, fields: {} });
    // First a ticket due in 30 minutes: the worker looks for its next timer long before that.
    await open('LATER', Date.now());
    // Then one due in 5 seconds: opened 29 min 55 s ago with a 30-minute first response.
    const opened = Date.now() - 30 * MINUTE + 5_000;
    await open('SOON', opened);
    // A breach is recorded once its deadline has passed: the timer is due a millisecond after the deadline.
    const timer = opened + 30 * MINUTE + 1;
    await vi.waitFor(() => expect(heard).toContain(timer), { timeout: 10_000, interval: 20 });
    // Notices arrive in commit order, so the later ticket's would have come first: there was none.
    expect(heard).toEqual([timer]);
  });
});
