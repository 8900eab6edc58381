// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClockBadge } from './clock-badge';

afterEach(cleanup);

const at = Date.UTC(2026, 6, 2, 15, 0, 0);
const show = (props: Partial<Parameters<typeof ClockBadge>[0]>) =>
  render(
    <MantineProvider>
      <ClockBadge status="running" dueAt={null} remainingMs={0} now={at} asOf={at} {...props} />
    </MantineProvider>,
  );

describe('ClockBadge', () => {
  it('counts down to the deadline instant as time passes', () => {
    const dueAt = new Date(at + 90 * 60_000).toISOString();
    show({ dueAt, remainingMs: 90 * 60_000 });
    expect(screen.getByText('1h 30m to deadline')).toBeTruthy();
    cleanup();
    show({ dueAt, remainingMs: 90 * 60_000, now: at + 89 * 60_000 + 15_000 });
    expect(screen.getByText('45s to deadline')).toBeTruthy();
  });

  it('says breached, and by how much, once the deadline has passed even before the server says so', () => {
    show({ dueAt: new Date(at - 125_000).toISOString(), remainingMs: 5_000 });
    expect(screen.getByText('breached · 2m 05s over')).toBeTruthy();
  });

  it('says a paused clock is paused with the business time it has left, which does not run down', () => {
    show({ status: 'paused', remainingMs: 3 * 3600_000, now: at + 3600_000 });
    expect(screen.getByText('paused · 3h 00m left')).toBeTruthy();
  });

  it('shows a met clock as met whatever its deadline', () => {
    show({ status: 'met', dueAt: new Date(at - 1000).toISOString() });
    expect(screen.getByText('met')).toBeTruthy();
  });

  describe('in business time (the queue gives the business hours)', () => {
    // Mon-Fri 09:00-17:00 UTC; 2026-07-03 is a Friday, 2026-07-06 the Monday after.
    const friday4pm = Date.UTC(2026, 6, 3, 16, 0, 0);
    const dueAt = new Date(Date.UTC(2026, 6, 6, 12, 0, 0)).toISOString(); // 1 h Friday + 3 h Monday
    const closes = new Date(Date.UTC(2026, 6, 3, 17, 0, 0)).toISOString();
    const opens = new Date(Date.UTC(2026, 6, 6, 9, 0, 0)).toISOString();

    it('counts business time down while the hours are open, not the wall time to the deadline', () => {
      show({
        dueAt,
        remainingMs: 4 * 3600_000,
        now: friday4pm + 30 * 60_000,
        asOf: friday4pm,
        hours: { open: true, changesAt: closes },
      });
      expect(screen.getByText('3h 30m to deadline')).toBeTruthy();
    });

    it('stands still once the hours close, and says so', () => {
      show({
        dueAt,
        remainingMs: 4 * 3600_000,
        now: friday4pm + 5 * 3600_000,
        asOf: friday4pm,
        hours: { open: true, changesAt: closes },
      });
      expect(screen.getByText('3h 00m left · outside hours')).toBeTruthy();
    });

    it('says when a clock outside its hours resumes, and runs again once they open', () => {
      const saturday = Date.UTC(2026, 6, 4, 12, 0, 0);
      show({
        dueAt,
        remainingMs: 3 * 3600_000,
        now: saturday + 3600_000,
        asOf: saturday,
        hours: { open: false, changesAt: opens },
      });
      const badge = screen.getByText('3h 00m left · outside hours');
      expect(badge.closest('[title]')?.getAttribute('title')).toMatch(/^business hours open .*6 Jul 2026/);
      cleanup();
      show({
        dueAt,
        remainingMs: 3 * 3600_000,
        now: Date.parse(opens) + 15 * 60_000,
        asOf: saturday,
        hours: { open: false, changesAt: opens },
      });
      expect(screen.getByText('2h 45m to deadline')).toBeTruthy();
    });
  });
});
