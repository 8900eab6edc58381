import { describe, expect, it } from 'vitest';
import { compileContract } from './compile-contract.js';
import { formatIssue } from './contract-issue.js';

/**
 * Every message is checked whole: file:line:column, the JSON pointer and the text. Line 4 is the calendar,
 * line 6 the plans (with their targets), line 7 whatever a case adds.
 */
const base = (extra = '', targets = '{ S1: { first_response: { within: 1h } } }') =>
  [
    'surety: 1',
    'contract: { id: acme, title: Acme, provider: Acme }',
    'calendars:',
    '  office: { zone: Europe/London, weekly: [{ days: [mon, tue, wed, thu, fri], hours: "09:00-17:00" }] }',
    'severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }',
    `plans: { standard: { name: Standard, targets: ${targets} } }`,
    extra,
  ].join('\n');
const compile = (text: string, orderForm?: string) =>
  compileContract({ file: 'c.yaml', text }, orderForm === undefined ? undefined : { file: 'of.yaml', text: orderForm });
const messages = (text: string, orderForm?: string) => compile(text, orderForm).issues.map(formatIssue);

/** A contract with one duration parameter, and an order form for it. */
const withParam = base(
  'parameters: { p1_response: { type: duration, description: P1 response } }',
  '{ S1: { first_response: { within: { param: p1_response } } } }',
);
const orderForm = (body: string) => `surety: 1\norder_form: ${body}`;
const ALL_KEYS = 'calendar, warn_at, pause_when, counts, on_severity_change, clause';

describe('contract errors name the place and what was expected', () => {
  it.each([
    [
      'an unknown key, with a did-you-mean',
      base('clock_defaults: { warn_after: ["75%"] }'),
      `c.yaml:7:19: /clock_defaults/warn_after: unknown key 'warn_after'; did you mean 'warn_at'? (expected one of: ${ALL_KEYS})`,
    ],
    [
      'a wrong type',
      base('contacts: { designated_max: two }'),
      "c.yaml:7:29: /contacts/designated_max: expected a number, found 'two'",
    ],
    [
      'a bad duration',
      base('', '{ S1: { first_response: { within: soon } } }'),
      "c.yaml:6:81: /plans/standard/targets/S1/first_response/within: expected a duration such as '8h', '90m', '16 business hours', '2 business days' or '1 week', found 'soon'",
    ],
    [
      'a duration of zero',
      base('', '{ S1: { first_response: { within: 0h } } }'),
      'c.yaml:6:81: /plans/standard/targets/S1/first_response/within: expected a duration above zero',
    ],
    [
      'bad hours',
      base().replace('09:00-17:00', '9-5'),
      "c.yaml:4:85: /calendars/office/weekly/0/hours: expected local hours such as '08:00-17:00' (24:00 may end a day), found '9-5'",
    ],
    [
      'a misspelt weekday, inside the weekly schedule (a union of forms)',
      base().replace('mon, tue', 'mon, tu'),
      'c.yaml:4:57: /calendars/office/weekly/0/days/1: expected "mon" or "tue" or "wed" or "thu" or "fri" or "sat" or "sun", found \'tu\'',
    ],
    [
      'a weekly schedule of the wrong kind',
      base().replace(/weekly: \[.*\] \}/, 'weekly: 5 }'),
      'c.yaml:4:42: /calendars/office/weekly: expected "24x7" or an array or a mapping with param, found number 5',
    ],
    [
      'an unknown calendar',
      base('', '{ S1: { first_response: { within: 1h, calendar: offise } } }'),
      "c.yaml:6:95: /plans/standard/targets/S1/first_response/calendar: unknown calendar 'offise'; did you mean 'office'?",
    ],
    [
      'an unknown default calendar, reported once for all the targets using it',
      base(
        'clock_defaults: { calendar: offise }',
        '{ S1: { first_response: { within: 1h }, resolution: { within: 8h } } }',
      ),
      "c.yaml:7:29: /clock_defaults/calendar: unknown calendar 'offise'; did you mean 'office'?",
    ],
    [
      'an unknown severity in targets',
      base('', '{ S9: { first_response: { within: 1h } } }'),
      "c.yaml:6:49: /plans/standard/targets/S9: unknown severity 'S9'; did you mean 'S1'? (levels: S1)",
    ],
    [
      'a duplicate severity id',
      base().replace('definition: down }', 'definition: down }, { id: S1, name: two, definition: slow }'),
      "c.yaml:5:88: /severities/levels/1/id: duplicate severity id 'S1'",
    ],
    [
      'days on a business calendar, with the explanation',
      base('', '{ S1: { first_response: { within: 3 days } } }'),
      "c.yaml:6:81: /plans/standard/targets/S1/first_response/within: days and weeks are 24-hour days, which calendar 'office' does not have: write business days, or use a 24x7 calendar",
    ],
    [
      'a business day that is not an amount of time',
      base().replace('}] }', '}], business_day: 1 day }'),
      "c.yaml:4:117: /calendars/office/business_day: expected a length of day in hours such as '9h', found '1 day'",
    ],
    [
      'a parameter that is not declared',
      base('', '{ S1: { first_response: { within: { param: p1 } } } }'),
      "c.yaml:6:90: /plans/standard/targets/S1/first_response/within/param: no parameter 'p1' is declared under /parameters",
    ],
    [
      'a misspelt parameter, with a did-you-mean',
      withParam.replace('{ param: p1_response }', '{ param: p1_respons }'),
      "c.yaml:6:90: /plans/standard/targets/S1/first_response/within/param: no parameter 'p1_respons' is declared under /parameters; did you mean 'p1_response'?",
    ],
    [
      'a parameter of the wrong type',
      base(
        'parameters: { p1: { type: zone, description: a zone } }',
        '{ S1: { first_response: { within: { param: p1 } } } }',
      ),
      "c.yaml:6:90: /plans/standard/targets/S1/first_response/within/param: parameter 'p1' is a zone, but a duration is needed here",
    ],
    [
      'a parameter default of the wrong type',
      withParam.replace('description: P1 response', 'description: P1 response, default: soon'),
      'c.yaml:7:81: /parameters/p1_response/default: default of \'p1_response\' is not a duration: "soon"',
    ],
    [
      'an invalid zone',
      base().replace('Europe/London', 'Mars/Olympus'),
      "c.yaml:4:19: /calendars/office/zone: expected an IANA time zone such as America/Los_Angeles, found 'Mars/Olympus'",
    ],
    [
      'an unknown holiday country',
      base().replace('}] }', '}], closures: [{ holidays: { country: XX } }] }'),
      'c.yaml:4:126: /calendars/office/closures/0/holidays: date-holidays has no holiday set for XX',
    ],
    [
      'a country code that is not one',
      base().replace('}] }', '}], closures: [{ holidays: { country: us } }] }'),
      "c.yaml:4:137: /calendars/office/closures/0/holidays/country: expected an ISO 3166 country code such as US, found 'us'",
    ],
    [
      'a YAML syntax error, at its line',
      'surety: 1\ncontract: { id: x\n',
      'c.yaml:3:1: /: YAML: Flow map in block collection must be sufficiently indented and end with a }',
    ],
    ['a key written twice', 'surety: 1\nsurety: 1\n', 'c.yaml:2:1: /: YAML: Map keys must be unique'],
  ])('%s', (_what, text, expected) => {
    expect(messages(text)).toEqual([expected]);
  });

  it('an unknown key inside a union names the form it was meant for', () => {
    expect(messages(base('', '{ S1: { first_response: { within: { parm: p1 } } } }'))).toEqual([
      'c.yaml:6:81: /plans/standard/targets/S1/first_response/within/param: expected a string, found nothing',
      "c.yaml:6:83: /plans/standard/targets/S1/first_response/within/parm: unknown key 'parm'; did you mean 'param'? (expected one of: param)",
    ]);
  });
});

describe('order-form errors', () => {
  const MISSING =
    "c.yaml:6:81: /plans/standard/targets/S1/first_response/within: parameter 'p1_response' (P1 response) has no value: the customer's order form must supply it under order_form.values.p1_response";

  it.each([
    ['a missing value names the parameter (no order form)', undefined, [MISSING]],
    [
      'a missing value names the parameter (an order form without it)',
      orderForm('{ contract: acme, customer: A }'),
      [MISSING],
    ],
    [
      'an order form for another contract',
      orderForm('{ contract: other, customer: A, values: { p1_response: 1h } }'),
      ["of.yaml:2:25: /order_form/contract: this order form is for contract 'other', not 'acme'"],
    ],
    [
      'an unknown plan',
      orderForm('{ contract: acme, customer: A, plan: gold, values: { p1_response: 1h } }'),
      ["of.yaml:2:50: /order_form/plan: unknown plan 'gold' (plans: standard)"],
    ],
    [
      'an unknown value key, with a did-you-mean (and the value it was meant for still missing)',
      orderForm('{ contract: acme, customer: A, values: { p1_responce: 1h } }'),
      [
        "of.yaml:2:54: /order_form/values/p1_responce: contract 'acme' has no parameter 'p1_responce'; did you mean 'p1_response'?",
        MISSING,
      ],
    ],
    [
      'a value of the wrong type, reported once, in the order form',
      orderForm('{ contract: acme, customer: A, values: { p1_response: soon } }'),
      [
        'of.yaml:2:67: /order_form/values/p1_response: expected a duration value for \'p1_response\' (P1 response), found "soon"',
      ],
    ],
    [
      'an unknown top-level key, with a did-you-mean',
      orderForm('{ contract: acme, custmer: A, values: { p1_response: 1h } }'),
      [
        'of.yaml:2:13: /order_form/customer: expected a string, found nothing',
        "of.yaml:2:31: /order_form/custmer: unknown key 'custmer'; did you mean 'customer'? (expected one of: contract, customer, plan, values)",
      ],
    ],
    [
      'a wrong language version',
      'surety: 2\norder_form: { contract: acme, customer: A }',
      ['of.yaml:1:9: /surety: expected 1, found number 2'],
    ],
    [
      'a YAML syntax error in the order form',
      'surety: 1\norder_form:\n  contract: acme\n customer: A\n',
      ['of.yaml:4:1: /: YAML: All mapping items must start at the same column'],
    ],
  ])('%s', (_what, of, expected) => {
    expect(messages(withParam, of)).toEqual(expected);
  });

  it('a missing value is marked with the parameter it awaits', () => {
    expect(compile(withParam).issues.map((i) => i.missingParameter)).toEqual(['p1_response']);
  });

  it('an invalid zone from the order form is reported in the order form, where it was written', () => {
    const text = base('parameters: { tz: { type: zone, description: the zone } }').replace(
      'zone: Europe/London',
      'zone: { param: tz }',
    );
    expect(messages(text, orderForm('{ contract: acme, customer: A, values: { tz: Mars/Olympus } }'))).toEqual([
      "of.yaml:2:58: /order_form/values/tz: expected an IANA time zone such as America/Los_Angeles, found 'Mars/Olympus'",
    ]);
    const ok = compile(text, orderForm('{ contract: acme, customer: A, values: { tz: Africa/Cairo } }'));
    expect(ok.issues).toEqual([]);
    expect(ok.contract?.calendars.get('office')?.spec.zone).toBe('Africa/Cairo');
  });
});
