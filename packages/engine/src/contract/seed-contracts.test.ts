import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileContract } from './compile-contract.js';
import { formatIssue } from './contract-issue.js';
import { contractJsonSchema } from './json-schema.js';

const contracts = fileURLToPath(new URL('../../../../contracts/', import.meta.url));
const source = (name: string) => ({ file: `contracts/${name}`, text: readFileSync(contracts + name, 'utf8') });
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The example order form each contract that needs one is compiled with. */
const ORDER_FORMS: Record<string, string> = {
  'techjutsu.yaml': 'order-forms/techjutsu-acme.yaml',
  'invoca.yaml': 'order-forms/invoca-acme.yaml',
  'tactful.yaml': 'order-forms/tactful-acme.yaml',
};

function compiled(name: string, orderForm?: string) {
  const { contract, issues } = compileContract(source(name), orderForm ? source(orderForm) : undefined);
  expect(issues.map(formatIssue)).toEqual([]);
  return contract!;
}
const target = (c: ReturnType<typeof compiled>, plan: string, severity: string, kind: string) =>
  c.plans
    .get(plan)!
    .targets.get(severity)!
    .find((t) => t.kind === kind)!;
/** An instant written in UTC, as epoch ms (for deadline spot checks). */
const utc = (iso: string) => Date.parse(iso);

describe('the seed contracts', () => {
  it('every contract file compiles with zero issues (TechJutsu and Invoca with their example order forms)', () => {
    const names = readdirSync(contracts).filter((n) => n.endsWith('.yaml'));
    expect(names.sort()).toEqual(['invoca.yaml', 'numonix.yaml', 'securenvoy.yaml', 'tactful.yaml', 'techjutsu.yaml']);
    for (const name of names) expect(compiled(name, ORDER_FORMS[name]).id).toMatch(/^[a-z-]+$/);
  });

  it('every order form compiles against the contract it names', () => {
    for (const name of readdirSync(contracts + 'order-forms')) {
      const contractFile = Object.keys(ORDER_FORMS).find((c) => ORDER_FORMS[c] === `order-forms/${name}`);
      expect(contractFile, name).toBeDefined();
      expect(compiled(contractFile!, `order-forms/${name}`).customer).toBeTruthy();
    }
  });

  it('every plan and every severity scale cites the clause it encodes', () => {
    for (const name of readdirSync(contracts).filter((n) => n.endsWith('.yaml'))) {
      const c = compiled(name, ORDER_FORMS[name]);
      expect(c.doc.severities.clause, name).toBeTruthy();
      for (const plan of Object.values(c.doc.plans)) expect(plan.clause, `${name} ${plan.name}`).toBeTruthy();
    }
  });

  it.each([
    // file, plan, severity, clock, business time
    ['tactful.yaml', 'standard', 'S1', 'first_response', 4 * HOUR],
    ['tactful.yaml', 'standard', 'S1', 'resolution', 16 * HOUR], // 2 working days of 8 h
    ['tactful.yaml', 'standard', 'S2', 'first_response', 8 * HOUR],
    ['tactful.yaml', 'standard', 'S2', 'resolution', 24 * HOUR],
    ['tactful.yaml', 'standard', 'S3', 'first_response', 16 * HOUR],
    ['tactful.yaml', 'standard', 'S3', 'resolution', 40 * HOUR],
    ['tactful.yaml', 'priority', 'S1', 'first_response', 2 * HOUR],
    ['tactful.yaml', 'priority', 'S1', 'resolution', 8 * HOUR],
    ['tactful.yaml', 'priority', 'S2', 'first_response', 4 * HOUR],
    ['tactful.yaml', 'priority', 'S2', 'resolution', 16 * HOUR],
    ['tactful.yaml', 'priority', 'S3', 'first_response', 8 * HOUR], // 1 working day
    ['tactful.yaml', 'priority', 'S3', 'resolution', 24 * HOUR],
    ['numonix.yaml', 'standard', 'S1', 'first_response', 1 * HOUR],
    ['numonix.yaml', 'standard', 'S2', 'first_response', 2 * HOUR],
    ['numonix.yaml', 'standard', 'S3', 'first_response', 72 * HOUR], // 3 days, 24x7
    ['securenvoy.yaml', 'standard', 'P1', 'first_response', 4 * HOUR],
    ['securenvoy.yaml', 'standard', 'P2', 'first_response', 6 * HOUR],
    ['securenvoy.yaml', 'standard', 'P3', 'first_response', 8 * HOUR],
    ['securenvoy.yaml', 'standard', 'P4', 'first_response', 12 * HOUR],
    ['securenvoy.yaml', 'standard', 'P1', 'next_update', 8 * HOUR], // 1 business day of 9–17
    ['securenvoy.yaml', 'standard', 'P2', 'next_update', 24 * HOUR], // 3 business days: the outer bound of "2-3"
    ['securenvoy.yaml', 'standard', 'P3', 'next_update', 7 * DAY], // a week, elapsed
    ['securenvoy.yaml', 'standard', 'P4', 'next_update', 30 * DAY], // a month, read as 30 days elapsed
    ['techjutsu.yaml', 'standard', 'P1', 'first_response', 2 * HOUR],
    ['techjutsu.yaml', 'standard', 'P2', 'first_response', 4 * HOUR],
    ['techjutsu.yaml', 'standard', 'P3', 'first_response', 8 * HOUR],
    ['techjutsu.yaml', 'standard', 'P4', 'first_response', 30 * HOUR], // 3 business days of 08–18
    ['techjutsu.yaml', 'standard', 'P1', 'next_update', 2 * HOUR], // §10.6: an update within the Response Time
    ['techjutsu.yaml', 'standard', 'P4', 'next_update', 30 * HOUR],
    ['invoca.yaml', 'standard', 'S1', 'first_response', 8 * HOUR],
    ['invoca.yaml', 'standard', 'S3', 'first_response', 24 * HOUR],
  ])('%s %s %s %s', (file, plan, severity, kind, ms) => {
    expect(target(compiled(file, ORDER_FORMS[file]), plan, severity, kind).durationMs).toBe(ms);
  });

  it('Tactful: Sunday to Friday in Cairo; Friday 16:00 + 2 working hours is Sunday 10:00', () => {
    const c = compiled('tactful.yaml', 'order-forms/tactful-acme.yaml');
    const s1 = target(c, 'priority', 'S1', 'first_response');
    expect(s1.calendar.zone).toBe('Africa/Cairo');
    // 2026-03-06 is a Friday; Cairo is UTC+2 in March 2026 (no DST until late April).
    expect(s1.calendar.add(utc('2026-03-06T14:00:00Z'), s1.durationMs)).toBe(utc('2026-03-08T08:00:00Z'));
    expect(c.availability).toMatchObject({ guarantee: false, target: { text: '99%' } });
    expect(c.credits?.form).toBe('none');
  });

  it("Tactful: maintenance windows are in the site server's zone, which the order form states", () => {
    expect(compiled('tactful.yaml').availabilityAwaits).toEqual(['server_zone']);
    expect(compiled('tactful.yaml', 'order-forms/tactful-acme.yaml').availability?.maintenanceWindows?.zone).toBe(
      'Africa/Cairo',
    );
    const orderForm = {
      file: 'of.yaml',
      text: 'surety: 1\norder_form: { contract: tactful-engage-slt, customer: A, plan: priority, values: { server_zone: Europe/Berlin } }',
    };
    const { contract, issues } = compileContract(source('tactful.yaml'), orderForm);
    expect(issues).toEqual([]);
    expect(contract?.availability?.maintenanceWindows?.zone).toBe('Europe/Berlin');
  });

  it('Numonix: 24x7 in UTC, severity changes restart, and severity 4 has no clock', () => {
    const c = compiled('numonix.yaml');
    const s1 = target(c, 'standard', 'S1', 'first_response');
    expect([s1.calendar.zone, s1.calendar.spec.weekly, s1.onSeverityChange]).toEqual(['UTC', '24x7', 'restart']);
    expect(c.severities.find((s) => s.id === 'S1')!.examples).toHaveLength(3);
    expect(c.plans.get('standard')!.targets.has('S4')).toBe(false);
  });

  it('SecurEnvoy: first responses on the 9x5 London calendar, P3/P4 updates in elapsed time, severity changes restart', () => {
    const c = compiled('securenvoy.yaml');
    const p1 = target(c, 'standard', 'P1', 'first_response');
    expect([p1.calendar.name, p1.calendar.zone, p1.onSeverityChange]).toEqual(['hq-9x5', 'Europe/London', 'restart']);
    expect(target(c, 'standard', 'P1', 'next_update').calendar.name).toBe('hq-9x5');
    const p4 = target(c, 'standard', 'P4', 'next_update');
    expect([p4.calendar.zone, p4.calendar.spec.weekly]).toEqual(['Europe/London', '24x7']);
    // Good Friday 2026 is a company holiday in the initial list: Thursday 16:00 + 4 business hours is Tuesday 12:00
    // (Easter Monday is one too). London is on BST (UTC+1) from 29 March 2026.
    expect(p1.calendar.add(utc('2026-04-02T15:00:00Z'), p1.durationMs)).toBe(utc('2026-04-07T11:00:00Z'));
    expect(c.availability?.sli).toBe('requests');
    expect(c.credits).toMatchObject({ form: 'licence_days', monthlyCap: 10, claimWindowDays: 30 });
    expect(c.credits!.tiers.map((t) => t.credit)).toEqual([3, 5, 10]);
  });

  it('TechJutsu: the order form fills hours and response times; US and Canadian holidays are closed', () => {
    const c = compiled('techjutsu.yaml', 'order-forms/techjutsu-acme.yaml');
    const p1 = target(c, 'standard', 'P1', 'first_response');
    expect(p1.calendar.zone).toBe('America/New_York');
    expect(p1.calendar.spec.closures).toMatchObject([
      { kind: 'statutory', set: 'US-federal' },
      { kind: 'statutory', set: 'CA-federal' },
    ]);
    // Thursday 2 July 2026 17:00 EDT + 2 business hours: one hour on Thursday (open until 18:00), Friday 3 July is
    // closed (US Independence Day, observed), so the deadline is Monday 6 July 09:00 EDT.
    expect(p1.calendar.add(utc('2026-07-02T21:00:00Z'), p1.durationMs)).toBe(utc('2026-07-06T13:00:00Z'));
    expect(c.doc.request_fields?.map((f) => f.id)).toEqual([
      'submitter_contact',
      'dependent_tenants_status',
      'impact',
      'details',
    ]);
    expect(c.availability).toMatchObject({
      denominator: 'scheduled',
      outage: { minImpact: 0.1, minDurationMs: 60_000 },
    });
    expect(c.availability!.statedAllowances.month).toBe(43 * 60_000 + 28_000);
  });

  it('TechJutsu alone names every parameter its order form must supply', () => {
    const { issues } = compileContract(source('techjutsu.yaml'));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.missingParameter !== undefined)).toBe(true);
    expect(new Set(issues.map((i) => i.missingParameter))).toEqual(
      new Set(['support_zone', 'support_hours', 'p1_response', 'p2_response', 'p3_response', 'p4_response']),
    );
  });

  it('Invoca: ticket clocks work without an order form; availability waits for the target', () => {
    const c = compiled('invoca.yaml');
    expect(c.availability).toBeUndefined();
    expect(c.availabilityAwaits).toEqual(['availability_target']);
    expect(compiled('invoca.yaml', 'order-forms/invoca-acme.yaml').availability?.target.text).toBe('99.90%');
  });

  // contracts/schema.json is generated: `npm run schema` regenerates it (through the CLI's `surety schema`); the
  // same file comes from the engine alone with
  //   npx tsc -b packages/engine && node -e "import('./packages/engine/dist/index.js').then((m) =>
  //     process.stdout.write(JSON.stringify(m.contractJsonSchema(), null, 2) + '\n'))" > contracts/schema.json
  it('contracts/schema.json is the schema the code generates', () => {
    expect(readFileSync(contracts + 'schema.json', 'utf8')).toBe(JSON.stringify(contractJsonSchema(), null, 2) + '\n');
  });
});
