import { describe, expect, it } from 'vitest';
import { scratchFiles, surety } from './run-cli.js';

/** Measurement and event files as they come from real exports: bad rows among good ones, BOMs, CRLF, nothing. */
const scratch = scratchFiles('inputs');
const file = scratch.file;

// 99.90% a month in UTC; outages are >= 10% impact for >= 60 s.
const contract = file(
  'contract.yaml',
  `surety: 1
contract: { id: acme, title: Acme SLA, provider: Acme }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
availability:
  sli: time
  target: '99.90%'
  guarantee: true
  outage: { min_impact: '10%', min_duration: 60s }
`,
);
// Both locations down from 15:00:00 to 16:00:10: 3,610 s of February's 2,419,200 s: 99.8507…%, shown as 99.850%: not met.
const good = [
  '2026-02-10T15:00:00Z,eu,0',
  '2026-02-10T15:00:10Z,us,0',
  '2026-02-10T16:00:00Z,eu,1',
  '2026-02-10T16:00:10Z,us,1',
];
const availability = (samples: string) =>
  surety('availability', '--contract', contract, '--samples', samples, '--period', '2026-02');
const NOT_MET = 'uptime     99.850%  target 99.90%  NOT MET';

describe('measurement files', () => {
  it('a row with a stray quote or a wrong number of fields is skipped alone, with its line', () => {
    const samples = file(
      'stray.csv',
      [
        'at,location,ok',
        '2026-02-01T00:00:00Z,"eu"x,1',
        '2026-02-01T00:00:00Z,us',
        '2026-02-01T00:00:00Z,"us,1',
        ...good,
      ].join('\n'),
    );
    const r = availability(samples);
    expect(r.stderr).toBe(
      [
        `${samples}:2: field 2: expected a comma after the closing quote, found 'x' at column 26 (row skipped)`,
        `${samples}:3: expected 3 fields (at,location,ok), found 2 (row skipped)`,
        `${samples}:4: field 2: a quote opened at column 22 is not closed (row skipped)`,
        '',
      ].join('\n'),
    );
    expect(r.stdout).toContain(NOT_MET);
  });

  it('a byte-order mark and CRLF line ends are read as any other file', () => {
    const r = availability(file('bom.csv', '\uFEFFat,location,ok\r\n' + good.join('\r\n') + '\r\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(NOT_MET);
  });

  it('JSON lines: a BOM, a bad line and a date out of range are each a skipped line', () => {
    const lines = [
      '\uFEFF{"at":"2026-02-01T00:00:00Z","location":"eu","ok":1}',
      '{"at":"99999999999999999999","location":"eu","ok":1}',
      '{"at":',
      ...good.map((g) => g.split(',')).map(([at, location, ok]) => JSON.stringify({ at, location, ok })),
    ];
    const samples = file('samples.jsonl', lines.join('\n'));
    const r = availability(samples);
    expect(r.stderr).toBe(
      [
        `${samples}:2: at: expected an instant from 1901-01-01 to 2388-12-31 UTC, found '100000000000000000000' (row skipped)`,
        `${samples}:3: not JSON: Unexpected end of JSON input (row skipped)`,
        '',
      ].join('\n'),
    );
    expect(r.stdout).toContain(NOT_MET);
  });

  it.each([
    ['an empty file', '', 'it has no rows'],
    ['a header alone', 'at,location,ok\n', 'it has no rows'],
    ['only bad rows', 'at,location,ok\n2026-02-01T00:00:00Z,eu,maybe\n', 'every one of its 1 row(s) was bad'],
  ])('%s says that no data was measured instead of reporting 100%%', (_, text, why) => {
    const samples = file(`empty-${why.length}-${text.length}.csv`, text);
    const r = availability(samples);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `surety: ${samples}: no data was measured (${why}), so there is no availability to report`,
    );
  });
});

describe('event logs', () => {
  // Invoca business hours: Mon–Fri 08:00–17:00 America/Los_Angeles; S1 first response within 8 business hours.
  it('a BOM is accepted and an event dated out of range is a skipped line, not an aborted run', () => {
    const log = file(
      'events.jsonl',
      [
        '\uFEFF{"ticket":"A","type":"opened","at":"2026-07-02T15:00:00-07:00","severity":"S1"}',
        '{"ticket":"B","type":"opened","at":"-271821-04-20T00:00:00Z","severity":"S1"}',
        '{"ticket":"A","type":"replied","at":"2026-07-06T16:00:00-07:00","author":"agent"}',
      ].join('\r\n'),
    );
    const r = surety(
      'evaluate',
      '--contract',
      'contracts/invoca.yaml',
      '--events',
      log,
      '--at',
      '2026-07-10T00:00:00Z',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${log}:2: at: expected an instant from 1901-01-01 to 2388-12-31 UTC`);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ ticket: 'A' });
  });
});
