import { describe, expect, it } from 'vitest';
import { compileContract } from './compile-contract.js';
import { formatIssue } from './contract-issue.js';
const YAML_LIMITS = { maxCharacters: 256 * 1024, maxDepth: 32, maxAliases: 100 };

/** Hostile contract files: each is refused with file:line:column, quickly, instead of misbehaving. */
const base = (extra = '', names: { plan?: string; calendar?: string } = {}) =>
  [
    'surety: 1',
    'contract: { id: acme, title: Acme, provider: Acme }',
    'calendars:',
    `  ${names.calendar ?? 'office'}: { zone: Europe/London, weekly: [{ days: [mon, tue, wed, thu, fri], hours: "09:00-17:00" }] }`,
    'severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }',
    `plans: { ${names.plan ?? 'standard'}: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }`,
    extra,
  ].join('\n');
const messages = (text: string) => compileContract({ file: 'c.yaml', text }).issues.map(formatIssue);
const PROTOTYPE_NAME =
  'expected a name other than those JavaScript objects already have (constructor, toString, valueOf, …)';

describe('names that objects already have are refused where they are written', () => {
  it.each([
    ['a plan named constructor', base('', { plan: 'constructor' }), 'c.yaml:6:10: /plans/constructor'],
    ['a plan named toString', base('', { plan: 'toString' }), 'c.yaml:6:10: /plans/toString'],
    ['a calendar named valueOf', base('', { calendar: 'valueOf' }), 'c.yaml:4:3: /calendars/valueOf'],
  ])('%s', (_, text, where) => {
    const name = where.split('/').pop()!;
    expect(messages(text)).toEqual([`${where}: name '${name}': ${PROTOTYPE_NAME}`]);
  });

  it('a default calendar named toString (it used to drop every clock silently)', () => {
    expect(messages(base('clock_defaults: { calendar: toString }'))).toEqual([
      `c.yaml:7:29: /clock_defaults/calendar: ${PROTOTYPE_NAME}`,
    ]);
  });

  it('a __proto__ key anywhere (it used to drop the plan silently)', () => {
    expect(messages(base('', { plan: '__proto__' }))).toEqual(["c.yaml:6:10: /: '__proto__' cannot be used as a key"]);
  });
});

describe('bounds on what a file may ask of the parser', () => {
  it('a duration beyond the years instants can represent', () => {
    const text = base('clock_defaults: { calendar: office }').replace('within: 1h', 'within: 99999999999999 days');
    expect(messages(text)).toEqual([
      'c.yaml:6:81: /plans/standard/targets/S1/first_response/within: expected a duration of at most 100 years',
    ]);
  });

  it('an alias bomb ("billion laughs") is a located error', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [prev, name] of [...'abcdef'].map((c, i) => [c, 'bcdefg'[i]!])) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const text = base(`x:\n  ${levels.join('\n  ')}`);
    expect(messages(text)).toEqual([
      'c.yaml:9:10: /: YAML: Excessive alias count indicates a resource exhaustion attack',
    ]);
  });

  it('more aliases than allowed', () => {
    const text = base(
      `x: [&v 1, ${Array(YAML_LIMITS.maxAliases + 1)
        .fill('*v')
        .join(', ')}]`,
    );
    const column = 11 + YAML_LIMITS.maxAliases * 4;
    expect(messages(text)).toEqual([`c.yaml:7:${column}: /: YAML: more than ${YAML_LIMITS.maxAliases} aliases`]);
  });

  it.each([
    ['flow', '['.repeat(1_000) + ']'.repeat(1_000), 'c.yaml:2:35'],
    ['compact block', '\n  ' + '- '.repeat(1_000) + '1', 'c.yaml:3:65'],
  ])('deep %s nesting stops at the limit, where it is passed', (_, deep, where) => {
    expect(messages(`surety: 1\nx: ${deep}\n`)).toEqual([
      `${where}: /: YAML: nesting deeper than ${YAML_LIMITS.maxDepth} levels`,
    ]);
  });

  it('a file above the size limit', () => {
    const text = base(`# ${'x'.repeat(YAML_LIMITS.maxCharacters)}`);
    expect(messages(text)).toEqual([
      `c.yaml:1:1: /: the file has ${text.length} characters; a contract file may have at most ${YAML_LIMITS.maxCharacters}`,
    ]);
  });
});
