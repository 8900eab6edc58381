import { Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../api/client';
import { formatInstant } from '../ui/format';
import { AppLink, pathTo } from '../ui/app-link';
import { Page, Pending } from '../ui/page';

export default function ContractsPage() {
  const contracts = useQuery({
    queryKey: ['contracts'],
    queryFn: async () => ok(await api.GET('/contracts', { params: { query: { limit: 500 } } })).items,
  });
  return (
    <Page title="Contracts" subtitle="Each contract as published, with its clauses, versions and customers">
      {contracts.data ? (
        <Table.ScrollContainer minWidth={600} type="native" tabIndex={0}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Contract</Table.Th>
                <Table.Th>Provider</Table.Th>
                <Table.Th>Version</Table.Th>
                <Table.Th>Published</Table.Th>
                <Table.Th>Customers</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contracts.data.map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td>
                    <AppLink to={pathTo('contracts', k.id)}>{k.title}</AppLink>
                  </Table.Td>
                  <Table.Td>{k.provider}</Table.Td>
                  <Table.Td>v{k.version}</Table.Td>
                  <Table.Td>{formatInstant(k.publishedAt)}</Table.Td>
                  <Table.Td>{k.customers.join(', ') || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Pending error={contracts.error} />
      )}
    </Page>
  );
}
