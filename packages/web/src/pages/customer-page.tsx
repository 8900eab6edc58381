import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { fetchAvailability, fetchCustomer } from '../api/availability';
import { api, ok } from '../api/client';
import { useMe } from '../auth/me-context';
import { BudgetBar } from '../ui/budget-bar';
import { formatInstant, monthOf, previousMonth } from '../ui/format';
import { AppLink, pathTo } from '../ui/app-link';
import { Page, Pending, Section } from '../ui/page';

export default function CustomerPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const me = useMe();
  const customer = useQuery({ queryKey: ['customer', id], queryFn: () => fetchCustomer(id) });
  const contacts = useQuery({
    queryKey: ['contacts', id],
    queryFn: async () =>
      ok(await api.GET('/customers/{customerId}/contacts', { params: { path: { customerId: id } } })).items,
  });
  const tickets = useQuery({
    queryKey: ['tickets', 'customer', id],
    queryFn: async () => ok(await api.GET('/tickets', { params: { query: { customerId: id, limit: 20 } } })).items,
  });
  const period = monthOf(Date.now());
  const credits = useQuery({
    queryKey: ['credits', id, previousMonth(period)],
    queryFn: async () =>
      ok(
        await api.GET('/customers/{customerId}/credits', {
          params: { path: { customerId: id }, query: { period: previousMonth(period) } },
        }),
      ),
  });
  if (!customer.data) return <Pending error={customer.error} />;
  const c = customer.data;
  return (
    <Page title={c.name} subtitle={`Customer ${c.id} since ${formatInstant(c.createdAt)}`}>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title="Contacts">
          {contacts.data ? (
            contacts.data.length ? (
              <Table>
                <Table.Tbody>
                  {contacts.data.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>{p.name}</Table.Td>
                      <Table.Td>{p.email}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {p.designated && <Badge variant="light">designated</Badge>}
                          {p.roles.map((role) => (
                            <Badge key={role} variant="outline">
                              {role}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : (
              <Text c="dimmed" size="sm">
                No contacts yet.
              </Text>
            )
          ) : (
            <Pending error={contacts.error} />
          )}
          {me.role === 'admin' && <AddContact customerId={id} />}
        </Section>
        <Section title={`Contracts — availability ${period}`}>
          {c.contracts.length === 0 && (
            <Text c="dimmed" size="sm">
              No contract assigned.
            </Text>
          )}
          {c.contracts.map((k) => (
            <ContractAvailability
              key={k.contractId}
              customerId={id}
              contractId={k.contractId}
              version={k.version}
              period={period}
            />
          ))}
          {me.role === 'admin' && <AssignContract customerId={id} />}
        </Section>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title="Recent requests">
          {tickets.data ? (
            <Table>
              <Table.Tbody>
                {tickets.data.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Td>
                      <AppLink to={pathTo('requests', t.id)}>{t.id}</AppLink>
                    </Table.Td>
                    <Table.Td>{t.severity}</Table.Td>
                    <Table.Td>{t.status}</Table.Td>
                    <Table.Td>{formatInstant(t.openedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Pending error={tickets.error} />
          )}
        </Section>
        <Section title={`Credits for ${previousMonth(period)}`}>
          {credits.data ? (
            <Table>
              <Table.Tbody>
                {credits.data.credits.map((k) => (
                  <Table.Tr key={k.contractId}>
                    <Table.Td>{k.contractId}</Table.Td>
                    <Table.Td>{k.outcome}</Table.Td>
                    <Table.Td>{k.claimNeeded ? `claim by ${formatInstant(k.deadline)}` : k.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Pending error={credits.error} />
          )}
        </Section>
      </SimpleGrid>
    </Page>
  );
}

function ContractAvailability(props: { customerId: string; contractId: string; version: number; period: string }) {
  const report = useQuery({
    queryKey: ['availability', props.customerId, props.contractId, props.period],
    queryFn: () => fetchAvailability(props.customerId, props.contractId, props.period),
  });
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" wrap="nowrap">
        <AppLink to={pathTo('contracts', props.contractId)}>
          {props.contractId} v{props.version}
        </AppLink>
        {report.data && (
          <AppLink to="/availability" search={{ customer: props.customerId, contract: props.contractId }}>
            <Badge color={report.data.met ? 'teal' : 'red'} variant="light">
              {report.data.time?.uptime ?? report.data.requests?.uptime} /{' '}
              {report.data.time?.target.text ?? report.data.requests?.target.text}
            </Badge>
          </AppLink>
        )}
      </Group>
      {report.data ? (
        <BudgetBar report={report.data} />
      ) : report.error ? (
        <Text size="xs" c="dimmed">
          {report.error.message}
        </Text>
      ) : null}
    </Paper>
  );
}

function AddContact({ customerId }: { customerId: string }) {
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: async (form: FormData) =>
      ok(
        await api.POST('/customers/{customerId}/contacts', {
          params: { path: { customerId } },
          body: {
            name: String(form.get('name')).trim(),
            email: String(form.get('email')).trim(),
            designated: form.get('designated') === 'on',
            // As the customer's contracts name them (TechJutsu: Customer SME): a contract tells these roles of
            // unplanned maintenance and incidents.
            roles: String(form.get('roles') ?? '')
              .split(',')
              .map((r) => r.trim())
              .filter(Boolean),
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contacts', customerId] }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    add.mutate(new FormData(form), { onSuccess: () => form.reset() });
  };
  return (
    <form onSubmit={submit} aria-label="Add a contact">
      <Group align="flex-end" wrap="wrap" gap="xs">
        <TextInput name="name" label="Contact name" required size="xs" />
        <TextInput name="email" label="Contact email" type="email" required size="xs" />
        <TextInput name="roles" label="Roles (comma-separated, as the contracts name them)" size="xs" />
        <Checkbox name="designated" label="Designated" size="xs" mb={6} />
        <Button type="submit" size="xs" loading={add.isPending}>
          Add contact
        </Button>
      </Group>
      {add.error && (
        <Text c="red" size="sm" role="alert">
          {add.error.message}
        </Text>
      )}
    </form>
  );
}

function AssignContract({ customerId }: { customerId: string }) {
  const queryClient = useQueryClient();
  const [contractId, setContractId] = useState<string | null>(null);
  const contracts = useQuery({
    queryKey: ['contracts'],
    queryFn: async () => ok(await api.GET('/contracts', { params: { query: { limit: 500 } } })).items,
  });
  const assign = useMutation({
    mutationFn: async (orderForm: string) =>
      ok(
        await api.PUT('/customers/{customerId}/contracts/{contractId}', {
          params: { path: { customerId, contractId: contractId! } },
          body: orderForm.trim() ? { orderForm } : {},
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['customer', customerId] }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    assign.mutate(String(new FormData(event.currentTarget).get('orderForm') ?? ''));
  };
  return (
    <form onSubmit={submit} aria-label="Assign a contract">
      <Group align="flex-end" wrap="wrap" gap="xs">
        <Select
          label="Assign contract"
          size="xs"
          data={(contracts.data ?? []).map((k) => ({ value: k.id, label: `${k.provider} · ${k.id}` }))}
          value={contractId}
          onChange={setContractId}
          w={260}
        />
        <Button type="submit" size="xs" disabled={!contractId} loading={assign.isPending}>
          Assign
        </Button>
      </Group>
      <Textarea
        name="orderForm"
        label="Order form (YAML, when the contract needs one)"
        size="xs"
        autosize
        minRows={2}
        mt="xs"
      />
      {assign.error && (
        <Text c="red" size="sm" role="alert">
          {assign.error.message}
        </Text>
      )}
    </form>
  );
}
