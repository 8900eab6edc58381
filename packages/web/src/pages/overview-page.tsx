import { Badge, Card, SimpleGrid, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { fetchAvailabilityByContract } from '../api/availability';
import { fetchCompliance } from '../api/compliance';
import { fetchQueue, type QueueItem } from '../api/queue';
import { useNow } from '../live/use-now';
import { useRefreshAt } from '../live/refresh-at';
import { BudgetBar } from '../ui/budget-bar';
import { ClockBadge } from '../ui/clock-badge';
import { monthOf } from '../ui/format';
import { AppLink, pathTo } from '../ui/app-link';
import { Page, Pending, Section } from '../ui/page';
import { ComplianceTable } from './compliance-table';
import { ComplianceTrendChart } from './compliance-trend-chart';

const SOON_MS = 4 * 3600_000;

/** The provider's morning view: what is breached, what is about to be, and each contract's uptime and budget. */
export default function OverviewPage() {
  const period = monthOf(Date.now());
  const queue = useQuery({ queryKey: ['clocks', 'overview'], queryFn: () => fetchQueue({}) });
  const availability = useQuery({
    queryKey: ['overview', 'availability', period],
    queryFn: () => fetchAvailabilityByContract(period),
  });
  // Clock changes invalidate every query under 'clocks' (live events, deadline refreshes): the counts follow.
  const compliance = useQuery({ queryKey: ['clocks', 'compliance', period], queryFn: () => fetchCompliance(period) });
  const now = useNow();
  const items = queue.data ?? [];
  useRefreshAt(
    ['clocks', 'overview'],
    items.slice(0, 100).map((r) => r.nextAt),
  );
  const overdue = items.filter((r) => r.overdueSince);
  const soon = items.filter(
    (r) => !r.overdueSince && r.next?.kind === 'deadline' && r.nextAt && Date.parse(r.nextAt) - now < SOON_MS,
  );
  const paused = items.filter((r) => r.clocks.every((c) => c.status === 'paused'));

  return (
    <Page title="Overview" subtitle={`This month (${period}, UTC) across every customer and contract`}>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label="Open requests with clocks" value={queue.data ? items.length : '…'} />
        <Stat label="Breached, still open" value={queue.data ? overdue.length : '…'} color="red" />
        <Stat label="Due within 4 hours" value={queue.data ? soon.length : '…'} color="orange" />
        <Stat label="Paused" value={queue.data ? paused.length : '…'} color="gray" />
      </SimpleGrid>
      <Section title="Compliance this month by contract, severity and metric">
        {compliance.data ? <ComplianceTable rows={compliance.data.rows} /> : <Pending error={compliance.error} />}
      </Section>
      <Section title="% met by month">
        {compliance.data ? (
          <ComplianceTrendChart months={compliance.data.months} trend={compliance.data.trend} />
        ) : (
          <Pending error={compliance.error} />
        )}
      </Section>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title="Open breaches">
          {queue.data ? (
            <Requests rows={overdue.slice(0, 8)} asOf={queue.dataUpdatedAt} now={now} />
          ) : (
            <Pending error={queue.error} />
          )}
        </Section>
        <Section title="About to breach">
          {queue.data ? (
            <Requests rows={soon.slice(0, 8)} asOf={queue.dataUpdatedAt} now={now} />
          ) : (
            <Pending error={queue.error} />
          )}
        </Section>
      </SimpleGrid>
      <Section title="Availability and budget by customer and contract">
        {availability.data ? (
          <Table.ScrollContainer minWidth={640} type="native" tabIndex={0}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Customer</Table.Th>
                  <Table.Th>Contract</Table.Th>
                  <Table.Th>Uptime</Table.Th>
                  <Table.Th>Target</Table.Th>
                  <Table.Th w={220}>Downtime budget</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {availability.data.map(({ customer, contractId, report }) => (
                  <Table.Tr key={`${customer.id}/${contractId}`}>
                    <Table.Td>
                      <AppLink to={pathTo('customers', customer.id)}>{customer.name}</AppLink>
                    </Table.Td>
                    <Table.Td>
                      <AppLink to="/availability" search={{ customer: customer.id, contract: contractId }}>
                        {contractId}
                      </AppLink>
                    </Table.Td>
                    {report instanceof Error ? (
                      <Table.Td colSpan={3}>
                        <Text size="sm" c="dimmed">
                          {report.message}
                        </Text>
                      </Table.Td>
                    ) : (
                      <>
                        <Table.Td>
                          <Badge color={report.met ? 'teal' : 'red'} variant="light">
                            {report.time?.uptime ?? report.requests?.uptime}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{report.time?.target.text ?? report.requests?.target.text}</Table.Td>
                        <Table.Td>
                          <BudgetBar report={report} />
                        </Table.Td>
                      </>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Pending error={availability.error} />
        )}
      </Section>
    </Page>
  );
}

function Stat({ label, value, color }: { label: string; value: number | string; color?: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={color ? `${color}.8` : undefined}>
        {value}
      </Text>
    </Card>
  );
}

function Requests({ rows, asOf, now }: { rows: QueueItem[]; asOf: number; now: number }) {
  if (rows.length === 0)
    return (
      <Text c="dimmed" size="sm">
        None.
      </Text>
    );
  return (
    <Table>
      <Table.Tbody>
        {rows.map((r) => {
          const clock = r.clocks.find((c) => c.status !== 'paused') ?? r.clocks[0];
          return (
            <Table.Tr key={r.id}>
              <Table.Td>
                <AppLink to={pathTo('requests', r.id)}>{r.id}</AppLink>
                <Text size="xs" c="dimmed">
                  {r.customerId} · {r.severity}
                </Text>
              </Table.Td>
              <Table.Td>{clock?.clock.replaceAll('_', ' ')}</Table.Td>
              <Table.Td>
                {clock && (
                  <ClockBadge
                    status={clock.status}
                    dueAt={clock.dueAt}
                    remainingMs={clock.remainingMs}
                    hours={clock.hours}
                    now={now}
                    asOf={asOf}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
