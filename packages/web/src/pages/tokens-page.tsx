import { Alert, Badge, Button, Code, Group, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { formatInstant } from '../ui/format';
import { Page, Pending } from '../ui/page';

type Role = 'admin' | 'agent' | 'auditor' | 'customer';

/** API tokens for machines: issue (shown once), list, revoke. */
export default function TokensPage() {
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>('agent');
  const tokens = useQuery({
    queryKey: ['tokens'],
    queryFn: async () => ok(await api.GET('/tokens', { params: { query: { limit: 200 } } })).items,
  });
  const issue = useMutation({
    mutationFn: async (form: FormData) => {
      const customerId = String(form.get('customerId') ?? '').trim();
      return ok(
        await api.POST('/tokens', {
          body: { role, label: String(form.get('label')).trim(), ...(customerId ? { customerId } : {}) },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
  const revoke = useMutation({
    mutationFn: async (id: string) => ok(await api.DELETE('/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    issue.mutate(new FormData(event.currentTarget));
  };
  return (
    <Page title="API tokens" subtitle="Tokens for scripts and machines; people sign in with their own accounts">
      <Paper withBorder p="md">
        <form onSubmit={submit} aria-label="Issue a token">
          <Group wrap="wrap" align="flex-end">
            <TextInput name="label" label="Label" required maxLength={100} />
            <Select
              label="Role"
              data={['admin', 'agent', 'auditor', 'customer']}
              value={role}
              onChange={(v) => v && setRole(v as Role)}
              allowDeselect={false}
              w={140}
            />
            {role === 'customer' && <TextInput name="customerId" label="Customer id" required />}
            <Button type="submit" loading={issue.isPending}>
              Issue token
            </Button>
          </Group>
        </form>
        {issue.data?.token && (
          <Alert color="teal" title="Copy it now: it is shown once" mt="sm">
            <Code>{issue.data.token}</Code>
          </Alert>
        )}
        {issue.error && (
          <Text c="red" size="sm" role="alert">
            {issue.error.message}
          </Text>
        )}
      </Paper>
      {tokens.data ? (
        <Table.ScrollContainer minWidth={640} type="native" tabIndex={0}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Label</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Issued</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>{t.label}</Table.Td>
                  <Table.Td>
                    {t.role}
                    {t.customerId ? ` · ${t.customerId}` : ''}
                  </Table.Td>
                  <Table.Td>{formatInstant(t.createdAt)}</Table.Td>
                  <Table.Td>{formatInstant(t.expiresAt)}</Table.Td>
                  <Table.Td>
                    {t.revokedAt ? (
                      <Badge color="gray" variant="light">
                        revoked
                      </Badge>
                    ) : (
                      <Badge color="teal" variant="light">
                        active
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {!t.revokedAt && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => revoke.mutate(t.id)}>
                        Revoke
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Pending error={tokens.error} />
      )}
    </Page>
  );
}
