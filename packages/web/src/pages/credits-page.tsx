import { Badge, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { api, ok } from '../api/client';
import { useMe } from '../auth/me-context';
import { formatInstant, monthOf, previousMonth } from '../ui/format';
import { Page, Pending, Section } from '../ui/page';

/** The credit owed per contract for a month, its claim deadline, and the claims filed. */
export default function CreditsPage() {
  const me = useMe();
  const search = useSearch({ strict: false }) as Record<string, string | undefined>;
  const navigate = useNavigate();
  const set = (name: string, value: string | null) =>
    void navigate({ to: '/credits', search: { ...search, [name]: value || undefined } });
  const customerId = me.customerId ?? search.customer ?? null;
  const period = search.period ?? previousMonth(monthOf(Date.now()));
  const customers = useQuery({
    queryKey: ['customers'],
    queryFn: async () => ok(await api.GET('/customers', { params: { query: { limit: 500 } } })).items,
    enabled: !me.customerId,
  });
  const credits = useQuery({
    queryKey: ['credits', customerId, period],
    queryFn: async () =>
      ok(
        await api.GET('/customers/{customerId}/credits', {
          params: { path: { customerId: customerId! }, query: { period } },
        }),
      ),
    enabled: !!customerId,
  });
  const claims = useQuery({
    queryKey: ['claims', customerId],
    queryFn: async () =>
      ok(
        await api.GET('/customers/{customerId}/claims', {
          params: { path: { customerId: customerId! }, query: { limit: 100 } },
        }),
      ).items,
    enabled: !!customerId,
  });
  const queryClient = useQueryClient();
  const file = useMutation({
    mutationFn: async (contractId: string) =>
      ok(
        await api.POST('/customers/{customerId}/claims', {
          params: { path: { customerId: customerId! } },
          body: { period, contractId },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['claims', customerId] });
      void queryClient.invalidateQueries({ queryKey: ['credits', customerId] });
    },
  });

  return (
    <Page title="Credits & claims" subtitle="Service credits owed for a month and the deadline to claim them">
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
      ) : (
        <>
          <Section title={`Credits for ${period}`}>
            {credits.data ? (
              <Table.ScrollContainer minWidth={640} type="native" tabIndex={0}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Contract</Table.Th>
                      <Table.Th>Uptime</Table.Th>
                      <Table.Th>Outcome</Table.Th>
                      <Table.Th>Claim deadline</Table.Th>
                      <Table.Th>Why</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {credits.data.credits.map((k) => (
                      <Table.Tr key={k.contractId}>
                        <Table.Td>{k.contractId}</Table.Td>
                        <Table.Td>{k.uptime}</Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={k.owed > 0 ? 'orange' : 'gray'}>
                            {k.outcome}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{formatInstant(k.deadline)}</Table.Td>
                        <Table.Td>
                          <Text size="xs">{k.reason}</Text>
                        </Table.Td>
                        <Table.Td>
                          {k.claimNeeded && !k.claimId && (
                            <Button size="xs" onClick={() => file.mutate(k.contractId)} loading={file.isPending}>
                              File claim
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : (
              <Pending error={credits.error} />
            )}
            {file.error && (
              <Text c="red" size="sm" role="alert">
                {file.error.message}
              </Text>
            )}
          </Section>
          <Section title="Claims filed">
            {claims.data ? (
              claims.data.length === 0 ? (
                <Text c="dimmed" size="sm">
                  No claims filed.
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={560} type="native" tabIndex={0}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Month</Table.Th>
                        <Table.Th>Contract</Table.Th>
                        <Table.Th>Filed</Table.Th>
                        <Table.Th>Deadline</Table.Th>
                        <Table.Th>Decision</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {claims.data.map((c) => (
                        <Table.Tr key={c.id}>
                          <Table.Td>{c.period}</Table.Td>
                          <Table.Td>{c.contractId}</Table.Td>
                          <Table.Td>{formatInstant(c.filedAt)}</Table.Td>
                          <Table.Td>{formatInstant(c.deadline)}</Table.Td>
                          <Table.Td>
                            <Badge color={c.outcome === 'accepted' ? 'teal' : 'red'} variant="light">
                              {c.outcome} · {c.credit}
                            </Badge>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )
            ) : (
              <Pending error={claims.error} />
            )}
          </Section>
        </>
      )}
    </Page>
  );
}
