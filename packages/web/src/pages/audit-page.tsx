import { Alert, Button, Code, Table, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, ok } from '../api/client';
import { formatInstant } from '../ui/format';
import { Page, Pending } from '../ui/page';

/** The audit log, newest page first, and a check of its hash chains. */
export default function AuditPage() {
  const log = useQuery({
    queryKey: ['audit'],
    queryFn: async () => ok(await api.GET('/audit', { params: { query: { limit: 200 } } })).items,
  });
  const verify = useMutation({ mutationFn: async () => ok(await api.GET('/audit/verify')) as unknown });
  return (
    <Page
      title="Audit log"
      subtitle="Every change, who made it, chained by hash"
      actions={
        <Button variant="default" onClick={() => verify.mutate()} loading={verify.isPending}>
          Verify the chains
        </Button>
      }
    >
      {verify.data !== undefined && (
        <Alert color={JSON.stringify(verify.data).includes('"ok":false') ? 'red' : 'teal'} title="Verification">
          <Code block>{JSON.stringify(verify.data, null, 2)}</Code>
        </Alert>
      )}
      {verify.error && (
        <Alert color="red" title="Verification failed" role="alert">
          {verify.error.message}
        </Alert>
      )}
      {log.data ? (
        log.data.length === 0 ? (
          <Text c="dimmed">Nothing recorded yet.</Text>
        ) : (
          <Table.ScrollContainer minWidth={720} type="native" tabIndex={0}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>#</Table.Th>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Who</Table.Th>
                  <Table.Th>What</Table.Th>
                  <Table.Th>Entity</Table.Th>
                  <Table.Th>Hash</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {log.data.map((e) => (
                  <Table.Tr key={`${e.chain}/${e.seq}`}>
                    <Table.Td>{e.seq}</Table.Td>
                    <Table.Td>{formatInstant(e.at)}</Table.Td>
                    <Table.Td>{e.actor}</Table.Td>
                    <Table.Td>{e.action}</Table.Td>
                    <Table.Td>
                      <code>{e.entity}</code>
                    </Table.Td>
                    <Table.Td>
                      <code title={e.hash}>{e.hash.slice(0, 10)}…</code>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      ) : (
        <Pending error={log.error} />
      )}
    </Page>
  );
}
