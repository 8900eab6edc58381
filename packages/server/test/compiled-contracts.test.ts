import { afterAll, describe, expect, it } from 'vitest';
import { assignContract } from '../src/services/contracts/assign.js';
import { createCustomer } from '../src/services/customers/create.js';
import { openTicket } from '../src/services/tickets/open.js';
import { publishContract } from '../src/services/contracts/publish.js';
import { freshStore, type TestStore } from './databases.js';

const contract = (within: string) => `surety: 1
contract: { id: same-id, title: Same id, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: ${within} } } } } }
`;

describe('compiled contracts are kept per store', () => {
  const stores: TestStore[] = [];
  afterAll(async () => {
    for (const s of stores) await s.close();
  });

  it('compiles a contract once per store, so two stores with the same contract id keep their own terms', async () => {
    const opened = Date.parse('2026-07-01T12:00:00Z');
    const dueIn = async (within: string) => {
      const store = await freshStore('sqlite', () => opened);
      stores.push(store);
      const ctx = store.context();
      await createCustomer(ctx, { id: 'acme', name: 'Acme' });
      await publishContract(ctx, contract(within));
      await assignContract(ctx, { customerId: 'acme', contractId: 'same-id' });
      // Two tickets: the second is evaluated with the contract compiled for the first.
      const due = [];
      for (const id of ['T-1', 'T-2'])
        due.push(
          (await openTicket(ctx, { id, customerId: 'acme', contractId: 'same-id', severity: 'S1', fields: {} }))
            .nextDueAt,
        );
      return due;
    };
    expect(await dueIn('1h')).toEqual([opened + 3_600_000, opened + 3_600_000]);
    expect(await dueIn('2h')).toEqual([opened + 7_200_000, opened + 7_200_000]);
  });
});
