import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { supplyFields } from '../api/tickets';
import type { TicketView } from '../api/views';
import { Section } from '../ui/page';

/**
 * What the request says about itself: the fields given, and those its contract asks for that are still missing
 * (SecurEnvoy asks for error data once a request is open, without requiring it), each with its clause and a box to
 * give it. Whoever may write to the request may give them.
 */
export function RequestFields({ ticket, canWrite }: { ticket: TicketView['ticket']; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<string, string>>({});
  const given = Object.entries(ticket.fields);
  const filled = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
  const save = useMutation({
    mutationFn: () => supplyFields(ticket.id, filled),
    onSuccess: () => {
      setValues({});
      void queryClient.invalidateQueries({ queryKey: ['ticket', ticket.id] });
    },
  });
  if (!given.length && !ticket.missingFields.length) return null;
  return (
    <Section title="Details">
      {given.length > 0 && (
        <Table.ScrollContainer minWidth={320} type="native">
          <Table>
            <Table.Tbody>
              {given.map(([id, value]) => (
                <Table.Tr key={id}>
                  <Table.Th w="30%">{id.replaceAll('_', ' ')}</Table.Th>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {ticket.missingFields.length > 0 && (
        <Stack gap="xs" data-testid="missing-fields">
          <Text size="sm" fw={500}>
            Still missing: {ticket.missingFields.length} detail{ticket.missingFields.length > 1 ? 's' : ''} the contract
            asks for
          </Text>
          {ticket.missingFields.map((f) =>
            canWrite ? (
              <TextInput
                key={f.id}
                label={f.label}
                description={f.clause ?? undefined}
                value={values[f.id] ?? ''}
                onChange={(e) => setValues({ ...values, [f.id]: e.currentTarget.value })}
              />
            ) : (
              <Text key={f.id} size="sm">
                {f.label}
                {f.clause && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({f.clause})
                  </Text>
                )}
              </Text>
            ),
          )}
          {canWrite && (
            <Group>
              <Button
                variant="default"
                disabled={!Object.keys(filled).length}
                loading={save.isPending}
                onClick={() => save.mutate()}
              >
                Save details
              </Button>
            </Group>
          )}
          {save.error && (
            <Text c="red" size="sm" role="alert">
              {save.error.message}
            </Text>
          )}
        </Stack>
      )}
    </Section>
  );
}
