// A SecurEnvoy request in Chromium: the contract's "Documenting Errors" asks for error data that "may include" four
// items once a request is open, and requires none of them. The request page shows what is still missing, and the
// customer's contact gives it there.
import { readFileSync } from 'node:fs';
import { createSuretyClient } from '@surety/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkPage, launchChromium, startServer, type RunningServer } from './browser-kit';

let server: RunningServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  server = await startServer();
  chromium = await launchChromium();
}, 60_000);
afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

it('shows the details a SecurEnvoy request still lacks, and takes them from the contact', async () => {
  const admin = createSuretyClient({ baseUrl: server.url, headers: { authorization: `Bearer ${server.adminToken}` } });
  // A server with no people offers only to create its first admin: make one, so the sign-in page is the usual one.
  await admin.POST('/setup', {
    body: { name: 'Ada Admin', email: 'ada@example.com', password: 'correct horse battery' },
  });
  await admin.POST('/customers', { body: { id: 'globex', name: 'Globex' } });
  await admin.PUT('/customers/{customerId}/contracts/{contractId}', {
    params: { path: { customerId: 'globex', contractId: 'securenvoy-cloud-sla' } },
    body: {},
  });
  const opened = await admin.POST('/tickets', {
    body: {
      id: 'SE-7',
      customerId: 'globex',
      contractId: 'securenvoy-cloud-sla',
      severity: 'P3',
      fields: { description: 'Push approvals arrive late' },
    },
  });
  expect(opened.response.status).toBe(201);
  const { data } = await admin.POST('/tokens', { body: { role: 'customer', customerId: 'globex', label: 'Globex' } });

  const page = await (await chromium.browser.newContext()).newPage();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Use an API token' }).click();
  await page.getByLabel('API token').fill((data as { token: string }).token);
  await page.getByRole('button', { name: 'Sign in with token' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await page.goto(`${server.url}/app/requests/SE-7`);
  const missing = page.getByTestId('missing-fields');
  await missing.waitFor();
  expect(await missing.innerText()).toMatch(/Still missing: 3 details the contract asks for/);
  expect(await checkPage(page, 'request-fields')).toEqual([]);

  await page.getByLabel('Any error messages').fill('E4012 token clock skew');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect.poll(() => missing.innerText()).toMatch(/Still missing: 2 details/);
  await page.getByRole('cell', { name: 'E4012 token clock skew' }).waitFor();
  const ticket = await fetch(`${server.url}/tickets/SE-7`, {
    headers: { authorization: `Bearer ${server.adminToken}` },
  });
  expect(((await ticket.json()) as { ticket: { fields: object } }).ticket.fields).toEqual({
    description: 'Push approvals arrive late',
    error_messages: 'E4012 token clock skew',
  });
}, 120_000);

// contracts/techjutsu.yaml sets the provider's internal goal of an update every Response Time beside the SCSS's one
// update (§10.6): staff see it, labelled, under the contract's clocks.
it("shows staff a TechJutsu request's internal goals apart from the contract's clocks", async () => {
  const admin = createSuretyClient({ baseUrl: server.url, headers: { authorization: `Bearer ${server.adminToken}` } });
  await admin.POST('/customers', { body: { id: 'acme', name: 'Acme Corp' } });
  await admin.PUT('/customers/{customerId}/contracts/{contractId}', {
    params: { path: { customerId: 'acme', contractId: 'techjutsu-caller-verify' } },
    body: {
      orderForm: readFileSync(new URL('../../../contracts/order-forms/techjutsu-acme.yaml', import.meta.url), 'utf8'),
    },
  });
  const opened = await admin.POST('/tickets', {
    body: {
      id: 'TJ-3',
      customerId: 'acme',
      contractId: 'techjutsu-caller-verify',
      severity: 'P2',
      fields: {
        submitter_contact: 'sme@acme.example',
        dependent_tenants_status: 'all up',
        impact: 'one agent',
        details: 'Verification prompt loops',
      },
    },
  });
  expect(opened.response.status).toBe(201);
  const page = await (await chromium.browser.newContext()).newPage();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Use an API token' }).click();
  await page.getByLabel('API token').fill(server.adminToken);
  await page.getByRole('button', { name: 'Sign in with token' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await page.goto(`${server.url}/app/requests/TJ-3`);
  await page.getByRole('heading', { level: 3, name: 'Internal goals' }).waitFor();
  expect(await page.getByTestId('internal-next_update').innerText()).toMatch(/internal goal, beyond SCSS §10\.6/);
  expect(await page.getByTestId('clock-first_response').innerText()).toMatch(/SCSS §1\.17/);
  expect(await checkPage(page, 'request-internal-goals')).toEqual([]);
  // The severity can be changed to the contract's other levels (SCSS §10.4's Priority table), named as it names them.
  await page.getByRole('textbox', { name: 'Change severity' }).click();
  const levels = await page.getByRole('option').allInnerTexts();
  expect(levels.map((l) => l.split(' · ')[0])).toEqual(['P1', 'P3', 'P4']);
  await page.getByRole('option', { name: /^P1 · / }).click();
  await page.getByRole('button', { name: 'Apply severity' }).click();
  await page.getByText('severity changed: P1').waitFor();
}, 120_000);
