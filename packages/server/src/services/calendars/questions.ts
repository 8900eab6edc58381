import { formatDuration, parseDuration, type BusinessCalendar, type CompiledContract } from '@surety/engine';

/** Picks a contract's calendar by name, or its only/default one; returns a message when it cannot. */
export function pickCalendar(contract: CompiledContract, name?: string): BusinessCalendar | string {
  const names = [...contract.calendars.keys()];
  if (name !== undefined) {
    return (
      contract.calendars.get(name) ??
      `contract ${contract.id} has no calendar '${name}' (calendars: ${names.join(', ')})`
    );
  }
  const preferred = contract.doc.clock_defaults?.calendar ?? (names.length === 1 ? names[0] : undefined);
  const cal = preferred !== undefined ? contract.calendars.get(preferred) : undefined;
  return cal ?? `contract ${contract.id} has several calendars: name one with --calendar (${names.join(', ')})`;
}

/** A duration typed on the command line, in the calendar's business time. */
export function durationOn(calendar: BusinessCalendar, text: string): number | string {
  const d = parseDuration(text);
  if (!d) return `expected a duration such as '8h', '16 business hours' or '2 business days', found '${text}'`;
  if (d.unit === 'time') return d.amount;
  if (d.unit === 'businessDay') return d.amount * calendar.businessDayMs;
  if (calendar.spec.weekly === '24x7') return d.amount * 86_400_000;
  return `days and weeks are 24-hour days, which calendar '${calendar.name}' does not have: write business days (1 business day = ${formatDuration(calendar.businessDayMs)})`;
}
