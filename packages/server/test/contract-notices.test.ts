import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { SYSTEM } from '../src/services/core/service-context.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { startEmailSender, type EmailSender } from '../src/worker/email-sender.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';
import { startSmtpSink, waitFor, type SmtpSink } from './smtp-sink.js';

const read = (path: string) => readFileSync(new URL(`../../../contracts/${path}`, import.meta.url), 'utf8');
const at = (iso: string) => Date.parse(iso);

/** A contract that names no one for notices: its customers' designated contacts are told, as before contracts could. */
const plain = `surety: 1
contract: { id: plain, title: Plain, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;

// TechJutsu SCSS §5.1 names, for Unplanned Maintenance, "all affected Customer SME, an alternative Customer contact,
// and the CEO of Provider"; §5.2 makes the CEO's recorded time of receipt definitive (contracts/techjutsu.yaml).
describe.each(backends)('incidents and unplanned maintenance reach whom each contract names, on %s', (backend) => {
  let store: TestStore;
  let app: Api;
  let sink: SmtpSink;
  let sender: EmailSender;
  let admin = '';
  let clock = at('2026-07-06T14:00:00Z');

  const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
    app.inject({ method, url, payload, headers: { authorization: `Bearer ${admin}` } });
  const ok = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) => {
    const r = await call(method, url, payload);
    if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
    return r.json();
  };
  /** A provider user, by invitation (its invitation email is not what these tests read). */
  const staff = async (email: string, name: string) => {
    const invited = await ok('POST', '/invitations', { email, role: 'agent' });
    const token = new URL(invited.acceptPath, 'http://x').searchParams.get('token')!;
    await ok('POST', '/invitations/accept', { token, name, password: 'a long enough passphrase' });
    return (
      await store
        .context(SYSTEM)
        .db.selectFrom('users')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).id;
  };

  beforeAll(async () => {
    if (skipped(backend)) return;
    sink = await startSmtpSink(mkdtempSync(join(tmpdir(), 'surety-smtp-')));
    store = await freshStore(backend, () => clock, {
      onDisk: true,
      jobQueue: { onError: () => {}, leaseSeconds: 5 },
    });
    const context = (p = SYSTEM) => store.context(p);
    app = await buildApp({ context, emailNotice: null });
    admin = (await issueToken(context(SYSTEM), { role: 'admin', label: 'admin' })).token;
    const quiet = { attempted: () => {}, notConfigured: () => {}, error: () => {} };
    sender = await startEmailSender(store.store, {
      smtpUrl: sink.url,
      from: 'Status <status@example.test>',
      log: quiet,
    });

    await ok('POST', '/services', { id: 'voice', name: 'Voice' });
    await ok('POST', '/services/voice/components', { id: 'api', name: 'API' });
    await ok('POST', '/services', { id: 'web', name: 'Web' });
    await ok('POST', '/services/web/components', { id: 'portal', name: 'Portal' });
    await ok('POST', '/contracts', { source: read('techjutsu.yaml') });
    await ok('POST', '/contracts', { source: plain });
    // Acme Corp is under TechJutsu's SCSS; Beta under the plain contract, covering only the web portal; Gamma under
    // the plain contract, covering everything (it names no components).
    for (const [id, contract, orderForm] of [
      ['acme', 'techjutsu-caller-verify', read('order-forms/techjutsu-acme.yaml')],
      ['beta', 'plain', undefined],
      ['gamma', 'plain', undefined],
    ] as const) {
      await ok('POST', '/customers', { id, name: id });
      await ok('PUT', `/customers/${id}/contracts/${contract}`, { orderForm });
    }
    await ok('PUT', '/customers/beta/contracts/plain/availability-source', {
      rules: 'incidents',
      components: [{ serviceId: 'web', componentId: 'portal' }],
    });
    await ok('POST', '/customers/acme/contacts', { name: 'Sam', email: 'sme@acme.test', roles: ['customer sme'] });
    await ok('POST', '/customers/acme/contacts', {
      name: 'Alex',
      email: 'alt@acme.test',
      roles: ['Alternative Customer Contact'],
    });
    // Designated, but not a role the SCSS names: not told of unplanned maintenance under it.
    await ok('POST', '/customers/acme/contacts', { name: 'Dee', email: 'dee@acme.test', designated: true });
    await ok('POST', '/customers/beta/contacts', { name: 'Bo', email: 'bo@beta.test', designated: true });
    await ok('POST', '/customers/gamma/contacts', { name: 'Gil', email: 'gil@gamma.test', designated: true });
    // Delta has no contract yet: nothing says who is told, so its designated contact is, as before contracts could.
    await ok('POST', '/customers', { id: 'delta', name: 'delta' });
    await ok('POST', '/customers/delta/contacts', { name: 'Dan', email: 'dan@delta.test', designated: true });
    const ceo = await staff('ceo@provider.test', 'Casey CEO');
    expect(await ok('PUT', '/notice-groups/ceo', { userIds: [ceo] })).toMatchObject({
      id: 'ceo',
      members: [{ userId: ceo, email: 'ceo@provider.test', disabled: false }],
    });
  });
  afterAll(async () => {
    await sender?.stop();
    await app?.close();
    await store?.close();
    await sink?.stop();
  });

  it.skipIf(skipped(backend))('a contact holds only roles its contracts name; a misspelt one is refused', async () => {
    const refused = await call('POST', '/customers/acme/contacts', {
      name: 'Typo',
      email: 'typo@acme.test',
      roles: ['Customer SNE'],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toBe(
      "no contract of acme names the contact role 'Customer SNE' (roles: Customer SME, Alternative Customer Contact)",
    );
    const contacts = (await ok('GET', '/customers/acme/contacts')).items as { email: string; roles: string[] }[];
    // Stored as the contract spells it.
    expect(contacts.find((c) => c.email === 'sme@acme.test')!.roles).toEqual(['Customer SME']);
  });

  it.skipIf(skipped(backend))(
    "unplanned maintenance reaches the SCSS's Customer SME, alternative contact and CEO, with each one's time of receipt",
    async () => {
      clock = at('2026-07-06T14:00:00Z');
      const before = sink.count();
      const opened = await ok('POST', '/incidents', {
        title: 'Emergency database failover',
        kind: 'unplanned_maintenance',
        status: 'identified',
        text: 'Failing over the primary database; expected downtime 20 minutes.',
        fraction: 1,
        components: [{ serviceId: 'voice', componentId: 'api' }],
        expectedEnd: '2026-07-06T14:20:00Z',
      });
      sender.queued();
      const expected = ['alt@acme.test', 'ceo@provider.test', 'dan@delta.test', 'gil@gamma.test', 'sme@acme.test'];
      await waitFor('the notices to arrive', () => sink.count() >= before + expected.length);
      // Give a duplicate the time to show up, were there one.
      await new Promise((r) => setTimeout(r, 300));
      const mails = (await sink.received()).filter((m) => m.subject?.includes('Emergency database failover'));
      const to = (m: (typeof mails)[number]) => (m.to as { text: string }).text;
      // Exactly these, once each: not Acme's designated Dee (the SCSS names roles), not Beta (its contract covers
      // only the web portal); Gamma's contract names no one, so its designated contact is told.
      expect(mails.map(to).sort()).toEqual(expected);
      const footer = (email: string) => mails.find((m) => to(m) === email)!.text!;
      expect(footer('sme@acme.test')).toContain(
        'You receive this as Customer SME of acme under techjutsu-caller-verify (SCSS §5.1, §5.2).',
      );
      expect(footer('ceo@provider.test')).toContain(
        "You receive this as a member of the provider's ceo group, for acme under techjutsu-caller-verify (SCSS §5.1, §5.2).",
      );
      expect(footer('gil@gamma.test')).toContain('You receive this as a designated contact of gamma.');
      expect(mails[0]!.subject).toBe('[identified] Unplanned maintenance: Emergency database failover');
      expect(mails[0]!.text).toContain('expected downtime 20 minutes');
      // SCSS §5.1: "details of the Downtime, including the expected duration of Downtime", in every copy as received.
      for (const m of mails) {
        expect(m.text).toContain(
          'Expected to end: 2026-07-06T14:20:00Z (expected duration of the downtime: 20m from its start at 2026-07-06T14:00:00Z; 20m from now)',
        );
        expect(m.html).toContain('Expected to end: 2026-07-06T14:20:00Z');
      }
      expect(opened.expectedEnd).toBe('2026-07-06T14:20:00.000Z');

      // Time of receipt per recipient (§5.2): when the mail server accepted each one.
      for (const email of expected) {
        const page = await ok('GET', `/outbox?recipient=${encodeURIComponent(email)}`);
        const notice = (page.items as { subject: string; state: string; acceptedAt: string; messageId: string }[]).find(
          (m) => m.subject.includes('Emergency database failover'),
        )!;
        expect(notice.state).toBe('accepted');
        expect(Number.isNaN(Date.parse(notice.acceptedAt))).toBe(false);
        expect(mails.find((m) => to(m) === email)!.messageId).toBe(notice.messageId);
      }
      expect(opened.kind).toBe('unplanned_maintenance');

      // Ten minutes in, it will take longer: the update says so, and its notice gives the new expectation.
      clock = at('2026-07-06T14:10:00Z');
      const later = sink.count();
      const moved = await ok('POST', `/incidents/${opened.id}/updates`, {
        status: 'identified',
        text: 'Replication is slow to catch up.',
        fraction: 1,
        components: [{ serviceId: 'voice', componentId: 'api' }],
        expectedEnd: '2026-07-06T14:45:00Z',
      });
      expect(moved.expectedEnd).toBe('2026-07-06T14:45:00.000Z');
      sender.queued();
      await waitFor('the update to arrive', () => sink.count() >= later + expected.length);
      const update = (await sink.received()).find(
        (m) => m.subject?.includes('Emergency database failover') && m.text?.includes('Replication is slow'),
      )!;
      expect(update.text).toContain(
        'Expected to end: 2026-07-06T14:45:00Z (expected duration of the downtime: 45m from its start at 2026-07-06T14:00:00Z; 35m from now)',
      );
      // An update that says nothing of it keeps it; resolving ends it.
      clock = at('2026-07-06T14:20:00Z');
      const kept = await ok('POST', `/incidents/${opened.id}/updates`, {
        status: 'monitoring',
        text: 'Caught up; watching.',
        fraction: 0,
        components: [{ serviceId: 'voice', componentId: 'api' }],
      });
      expect([kept.expectedEnd, kept.updates[2].expectedEnd]).toEqual([
        '2026-07-06T14:45:00.000Z',
        '2026-07-06T14:45:00.000Z',
      ]);
      const wrong = async (url: string, body: object) => {
        const r = await call('POST', url, body);
        return [r.statusCode, r.json().field];
      };
      // Not before the update, not on resolving it.
      const on = `/incidents/${opened.id}/updates`;
      const still = {
        status: 'monitoring',
        text: 'x',
        fraction: 0,
        components: [{ serviceId: 'voice', componentId: 'api' }],
      };
      expect(await wrong(on, { ...still, expectedEnd: '2026-07-06T14:20:00Z' })).toEqual([422, '/expectedEnd']);
      expect(await wrong(on, { ...still, status: 'resolved', expectedEnd: '2026-07-06T15:00:00Z' })).toEqual([
        422,
        '/expectedEnd',
      ]);
      const done = await ok('POST', on, { ...still, status: 'resolved', text: 'Done.' });
      expect(done.expectedEnd).toBeNull();
      // Opening unplanned maintenance without it is refused, naming the field; an incident has none.
      const open = { title: 'x', status: 'identified', text: 'x', fraction: 1, components: [] };
      expect(await wrong('/incidents', { ...open, kind: 'unplanned_maintenance' })).toEqual([422, '/expectedEnd']);
      expect(await wrong('/incidents', { ...open, expectedEnd: '2026-07-06T15:00:00Z' })).toEqual([
        422,
        '/expectedEnd',
      ]);
      // The update, the monitoring one and the resolution reached the same five (none of the refused wrote anything):
      // all arrived before the next test counts its own.
      sender.queued();
      await waitFor('every notice of it to arrive', () => sink.count() >= later + 3 * expected.length);
    },
  );

  it.skipIf(skipped(backend))(
    'an incident: the SCSS names no one for it, so the designated contacts of every affected contract are told',
    async () => {
      const before = sink.count();
      await ok('POST', '/incidents', {
        title: 'Portal errors',
        status: 'investigating',
        text: 'Some pages fail.',
        fraction: 0.2,
        components: [{ serviceId: 'web', componentId: 'portal' }],
      });
      sender.queued();
      await waitFor('the notices to arrive', () => sink.count() >= before + 4);
      await new Promise((r) => setTimeout(r, 300));
      const mails = (await sink.received()).filter((m) => m.subject?.includes('Portal errors'));
      expect(mails.map((m) => (m.to as { text: string }).text).sort()).toEqual([
        'bo@beta.test',
        'dan@delta.test',
        'dee@acme.test',
        'gil@gamma.test',
      ]);
    },
  );
});
