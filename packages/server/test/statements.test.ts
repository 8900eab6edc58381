import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { apiClient } from './api-client.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

const contract = `surety: 1
contract: { id: plain, title: Plain SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
availability: { sli: time, target: '99.9%', guarantee: true }
credits: { form: fee_percent, tiers: [{ below: '99.9%', credit: 10 }], claim_window_days: 30 }
`;
const STATEMENT = '/customers/alpha/contracts/plain/statements/2026-06';

describe.each(backends)('monthly statements on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  // June 2026 (UTC, the contract's zone) is still running until the clock passes 2026-07-01T00:00Z.
  let clock = Date.parse('2026-06-20T12:00:00Z');
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { call, ok } = apiClient(() => app, tokens);
  const open = (id: string, at: string) =>
    ok('admin', 'POST', '/tickets', { id, customerId: 'alpha', contractId: 'plain', severity: 'S1', at });

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    await ok('admin', 'POST', '/contracts', { source: contract });
    for (const id of ['alpha', 'beta']) {
      await ok('admin', 'POST', '/customers', { id, name: `${id} Inc` });
      await ok('admin', 'PUT', `/customers/${id}/contracts/plain`, {});
    }
    tokens.beta = (await issueToken(context(), { role: 'customer', customerId: 'beta', label: 'beta' })).token;
    // A request nobody answered (its 1-hour response breaches) and a 2-hour outage: 99.72% of June.
    await open('A-1', '2026-06-10T09:00:00Z');
    await ok('admin', 'POST', '/incidents', {
      title: 'database down',
      text: 'database down',
      start: '2026-06-15T10:00:00Z',
      end: '2026-06-15T12:00:00Z',
      fraction: 1,
      components: [],
    });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('is a draft while the month runs, and is issued and stored once it has closed', async () => {
    const draft = await ok('admin', 'GET', STATEMENT);
    expect([draft.status, draft.revision]).toEqual(['draft', null]);
    expect(await store.db.selectFrom('statements').selectAll().execute()).toEqual([]);
    clock = Date.parse('2026-07-02T09:00:00Z');
    const issued = await ok('admin', 'GET', STATEMENT);
    expect(issued).toMatchObject({ status: 'issued', revision: 1, issuedAt: '2026-07-02T09:00:00.000Z', reasons: [] });
    expect(issued.content.support.rows).toEqual([
      expect.objectContaining({ severity: 'S1', metric: 'first_response', clocks: 1, breached: 1, metPercent: '0.0%' }),
    ]);
    expect(issued.content.support.breaches[0].why.some((l: string) => l.includes('breached'))).toBe(true);
    expect(issued.content.availability.time.uptime).toBe('99.722%');
    // The credit the month earns and the end of its claim window: 30 days after the day service was affected.
    expect(issued.content.credit).toMatchObject({ earned: 10, claimDeadline: '2026-07-16T00:00:00.000Z' });
    clock += 3600_000;
    const again = await ok('admin', 'GET', STATEMENT);
    expect([again.revision, again.hash, again.issuedAt]).toEqual([1, issued.hash, issued.issuedAt]);
  });

  it('late data makes a new revision that says what changed and why; the first never changes', async () => {
    const first = await ok('admin', 'GET', STATEMENT);
    await open('A-2', '2026-06-25T09:00:00Z');
    const second = await ok('admin', 'GET', STATEMENT);
    expect(second.revision).toBe(2);
    expect(second.reasons).toEqual([
      'data recorded after the previous revision was issued (requests, incidents, exclusions, monitors)',
    ]);
    expect(second.changes).toContainEqual({ path: '/support/requests', was: 1, now: 2 });
    const kept = await ok('admin', 'GET', `${STATEMENT}?revision=1`);
    expect([kept.hash, kept.content]).toEqual([first.hash, first.content]);
    const audit = await store.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'statement.issued')
      .execute();
    expect(audit.map((a) => JSON.parse(a.detail).revision)).toEqual([1, 2]);
  });

  it('renders as PDF (read back by pdftotext), HTML and CSV of the clocks behind it', async () => {
    const pdf = await call('admin', 'GET', `${STATEMENT}?format=pdf`);
    expect([pdf.statusCode, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    const dir = mkdtempSync(join(tmpdir(), 'surety-statement-'));
    writeFileSync(join(dir, 's.pdf'), pdf.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 's.pdf'), '-'], { encoding: 'utf8' });
    for (const expected of [
      'SLA statement 2026-06: alpha Inc',
      'revision 2',
      'A-1 S1 first_response#1',
      'Uptime 99.722% against a target of 99.9%: NOT met',
      'Credit earned: 10 (fee percent)',
      'Claim deadline: 2026-07-16 00:00 UTC',
    ])
      expect(text).toContain(expected);
    const html = await call('admin', 'GET', `${STATEMENT}?format=html`);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.body).toContain('<h1>SLA statement 2026-06: alpha Inc</h1>');
    const csv = await call('admin', 'GET', `${STATEMENT}?format=csv`);
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'ticket,severity,clock,cycle,status,target,startedAt,dueAt,metAt,breachedAt,elapsedMs,pausedMs,rule,clause',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual([
      'A-1,S1,first_response,1,breached',
      'A-2,S1,first_response,1,breached',
    ]);
  });

  it("renders TechJutsu §7.2's 30-day performance report as a PDF", async () => {
    const pdf = await call('admin', 'GET', '/customers/alpha/contracts/plain/performance-report?format=pdf');
    expect([pdf.statusCode, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    const dir = mkdtempSync(join(tmpdir(), 'surety-performance-'));
    writeFileSync(join(dir, 'p.pdf'), pdf.rawPayload);
    const text = execFileSync('pdftotext', [join(dir, 'p.pdf'), '-'], { encoding: 'utf8' });
    // The clock is July 2 10:00 by now: the 30 days reach back to June 2 and hold both requests.
    expect(text).toContain('Performance report: alpha, previous 30 days');
    expect(text).toContain('2 request(s) opened in the 30 days.');
    expect(text).toContain('§7.2');
  });

  it('says why an exclusion was not honoured: the decision note of the availability report', async () => {
    // A force majeure exclusion the contract does not list: refused, and the report's decision says why.
    await ok('admin', 'POST', '/exclusions', {
      customerId: 'alpha',
      start: '2026-06-15T10:00:00Z',
      end: '2026-06-15T11:00:00Z',
      category: 'force_majeure',
      reason: 'regional power cut',
    });
    const report = await ok('admin', 'GET', '/customers/alpha/availability?contractId=plain&period=2026-06');
    const [decision] = report.time.decisions;
    expect([decision.excluded, typeof decision.note]).toEqual([false, 'string']);
    const html = await call('admin', 'GET', `${STATEMENT}?format=html`);
    const words = decision.note.split(/\s+/).slice(0, 3).join(' ');
    expect(html.body).toContain(`not excluded: ${words}`);
  });

  it("is alpha's and the provider's only: another customer's contact finds nothing", async () => {
    expect((await call('beta', 'GET', STATEMENT)).statusCode).toBe(404);
    expect((await call('beta', 'GET', `${STATEMENT}?format=pdf`)).statusCode).toBe(404);
    expect((await call('beta', 'GET', '/customers/alpha/contracts/plain/performance-report')).statusCode).toBe(404);
  });
});
