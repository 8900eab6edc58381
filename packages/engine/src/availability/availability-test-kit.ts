// Test helpers for availability tests only (not exported from the engine).
import { compileContract } from '../contract/compile-contract.js';
import type { CompiledContract } from '../contract/compiled-contract.js';

export const at = (iso: string): number => Date.parse(iso);
export const MIN = 60_000;
export const HOUR = 3_600_000;

/** A contract with only what availability needs, plus the given YAML sections. */
export function availabilityContract(sections: string): CompiledContract {
  const text = [
    'surety: 1',
    'contract: { id: test, title: Test, provider: Test }',
    'calendars:',
    '  business: { zone: America/New_York, weekly: [{ days: [mon, tue, wed, thu, fri], hours: "09:00-17:00" }], closures: [{ holidays: { country: US } }, { holidays: { country: CA } }] }',
    'severities: { label: Priority, levels: [{ id: P1, name: P1, definition: down }] }',
    'clock_defaults: { calendar: business }',
    'plans: { standard: { name: Standard, targets: { P1: { first_response: { within: 1h } } } } }',
    sections,
  ].join('\n');
  const { contract, issues } = compileContract({ file: 'test.yaml', text });
  if (!contract) throw new Error(issues.map((i) => `${i.line}:${i.column} ${i.pointer} ${i.message}`).join('\n'));
  return contract;
}
