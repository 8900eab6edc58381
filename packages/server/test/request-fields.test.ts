import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { apiClient } from './api-client.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

const contracts = fileURLToPath(new URL('../../../contracts/', import.meta.url));
const read = (file: string) => readFileSync(`${contracts}${file}`, 'utf8');

// SecurEnvoy's "Documenting Errors" asks for error data "which may include" four items once a request is open: none
// is required to open one. TechJutsu §10.1 requires the submitter's contact, the dependent tenants' status and the
// level of impact and all other important details.
describe.each(backends)('request fields a contract asks for, on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  const clock = Date.parse('2026-06-01T12:00:00.000Z');
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { call, ok } = apiClient(() => app, tokens);

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    tokens.auditor = (await issueToken(context(), { role: 'auditor', label: 'auditor' })).token;
    for (const file of ['securenvoy.yaml', 'techjutsu.yaml'])
      await ok('admin', 'POST', '/contracts', { source: read(file) });
    await ok('admin', 'POST', '/customers', { id: 'globex', name: 'Globex' });
    await ok('admin', 'PUT', '/customers/globex/contracts/securenvoy-cloud-sla', {});
    await ok('admin', 'POST', '/customers', { id: 'acme', name: 'Acme' });
    await ok('admin', 'PUT', '/customers/acme/contracts/techjutsu-caller-verify', {
      orderForm: read('order-forms/techjutsu-acme.yaml'),
    });
    for (const id of ['globex', 'acme'])
      tokens[id] = (await issueToken(context(), { role: 'customer', customerId: id, label: `${id} contact` })).token;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('opens a SecurEnvoy request with no error data, and shows each requested field as missing', async () => {
    await ok('globex', 'POST', '/tickets', {
      id: 'SE-1',
      customerId: 'globex',
      contractId: 'securenvoy-cloud-sla',
      severity: 'P2',
      fields: { description: 'Token enrolment fails' },
    });
    const { ticket } = await ok('globex', 'GET', '/tickets/SE-1');
    expect(ticket.fields).toEqual({ description: 'Token enrolment fails' });
    expect(ticket.missingFields).toEqual([
      {
        id: 'identification',
        label: 'Applicable identification number for Software or Hardware',
        clause: 'Documenting Errors',
      },
      { id: 'error_messages', label: 'Any error messages', clause: 'Documenting Errors' },
      { id: 'support_files', label: 'Any requested support files', clause: 'Documenting Errors' },
    ]);
  });

  it('takes the missing fields later, audited with their time of receipt', async () => {
    const supplied = await ok('globex', 'PATCH', '/tickets/SE-1/fields', {
      fields: { error_messages: 'E4012 token clock skew', identification: 'SN 00-1142' },
    });
    expect(supplied.missingFields.map((f: { id: string }) => f.id)).toEqual(['support_files']);
    const { ticket } = await ok('admin', 'GET', '/tickets/SE-1');
    expect(ticket.fields).toEqual({
      description: 'Token enrolment fails',
      error_messages: 'E4012 token clock skew',
      identification: 'SN 00-1142',
    });
    const audit = await store.db
      .selectFrom('audit_log')
      .select(['actor', 'entity', 'detail'])
      .where('action', '=', 'ticket.fields_supplied')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.entity).toBe('ticket:SE-1');
    expect(JSON.parse(audit[0]!.detail)).toEqual({
      fields: ['error_messages', 'identification'],
      receivedAt: '2026-06-01T12:00:00.000Z',
    });
  });

  it('refuses fields the contract does not ask for, blanking a required one, and writers without the right', async () => {
    const unknown = await call('globex', 'PATCH', '/tickets/SE-1/fields', { fields: { colour: 'blue' } });
    expect([unknown.statusCode, unknown.json().field]).toEqual([422, '/fields/colour']);
    expect(unknown.json().detail).toContain("asks for no field 'colour'");
    const none = await call('globex', 'PATCH', '/tickets/SE-1/fields', { fields: {} });
    expect([none.statusCode, none.json().field]).toEqual([422, '/fields']);

    const required = {
      submitter_contact: 'sme@acme.example',
      dependent_tenants_status: 'IdP up, IVR down',
      impact: 'all agents',
      details: 'Callers hear silence after the IVR greeting; screenshot attached',
    };
    const opening = await call('acme', 'POST', '/tickets', {
      id: 'TJ-1',
      customerId: 'acme',
      contractId: 'techjutsu-caller-verify',
      severity: 'P2',
      fields: { submitter_contact: 'sme@acme.example' },
    });
    expect([opening.statusCode, opening.json().field]).toEqual([422, '/fields/dependent_tenants_status']);
    await ok('acme', 'POST', '/tickets', {
      id: 'TJ-1',
      customerId: 'acme',
      contractId: 'techjutsu-caller-verify',
      severity: 'P2',
      fields: required,
    });
    expect((await ok('acme', 'GET', '/tickets/TJ-1')).ticket.missingFields).toEqual([]);
    const blanked = await call('acme', 'PATCH', '/tickets/TJ-1/fields', { fields: { impact: '  ' } });
    expect([blanked.statusCode, blanked.json().field]).toEqual([422, '/fields/impact']);
    expect((await ok('acme', 'GET', '/tickets/TJ-1')).ticket.fields).toEqual(required);

    // Another customer's request does not exist for a contact; an auditor reads but does not write.
    expect((await call('acme', 'PATCH', '/tickets/SE-1/fields', { fields: { support_files: 'x' } })).statusCode).toBe(
      404,
    );
    expect(
      (await call('auditor', 'PATCH', '/tickets/SE-1/fields', { fields: { support_files: 'x' } })).statusCode,
    ).toBe(403);
  });

  // contracts/techjutsu.yaml sets the provider's internal goal of an update every Response Time (internal_targets).
  it("shows staff the provider's internal goals beside the contract's clocks, and a customer contact only the contract's", async () => {
    const staff = await ok('admin', 'GET', '/tickets/TJ-1');
    expect(staff.internalClocks.clocks.map((c: { clock: string; clause: string }) => [c.clock, c.clause])).toEqual([
      ['next_update', 'internal goal, beyond SCSS §10.6'],
    ]);
    expect(staff.clocks.clocks.map((c: { clock: string }) => c.clock)).toEqual(['first_response']);
    expect((await ok('acme', 'GET', '/tickets/TJ-1')).internalClocks).toBeNull();
    expect((await ok('admin', 'GET', '/tickets/SE-1')).internalClocks).toBeNull(); // SecurEnvoy sets none
  });
});
