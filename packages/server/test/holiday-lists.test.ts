// Provider-published holiday lists: Invoca Exhibit B §1 "Business Hours ... excluding holidays as published by
// Invoca". The contract ships a 2026 list; Invoca publishes 2027's through the API or an iCalendar file or URL.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { apiClient } from './api-client.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

const contracts = fileURLToPath(new URL('../../../contracts/', import.meta.url));
const read = (file: string) => readFileSync(`${contracts}${file}`, 'utf8');
// Thursday 31 December 2026 16:30 PST (UTC−8).
const T0 = Date.parse('2027-01-01T00:30:00Z');

/** Invoca's 2027 list as an iCalendar file: all-day events (DTEND is exclusive, RFC 5545 §3.6.1). */
const ICS_2027 = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Example//Invoca holidays//EN',
  'BEGIN:VEVENT',
  'UID:ny-2027@example',
  'DTSTART;VALUE=DATE:20270101',
  'DTEND;VALUE=DATE:20270102',
  "SUMMARY:New Year's Day",
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:thanksgiving-2027@example',
  'DTSTART;VALUE=DATE:20271125',
  'DTEND;VALUE=DATE:20271127',
  'SUMMARY:Thanksgiving and the day after',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe.each(backends)('provider-published holiday lists on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let ics: Server;
  let icsUrl = '';
  const clock = T0;
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { call, ok } = apiClient(() => app, tokens);

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    await ok('admin', 'POST', '/contracts', { source: read('invoca.yaml') });
    await ok('admin', 'POST', '/customers', { id: 'acme', name: 'Acme Telecom' });
    tokens.customer = (await issueToken(context(), { role: 'customer', customerId: 'acme', label: 'Acme' })).token;
    await ok('admin', 'PUT', '/customers/acme/contracts/invoca-exhibit-b', {
      orderForm: read('order-forms/invoca-acme.yaml'),
    });
    ics = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/calendar' }).end(ICS_2027));
    await new Promise<void>((resolve) => ics.listen(0, '127.0.0.1', resolve));
    icsUrl = `http://127.0.0.1:${(ics.address() as AddressInfo).port}/invoca.ics`;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    await new Promise((resolve) => ics?.close(resolve));
  });

  it('says the shipped list ends with 2026, so 2027 has no known holidays yet', async () => {
    expect((await ok('admin', 'GET', '/calendars?contractId=invoca-exhibit-b')).items).toEqual([
      {
        contractId: 'invoca-exhibit-b',
        list: 'invoca-holidays',
        calendars: ['business-hours'],
        version: 0,
        through: '2026-12-31',
        origin: 'contract',
        endsSoon: true,
        versions: [],
      },
    ]);
  });

  it('publishing a list recomputes the open requests it moves and answers with what moved', async () => {
    // S1: 8 business hours (Table 3). Opened Thursday 31 Dec 2026 16:00 PST: one hour that day. Without a 2027 list
    // Friday 1 January is a working day (due 15:00 PST); with Invoca's list it is New Year's Day, so the deadline
    // moves to Monday 4 January 15:00 PST (23:00Z).
    await ok('admin', 'POST', '/tickets', {
      id: 'INV-1',
      customerId: 'acme',
      contractId: 'invoca-exhibit-b',
      severity: 'S1',
      at: '2027-01-01T00:00:00Z',
    });
    const result = await ok('admin', 'PUT', '/calendars/invoca-exhibit-b/invoca-holidays', {
      dates: [
        { date: '2027-01-01', name: "New Year's Day" },
        { date: '2027-12-24', name: 'Christmas Eve', from: '12:00' },
      ],
    });
    expect(result).toEqual({
      contractId: 'invoca-exhibit-b',
      list: 'invoca-holidays',
      version: 1,
      through: '2027-12-31',
      dates: 2,
      recomputed: 1,
      moved: [
        {
          customerId: 'acme',
          ticket: 'INV-1',
          clock: 'first_response#1',
          from: '2027-01-01T23:00:00.000Z',
          to: '2027-01-04T23:00:00.000Z',
        },
      ],
    });
    const ticket = await ok('admin', 'GET', '/tickets/INV-1');
    expect(ticket.clocks.clocks[0].dueAt).toBe('2027-01-04T23:00:00.000Z');
    const [coverage] = (await ok('admin', 'GET', '/calendars?contractId=invoca-exhibit-b&warnWithinDays=60')).items;
    expect(coverage).toMatchObject({ version: 1, through: '2027-12-31', origin: 'published', endsSoon: false });
    const audit = await ok('admin', 'GET', '/audit?action=holiday_list.');
    expect(audit.items.map((e: { entity: string }) => e.entity)).toEqual([
      'contract:invoca-exhibit-b/invoca-holidays@1',
    ]);
  });

  it('imports an iCalendar file and URL as the next versions; all-day events close each of their dates', async () => {
    const fromFile = await ok('admin', 'POST', '/calendars/invoca-exhibit-b/invoca-holidays/ical', { ics: ICS_2027 });
    // New Year's Day, and Thanksgiving (fourth Thursday of November: 25 Nov 2027) with the day after.
    expect(fromFile).toMatchObject({ version: 2, dates: 3, through: '2027-12-31', moved: [] });
    const fromUrl = await ok('admin', 'POST', '/calendars/invoca-exhibit-b/invoca-holidays/ical', {
      url: icsUrl,
      through: '2028-01-31',
    });
    expect(fromUrl).toMatchObject({ version: 3, dates: 3, through: '2028-01-31' });
    const [coverage] = (await ok('admin', 'GET', '/calendars?contractId=invoca-exhibit-b')).items;
    expect(coverage.versions.map((v: { version: number; origin: string }) => [v.version, v.origin])).toEqual([
      [3, icsUrl],
      [2, 'iCalendar file'],
      [1, 'api'],
    ]);
  });

  it('refuses what it cannot publish, naming the field, and a customer contact may not publish', async () => {
    const unknown = await call('admin', 'PUT', '/calendars/invoca-exhibit-b/company-days', { dates: [] });
    expect([unknown.statusCode, unknown.json().field]).toEqual([404, '/list']);
    expect(unknown.json().detail).toContain('(lists: invoca-holidays)');
    const early = await call('admin', 'PUT', '/calendars/invoca-exhibit-b/invoca-holidays', {
      dates: [{ date: '2027-05-31' }],
      through: '2027-01-31',
    });
    expect([early.statusCode, early.json().field]).toEqual([422, '/through']);
    const notIcs = await call('admin', 'POST', '/calendars/invoca-exhibit-b/invoca-holidays/ical', {
      ics: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2027XX01\r\nEND:VEVENT\r\nEND:VCALENDAR',
    });
    expect(notIcs.statusCode).toBe(422);
    const customer = await call('customer', 'PUT', '/calendars/invoca-exhibit-b/invoca-holidays', { dates: [] });
    expect(customer.statusCode).toBe(403);
  });
});
