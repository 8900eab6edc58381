import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileContract } from './compile-contract.js';
import { formatIssue } from './contract-issue.js';

const contract = (extra: string) =>
  [
    'surety: 1',
    'contract: { id: acme, title: Acme, provider: Acme }',
    'calendars: { always: { zone: UTC, weekly: 24x7 } }',
    'severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }',
    'plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }',
    'contacts: { roles: [Customer SME, Alternative Customer Contact] }',
    extra,
  ].join('\n');
const compile = (text: string) => compileContract({ file: 'c.yaml', text });

describe('a contract names who is told of incidents and unplanned maintenance', () => {
  it('compiles the roles and provider groups of each kind it names, and leaves the others to the default', () => {
    const { contract: c, issues } = compile(
      contract(
        'notices: { unplanned_maintenance: { contact_roles: [customer sme, Alternative Customer Contact], provider_groups: [ceo, ceo], clause: "§5.1" } }',
      ),
    );
    expect(issues).toEqual([]);
    expect(c!.notices).toEqual({
      unplanned_maintenance: {
        contactRoles: ['customer sme', 'Alternative Customer Contact'],
        providerGroups: ['ceo'],
        clause: '§5.1',
      },
    });
    expect(compile(contract('')).contract!.notices).toEqual({});
  });

  it('refuses a role the contract does not give its contacts, at its place, with a did-you-mean', () => {
    const { issues } = compile(contract('notices: { incident: { contact_roles: [Customer SNE] } }'));
    expect(issues.map(formatIssue)).toEqual([
      "c.yaml:7:40: /notices/incident/contact_roles/0: unknown contact role 'Customer SNE'; did you mean 'Customer SME'? (contacts.roles: Customer SME, Alternative Customer Contact)",
    ]);
  });

  it('TechJutsu names the Customer SME, an alternative Customer contact and the CEO of Provider for unplanned maintenance (SCSS §5.1)', () => {
    const read = (path: string) => readFileSync(new URL(`../../../../contracts/${path}`, import.meta.url), 'utf8');
    const { contract: c, issues } = compileContract(
      { file: 'techjutsu.yaml', text: read('techjutsu.yaml') },
      { file: 'techjutsu-acme.yaml', text: read('order-forms/techjutsu-acme.yaml') },
    );
    expect(issues).toEqual([]);
    expect(c!.notices.unplanned_maintenance).toEqual({
      contactRoles: ['Customer SME', 'Alternative Customer Contact'],
      providerGroups: ['ceo'],
      clause: 'SCSS §5.1, §5.2',
    });
    expect(c!.notices.incident).toBeUndefined();
  });
});
