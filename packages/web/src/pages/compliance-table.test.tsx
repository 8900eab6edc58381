// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { ComplianceRow } from '../api/compliance';
import { ComplianceTable, metColor } from './compliance-table';

afterEach(cleanup);

const row = (over: Partial<ComplianceRow>): ComplianceRow => ({
  contractId: 'numonix-ixcloud',
  severity: 'S1',
  metric: 'first_response',
  clocks: 0,
  met: 0,
  breached: 0,
  running: 0,
  atRisk: 0,
  metPercent: null,
  ...over,
});

/** The table inside a router (its contract links need one) and Mantine's provider. */
async function show(rows: ComplianceRow[]) {
  const router = createRouter({
    routeTree: createRootRoute({ component: () => <ComplianceTable rows={rows} /> }),
    history: createMemoryHistory(),
  });
  render(
    <MantineProvider>
      <RouterProvider router={router} />
    </MantineProvider>,
  );
  await router.load();
}

describe('ComplianceTable', () => {
  it('shows each contract × severity × metric with its % met, breaches and clocks at risk', async () => {
    await show([
      row({ clocks: 10, met: 9, breached: 1, metPercent: 90 }),
      row({ severity: 'S2', metric: 'resolution', clocks: 3, running: 3, atRisk: 2 }),
    ]);
    const rows = await screen.findAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['numonix-ixcloud', 'S1', 'first response', '90%', '9', '1', '0', '0']);
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['numonix-ixcloud', 'S2', 'resolution', 'none decided', '0', '0', '3', '2']);
    expect(within(rows[1]!).getByRole('link', { name: 'numonix-ixcloud' }).getAttribute('href')).toBe(
      '/contracts/numonix-ixcloud',
    );
  });

  it('says so when no request of the month has a clock', async () => {
    await show([]);
    expect(await screen.findByText('No request received this month has a clock yet.')).toBeTruthy();
  });

  it('colours a month by how much was met', () => {
    expect([null, 100, 95, 89.9].map(metColor)).toEqual(['gray', 'teal', 'orange', 'red']);
  });
});
