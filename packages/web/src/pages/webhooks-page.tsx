import { Badge, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../api/client';
import { formatInstant } from '../ui/format';
import { Page, Pending, Section } from '../ui/page';

/** Webhook endpoints and their latest deliveries with each attempt. */
export default function WebhooksPage() {
  const hooks = useQuery({
    queryKey: ['webhooks'],
    queryFn: async () => ok(await api.GET('/webhooks', { params: { query: { limit: 100 } } })).items,
  });
  const deliveries = useQuery({
    queryKey: ['deliveries'],
    queryFn: async () => ok(await api.GET('/webhooks/deliveries', { params: { query: { limit: 100 } } })).items,
  });
  return (
    <Page title="Webhooks" subtitle="Endpoints told of clock warnings and breaches, and what was delivered">
      <Section title="Endpoints">
        {hooks.data ? (
          hooks.data.length === 0 ? (
            <Text c="dimmed" size="sm">
              No endpoint registered.
            </Text>
          ) : (
            <Table>
              <Table.Tbody>
                {hooks.data.map((h) => (
                  <Table.Tr key={h.id}>
                    <Table.Td>
                      <code>{h.url}</code>
                    </Table.Td>
                    <Table.Td>since {formatInstant(h.createdAt)}</Table.Td>
                    <Table.Td>
                      {h.disabledAt ? (
                        <Badge color="gray" variant="light">
                          disabled
                        </Badge>
                      ) : (
                        <Badge color="teal" variant="light">
                          active
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        ) : (
          <Pending error={hooks.error} />
        )}
      </Section>
      <Section title="Deliveries">
        {deliveries.data ? (
          deliveries.data.length === 0 ? (
            <Text c="dimmed" size="sm">
              Nothing delivered yet.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640} type="native" tabIndex={0}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Event</Table.Th>
                    <Table.Th>Endpoint</Table.Th>
                    <Table.Th>State</Table.Th>
                    <Table.Th>Attempts</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {deliveries.data.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td>{d.event}</Table.Td>
                      <Table.Td>{d.endpoint}</Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          color={d.state === 'delivered' ? 'teal' : d.state === 'failed' ? 'red' : 'gray'}
                        >
                          {d.state}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {d.attempts
                          .map((a) => `#${a.attempt} ${a.status ?? a.error ?? '—'} at ${formatInstant(a.at)}`)
                          .join('; ')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        ) : (
          <Pending error={deliveries.error} />
        )}
      </Section>
    </Page>
  );
}
