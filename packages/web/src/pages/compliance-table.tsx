import { Badge, Table, Text } from '@mantine/core';
import type { ComplianceRow } from '../api/compliance';
import { AppLink, pathTo } from '../ui/app-link';

/** The colour of a % met: all met is fine, a breach is orange, under 90% red. */
export function metColor(percent: number | null): string {
  if (percent === null) return 'gray';
  if (percent >= 100) return 'teal';
  return percent >= 90 ? 'orange' : 'red';
}

/** A month's clocks per contract, severity and metric: % met, met, breached, still running and at risk. */
export function ComplianceTable({ rows }: { rows: readonly ComplianceRow[] }) {
  if (rows.length === 0)
    return (
      <Text c="dimmed" size="sm">
        No request received this month has a clock yet.
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={640} type="native" tabIndex={0} aria-label="Compliance by contract">
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Contract</Table.Th>
            <Table.Th>Severity</Table.Th>
            <Table.Th>Metric</Table.Th>
            <Table.Th>% met</Table.Th>
            <Table.Th>Met</Table.Th>
            <Table.Th>Breached</Table.Th>
            <Table.Th>Running</Table.Th>
            <Table.Th>At risk</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.contractId}/${r.severity}/${r.metric}`}>
              <Table.Td>
                <AppLink to={pathTo('contracts', r.contractId)}>{r.contractId}</AppLink>
              </Table.Td>
              <Table.Td>{r.severity}</Table.Td>
              <Table.Td>{r.metric.replaceAll('_', ' ')}</Table.Td>
              <Table.Td>
                <Badge color={metColor(r.metPercent)} variant="light">
                  {r.metPercent === null ? 'none decided' : `${r.metPercent}%`}
                </Badge>
              </Table.Td>
              <Table.Td>{r.met}</Table.Td>
              <Table.Td>
                <Text span inherit c={r.breached ? 'red.8' : undefined} fw={r.breached ? 700 : undefined}>
                  {r.breached}
                </Text>
              </Table.Td>
              <Table.Td>{r.running}</Table.Td>
              <Table.Td>
                <Text span inherit c={r.atRisk ? 'orange.9' : undefined} fw={r.atRisk ? 700 : undefined}>
                  {r.atRisk}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
