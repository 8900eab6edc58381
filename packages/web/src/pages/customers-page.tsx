import { Button, Group, Paper, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { api, ok } from '../api/client';
import { useMe } from '../auth/me-context';
import { formatInstant } from '../ui/format';
import { AppLink, pathTo } from '../ui/app-link';
import { Page, Pending } from '../ui/page';

export default function CustomersPage() {
  const me = useMe();
  const customers = useQuery({
    queryKey: ['customers'],
    queryFn: async () => ok(await api.GET('/customers', { params: { query: { limit: 500 } } })).items,
  });
  return (
    <Page title="Customers" subtitle="Each customer's contacts, contracts, requests, availability and credits">
      {me.role === 'admin' && <NewCustomer />}
      {customers.data ? (
        <Table.ScrollContainer minWidth={400} type="native" tabIndex={0}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Customer</Table.Th>
                <Table.Th>Id</Table.Th>
                <Table.Th>Since</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {customers.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <AppLink to={pathTo('customers', c.id)}>{c.name}</AppLink>
                  </Table.Td>
                  <Table.Td>
                    <code>{c.id}</code>
                  </Table.Td>
                  <Table.Td>{formatInstant(c.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Pending error={customers.error} />
      )}
    </Page>
  );
}

function NewCustomer() {
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: async (form: FormData) =>
      ok(
        await api.POST('/customers', {
          body: { id: String(form.get('id')).trim(), name: String(form.get('name')).trim() },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['customers'] }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    create.mutate(new FormData(form), { onSuccess: () => form.reset() });
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-label="New customer">
        <Group align="flex-end" wrap="wrap">
          <TextInput name="name" label="Name" required />
          <TextInput name="id" label="Id" required pattern="[\w-]{1,64}" description="letters, digits, - and _" />
          <Button type="submit" loading={create.isPending}>
            Add customer
          </Button>
        </Group>
        {create.error && (
          <Text c="red" size="sm" role="alert" mt="xs">
            {create.error.message}
          </Text>
        )}
      </form>
    </Paper>
  );
}
