import { describe, expect, it } from 'vitest';
import { scratchFiles, surety } from './run-cli.js';

const scratch = scratchFiles('check');
const file = scratch.file;

describe('surety check', () => {
  it('accepts the seed contracts and order forms', () => {
    const r = surety('check', 'contracts/invoca.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('contracts/invoca.yaml: ok — contract invoca-exhibit-b: 3 levels of Severity Level');
  });

  it('warns of provider-published holiday lists that end before the end of next year', () => {
    // Invoca and SecurEnvoy ship initial lists for 2026 only (Exhibit B §1 "holidays as published by Invoca";
    // "SECURENVOY designated company holidays"). As of 3 December 2026, next year ends 31 December 2027.
    const r = surety('check', '--as-of', '2026-12-03', 'contracts/invoca.yaml', 'contracts/techjutsu.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "contracts/invoca.yaml: warning — holiday list 'invoca-holidays' (calendar business-hours, the contract's initial copy) ends 2026-12-31, before the end of next year (2027-12-31)",
    );
    // Statutory sets are rules: they answer for every year, so TechJutsu has nothing to warn of.
    expect(r.stdout).not.toContain('techjutsu.yaml: warning');
    // As of a day in 2025 next year is 2026, which the list covers.
    expect(surety('check', '--as-of', '2025-06-01', 'contracts/invoca.yaml').stdout).not.toContain('warning');
    expect(surety('check', '--as-of', 'soon', 'contracts/invoca.yaml')).toMatchObject({ code: 2 });
  });

  it('reports every problem with file:line:column and the JSON pointer, and exits 1', () => {
    const bad = file(
      'bad.yaml',
      [
        'surety: 1',
        'contract: { id: x, title: X, provider: P }',
        'calendars:',
        '  office: { zone: Mars/Olympus, weekly: 24x7 }',
        'severities:',
        '  label: Severity',
        '  levels: [{ id: S1, name: one, definition: d }]',
        'plans:',
        '  standard:',
        '    name: Standard',
        '    targets:',
        '      S1:',
        '        first_response: { within: 1h, warn_after: [75%] }',
      ].join('\n'),
    );
    const r = surety('check', bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${bad}:13:39: /plans/standard/targets/S1/first_response/warn_after: unknown key 'warn_after'; did you mean 'warn_at'?`,
    );
  });

  it('reports a compile problem (unknown zone) once the shape is right', () => {
    const bad = file(
      'zone.yaml',
      [
        'surety: 1',
        'contract: { id: x, title: X, provider: P }',
        'calendars:',
        '  office: { zone: Mars/Olympus, weekly: 24x7 }',
        'severities: { label: Severity, levels: [{ id: S1, name: one, definition: d }] }',
        'plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }',
      ].join('\n'),
    );
    const r = surety('check', bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${bad}:4:19: /calendars/office/zone: expected an IANA time zone such as America/Los_Angeles, found 'Mars/Olympus'`,
    );
  });

  it('names a missing file without a stack trace', () => {
    const r = surety('check', scratch.path('nope.yaml'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${scratch.path('nope.yaml')}: /: no such file\n1 of 1 file(s) invalid\n`);
  });

  it('reports an alias bomb with file:line:column and goes on to check the other files', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [prev, name] of [...'abcdef'].map((c, i) => [c, 'bcdefg'[i]!])) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const bomb = file('bomb.yaml', levels.join('\n'));
    const r = surety('check', bomb, 'contracts/invoca.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${bomb}:2:8: /: YAML: Excessive alias count indicates a resource exhaustion attack\n1 of 2 file(s) invalid\n`,
    );
    expect(r.stdout).toContain('contracts/invoca.yaml: ok');
  });
});
