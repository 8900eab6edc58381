import type { paths } from '@surety/client';
import { api, ok } from './client';

export type ComplianceOverview = paths['/overview/compliance']['get']['responses'][200]['content']['application/json'];
export type ComplianceRow = ComplianceOverview['rows'][number];
export type ComplianceTrend = ComplianceOverview['trend'];

/** A month's compliance per contract, severity and metric and the % met by month, counted by the server. */
export async function fetchCompliance(period: string, months = 6): Promise<ComplianceOverview> {
  return ok(await api.GET('/overview/compliance', { params: { query: { period, months } } }));
}
