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
});
