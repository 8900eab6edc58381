// Test contracts for clock tests only (not part of the engine's build).
import { loadContract } from '../contract/compile-contract.js';
import type { CompiledContract } from '../contract/compiled-contract.js';

export const at = (iso: string): number => Date.parse(iso);
export const HOUR = 3_600_000;

/**
 * Mon–Fri 09:00–17:00 UTC with no holidays (UTC has no DST, so every business day is 8 hours): simple to work
 * by hand. First response 4h, updates every business day, resolution 2 business days; 75% warnings; clocks
 * pause while the ticket waits on the customer. `mode` sets what a severity change does.
 */
export function officeContract(mode: 'retroactive' | 'restart' = 'retroactive'): CompiledContract {
  return loadContract({
    file: 'office.yaml',
    text: `surety: 1
contract: { id: office, title: Office hours, provider: Test }
calendars:
  office: { zone: UTC, weekly: [{ days: [mon, tue, wed, thu, fri], hours: '09:00-17:00' }] }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: d }, { id: S2, name: two, definition: d }, { id: S3, name: three, definition: d }] }
clock_defaults: { calendar: office, warn_at: ['75%'], pause_when: [pending_customer], on_severity_change: ${mode} }
plans:
  standard:
    name: Standard
    targets:
      S1: { first_response: { within: 2h }, next_update: { every: 1 business day }, resolution: { within: 1 business day } }
      S2: { first_response: { within: 4h }, next_update: { every: 1 business day }, resolution: { within: 2 business days } }
      S3: { resolution: { within: 5 business days } }
`,
  });
}
