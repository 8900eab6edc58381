import { Badge, Button, Collapse, Group, Paper, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { fetchCustomer } from '../api/availability';
import { api, ok } from '../api/client';
import { useMe } from '../auth/me-context';
import { formatInstant } from '../ui/format';
import { AppLink, pathTo } from '../ui/app-link';
import { Page, Pending } from '../ui/page';

/** Support requests, newest first by id page; a customer contact sees and opens its own. */
export default function RequestsPage() {
  const me = useMe();
  const [status, setStatus] = useState<string | null>(null);
  const tickets = useQuery({
    queryKey: ['tickets', status],
    queryFn: async () =>
      ok(
        await api.GET('/tickets', {
          params: { query: { limit: 200, status: (status ?? undefined) as 'open' | undefined } },
        }),
      ).items,
  });
  const [opening, { toggle }] = useDisclosure(false);
  return (
    <Page
      title={me.role === 'customer' ? 'My requests' : 'Requests'}
      subtitle="Each request with its severity and state; open one to follow its clocks"
      actions={me.role !== 'auditor' && <Button onClick={toggle}>{opening ? 'Close form' : 'Open a request'}</Button>}
    >
      <Collapse in={opening}>
        <OpenRequest />
      </Collapse>
      <Select
        label="Status"
        placeholder="Any"
        clearable
        data={['open', 'paused', 'resolved', 'closed']}
        value={status}
        onChange={setStatus}
        w={180}
      />
      {tickets.data ? (
        tickets.data.length === 0 ? (
          <Text c="dimmed">No requests yet.</Text>
        ) : (
          <Table.ScrollContainer minWidth={560} type="native" tabIndex={0}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Request</Table.Th>
                  {me.role !== 'customer' && <Table.Th>Customer</Table.Th>}
                  <Table.Th>Contract</Table.Th>
                  <Table.Th>Severity</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Opened</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tickets.data.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Td>
                      <AppLink to={pathTo('requests', t.id)}>{t.id}</AppLink>
                    </Table.Td>
                    {me.role !== 'customer' && <Table.Td>{t.customerId}</Table.Td>}
                    <Table.Td>{t.contractId}</Table.Td>
                    <Table.Td>
                      <Badge variant="outline" color="dark">
                        {t.severity}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{t.status}</Table.Td>
                    <Table.Td>{formatInstant(t.openedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      ) : (
        <Pending error={tickets.error} />
      )}
    </Page>
  );
}

/** Opens a request under one of the customer's contracts, with the fields the request is described by. */
function OpenRequest() {
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [customerId, setCustomerId] = useState<string | null>(me.customerId);
  const [contractId, setContractId] = useState<string | null>(null);
  const customers = useQuery({
    queryKey: ['customers'],
    queryFn: async () => ok(await api.GET('/customers', { params: { query: { limit: 500 } } })).items,
  });
  const customer = useQuery({
    queryKey: ['customer', customerId],
    queryFn: () => fetchCustomer(customerId!),
    enabled: !!customerId,
  });
  const contracts = customer.data?.contracts ?? [];
  // A customer with one contract opens its requests under it.
  const chosen = contractId ?? (contracts.length === 1 ? contracts[0]!.contractId : null);
  const open = useMutation({
    mutationFn: async (form: FormData) => {
      const id = `REQ-${Date.now().toString(36).toUpperCase()}`;
      const text = (name: string) => String(form.get(name) ?? '').trim();
      ok(
        await api.POST('/tickets', {
          body: {
            id,
            customerId: customerId!,
            contractId: chosen!,
            severity: text('severity'),
            fields: { subject: text('subject'), description: text('description') },
          },
        }),
      );
      return id;
    },
    onSuccess: (id) => {
      void queryClient.invalidateQueries({ queryKey: ['tickets'] });
      void queryClient.invalidateQueries({ queryKey: ['clocks'] });
      void navigate({ to: '/requests/$id', params: { id } });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    open.mutate(new FormData(event.currentTarget));
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-label="Open a request">
        <Stack>
          <Group grow wrap="wrap" align="flex-start">
            {me.role !== 'customer' && (
              <Select
                label="Customer"
                required
                searchable
                data={(customers.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
                value={customerId}
                onChange={(v) => {
                  setCustomerId(v);
                  setContractId(null);
                }}
              />
            )}
            <Select
              label="Contract"
              required
              data={contracts.map((c) => c.contractId)}
              value={chosen}
              onChange={setContractId}
            />
            <TextInput name="severity" label="Severity" required placeholder="e.g. P1, S2" />
          </Group>
          <TextInput name="subject" label="Subject" required maxLength={200} />
          <Textarea name="description" label="What happened" required autosize minRows={3} maxLength={4000} />
          {open.error && (
            <Text c="red" size="sm" role="alert">
              {open.error.message}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={open.isPending} disabled={!customerId || !chosen}>
              Open request
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
