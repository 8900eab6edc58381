import { Badge, Card, Group, Select, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { fetchAvailability, fetchCustomer } from '../api/availability';
import { api, ok } from '../api/client';
import type { AvailabilityView } from '../api/views';
import { useMe } from '../auth/me-context';
import { formatDuration, formatInstant, monthOf } from '../ui/format';
import { Page, Pending, Section } from '../ui/page';
import { BudgetBurnChart } from './budget-burn-chart';

/** Availability of one customer's contract in one month: uptime against target, budget burn, outages and why. */
export default function AvailabilityPage() {
  const me = useMe();
  const search = useSearch({ strict: false }) as Record<string, string | undefined>;
  const navigate = useNavigate();
  const set = (name: string, value: string | null) =>
    void navigate({ to: '/availability', search: { ...search, [name]: value || undefined } });
  const customerId = me.customerId ?? search.customer ?? null;
  const period = search.period ?? monthOf(Date.now());
  const customers = useQuery({
    queryKey: ['customers'],
    queryFn: async () => ok(await api.GET('/customers', { params: { query: { limit: 500 } } })).items,
    enabled: !me.customerId,
  });
  const customer = useQuery({
    queryKey: ['customer', customerId],
    queryFn: () => fetchCustomer(customerId!),
    enabled: !!customerId,
  });
  const contracts = customer.data?.contracts.map((c) => c.contractId) ?? [];
  const contractId = search.contract && contracts.includes(search.contract) ? search.contract : (contracts[0] ?? null);
  const report = useQuery({
    queryKey: ['availability', customerId, contractId, period],
    queryFn: () => fetchAvailability(customerId!, contractId!, period),
    enabled: !!customerId && !!contractId,
  });

  return (
    <Page
      title={me.role === 'customer' ? 'Uptime & budget' : 'Availability'}
      subtitle="Uptime against the contract's target, measured as the contract defines it"
    >
      <Group wrap="wrap" align="flex-end">
        {!me.customerId && (
          <Select
            label="Customer"
            searchable
            data={(customers.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={customerId}
            onChange={(v) => set('customer', v)}
            w={200}
          />
        )}
        <Select label="Contract" data={contracts} value={contractId} onChange={(v) => set('contract', v)} w={260} />
        <TextInput
          label="Month"
          type="month"
          defaultValue={period}
          onChange={(e) => /^\d{4}-\d{2}$/.test(e.currentTarget.value) && set('period', e.currentTarget.value)}
          w={170}
        />
      </Group>
      {!customerId ? (
        <Text c="dimmed">Choose a customer.</Text>
      ) : !contractId ? (
        customer.data ? (
          <Text c="dimmed">This customer has no contract.</Text>
        ) : (
          <Pending error={customer.error} />
        )
      ) : !report.data ? (
        <Pending error={report.error} />
      ) : (
        <Report report={report.data} />
      )}
    </Page>
  );
}

function Report({ report }: { report: AvailabilityView }) {
  const t = report.time;
  return (
    <>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Card withBorder>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Uptime
          </Text>
          <Text size="xl" fw={700} data-testid="uptime">
            {t?.uptime ?? report.requests?.uptime}
          </Text>
          <Badge color={report.met ? 'teal' : 'red'} variant="light">
            {report.met ? 'target met' : 'target missed'}
          </Badge>
        </Card>
        <Card withBorder>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Target
          </Text>
          <Text size="xl" fw={700}>
            {t?.target.text ?? report.requests?.target.text}
          </Text>
          <Text size="xs">{report.guarantee ? 'guaranteed' : 'a target, not a guarantee'}</Text>
        </Card>
        {t && (
          <>
            <Card withBorder>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Budget left
              </Text>
              <Text size="xl" fw={700}>
                {formatDuration(t.budget.remainingMs)}
              </Text>
              <Text size="xs">of {formatDuration(t.budget.allowedMs)} allowed</Text>
            </Card>
            <Card withBorder>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Counted outage
              </Text>
              <Text size="xl" fw={700}>
                {formatDuration(t.outageMs)}
              </Text>
              <Text size="xs">excluded {formatDuration(t.excludedMs)}</Text>
            </Card>
          </>
        )}
      </SimpleGrid>
      {report.stated && report.stated.statedMs !== report.stated.formulaMs && (
        <Text size="sm" c="dimmed">
          The contract&apos;s table allows {formatDuration(report.stated.statedMs)} a month; its formula gives{' '}
          {formatDuration(report.stated.formulaMs)} for this one: the {report.stated.rules} rules.
        </Text>
      )}
      {t && (
        <>
          <Section title={`Budget burn — ${t.period.label} (${t.period.zone})`}>
            <BudgetBurnChart report={t} now={Date.now()} />
          </Section>
          <Section title="Outages">
            {t.outages.length === 0 ? (
              <Text c="dimmed" size="sm">
                No outage this period.
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={640} type="native" tabIndex={0}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>From</Table.Th>
                      <Table.Th>To</Table.Th>
                      <Table.Th>Length</Table.Th>
                      <Table.Th>Classification</Table.Th>
                      <Table.Th>Counted</Table.Th>
                      <Table.Th>Covered by</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {t.outages.map((o) => (
                      <Table.Tr key={o.start}>
                        <Table.Td>{formatInstant(o.start)}</Table.Td>
                        <Table.Td>{formatInstant(o.end)}</Table.Td>
                        <Table.Td>{formatDuration(o.durationMs)}</Table.Td>
                        <Table.Td>
                          <Badge color={o.countedMs > 0 ? 'red' : 'gray'} variant="light">
                            {o.classification.replaceAll('_', ' ')}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{formatDuration(o.countedMs)}</Table.Td>
                        <Table.Td>
                          {o.coveredBy
                            .map((c) => `${c.category.replaceAll('_', ' ')} ${formatDuration(c.ms)}`)
                            .join(', ') || '—'}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Section>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Section title="Exclusions and their decisions">
              {t.decisions.length === 0 ? (
                <Text c="dimmed" size="sm">
                  None.
                </Text>
              ) : (
                <Table>
                  <Table.Tbody>
                    {t.decisions.map((d) => (
                      <Table.Tr key={d.exclusion.id}>
                        <Table.Td>
                          {d.exclusion.category.replaceAll('_', ' ')}
                          <Text size="xs" c="dimmed">
                            {d.exclusion.reason}
                          </Text>
                        </Table.Td>
                        <Table.Td>{formatInstant(d.exclusion.start)}</Table.Td>
                        <Table.Td>
                          <Badge color={d.excluded ? 'teal' : 'red'} variant="light">
                            {d.excluded ? 'excluded' : 'not excluded'}
                          </Badge>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Section>
            <Section title="Time by class">
              <Table>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Td>available</Table.Td>
                    <Table.Td>{formatDuration(t.classes.available)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Td>outage</Table.Td>
                    <Table.Td>{formatDuration(t.classes.outage)}</Table.Td>
                  </Table.Tr>
                  {Object.entries(t.classes.excluded).map(([k, ms]) => (
                    <Table.Tr key={k}>
                      <Table.Td>excluded: {k.replaceAll('_', ' ')}</Table.Td>
                      <Table.Td>{formatDuration(ms)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Section>
          </SimpleGrid>
        </>
      )}
    </>
  );
}
