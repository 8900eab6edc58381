// Calendars of the seed contracts, for calendar tests only (not part of the engine's build).
import { BusinessCalendar } from './business-calendar.js';
import type { CalendarSpec, Weekday } from './calendar-spec.js';

export const at = (iso: string): number => Date.parse(iso);
export const HOUR = 3_600_000;
const MON_FRI: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export function calendar(
  spec: Omit<CalendarSpec, 'name' | 'closures'> & { closures?: CalendarSpec['closures'] },
  name = 'test',
): BusinessCalendar {
  return new BusinessCalendar({ name, closures: [], ...spec });
}

/** Invoca: Mon–Fri 08:00–17:00 Pacific, US public holidays standing in for Invoca's published list. */
export const invoca = () =>
  calendar(
    {
      zone: 'America/Los_Angeles',
      weekly: [{ days: MON_FRI, start: 8 * 60, end: 17 * 60 }],
      closures: [{ kind: 'holidays', country: 'US', types: ['public'] }],
    },
    'invoca',
  );
/** Tactful: Sun–Fri 09:00–17:00 Cairo, Egyptian public holidays. */
export const tactful = () =>
  calendar(
    {
      zone: 'Africa/Cairo',
      weekly: [{ days: ['sun', ...MON_FRI], start: 9 * 60, end: 17 * 60 }],
      closures: [{ kind: 'holidays', country: 'EG', types: ['public'] }],
    },
    'tactful',
  );
/** SecurEnvoy: 9x5 London, England bank holidays. */
export const securenvoy = () =>
  calendar(
    {
      zone: 'Europe/London',
      weekly: [{ days: MON_FRI, start: 9 * 60, end: 17 * 60 }],
      closures: [{ kind: 'holidays', country: 'GB', region: 'ENG', types: ['public'] }],
    },
    'securenvoy',
  );
/** TechJutsu: Mon–Fri (order-form hours 09:00–17:00 New York), US and Canadian federal statutory holidays. */
export const techjutsu = () =>
  calendar(
    {
      zone: 'America/New_York',
      weekly: [{ days: MON_FRI, start: 9 * 60, end: 17 * 60 }],
      closures: [
        { kind: 'statutory', set: 'US-federal' },
        { kind: 'statutory', set: 'CA-federal' },
      ],
    },
    'techjutsu',
  );
/** Numonix: 24x7. */
export const numonix = () => calendar({ zone: 'UTC', weekly: '24x7' }, 'numonix');
