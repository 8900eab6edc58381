import { Alert, Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import type { paths } from '@surety/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { useMe } from '../auth/me-context';
import { formatInstant } from '../ui/format';
import { Page, Pending, Section } from '../ui/page';

type Scheduled = paths['/maintenance']['post']['responses'][201]['content']['application/json'];
const DAY = 86_400_000;

/** Maintenance from a month ago to three months ahead, by start; the provider schedules it here. */
export default function MaintenancePage() {
  const me = useMe();
  const [from] = useState(() => new Date(Date.now() - 30 * DAY).toISOString());
  const [to] = useState(() => new Date(Date.now() + 90 * DAY).toISOString());
  const list = useQuery({
    queryKey: ['maintenance', from, to],
    queryFn: async () => ok(await api.GET('/maintenance', { params: { query: { from, to, limit: 200 } } })).items,
  });
  const staff = me.role === 'admin' || me.role === 'agent';
  // A series is called off from its first occurrence still scheduled or under way (one button per series).
  const seriesAction = new Set<string>();
  const seen = new Set<string>();
  for (const m of list.data ?? [])
    if (m.seriesId && (m.status === 'scheduled' || m.status === 'in_progress') && !seen.has(m.seriesId)) {
      seen.add(m.seriesId);
      seriesAction.add(m.id);
    }
  return (
    <Page
      title={me.role === 'customer' ? 'Maintenance notices' : 'Maintenance'}
      subtitle={`Scheduled maintenance ${formatInstant(from)} – ${formatInstant(to)}`}
    >
      {staff && <Schedule />}
      {list.data ? (
        list.data.length === 0 ? (
          <Text c="dimmed">No maintenance in this range.</Text>
        ) : (
          <Table.ScrollContainer minWidth={640} type="native" tabIndex={0}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Start</Table.Th>
                  <Table.Th>End</Table.Th>
                  <Table.Th>Reason</Table.Th>
                  <Table.Th>For</Table.Th>
                  <Table.Th>Notice given</Table.Th>
                  <Table.Th>Status</Table.Th>
                  {staff && <Table.Th>Series</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{formatInstant(m.start)}</Table.Td>
                    <Table.Td>{formatInstant(m.end)}</Table.Td>
                    <Table.Td>{m.reason}</Table.Td>
                    <Table.Td>{m.customerId ?? 'every customer'}</Table.Td>
                    <Table.Td>{formatInstant(m.noticeAt)}</Table.Td>
                    <Table.Td>
                      {/* Its whole word: a narrow column would otherwise cut it to "SCHEDUL…". */}
                      <Badge
                        variant="light"
                        color={m.status === 'cancelled' ? 'gray' : 'indigo'}
                        style={{ minWidth: 'max-content' }}
                      >
                        {m.status.replaceAll('_', ' ')}
                      </Badge>
                    </Table.Td>
                    {staff && (
                      <Table.Td>
                        {m.seriesId && seriesAction.has(m.id) ? (
                          <CancelSeries seriesId={m.seriesId} reason={m.reason} />
                        ) : null}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      ) : (
        <Pending error={list.error} />
      )}
    </Page>
  );
}

function Schedule() {
  const queryClient = useQueryClient();
  const [customerId, setCustomerId] = useState<string | null>(null);
  const customers = useQuery({
    queryKey: ['customers'],
    queryFn: async () => ok(await api.GET('/customers', { params: { query: { limit: 500 } } })).items,
  });
  const schedule = useMutation({
    mutationFn: async (form: FormData): Promise<Scheduled> => {
      const instant = (name: string) => new Date(String(form.get(name))).toISOString();
      // Weekly at the same time on the reader's clock (start and end are entered in it): one maintenance per week,
      // each reminded of a day before its own start.
      const weeks = Number(form.get('weeks') || 1);
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      return ok(
        await api.POST('/maintenance', {
          body: {
            ...(customerId ? { customerId } : {}),
            start: instant('start'),
            end: instant('end'),
            reason: String(form.get('reason')).trim(),
            noticeAt: new Date().toISOString(),
            ...(weeks > 1 ? { repeat: { every: 'week' as const, count: weeks, zone } } : {}),
          },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['maintenance'] }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    schedule.mutate(new FormData(event.currentTarget));
  };
  const short = schedule.data?.notice.filter((n) => n.sufficient === false || n.flagged) ?? [];
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-label="Schedule maintenance">
        <Stack>
          <Group wrap="wrap" align="flex-end">
            <Select
              label="Customer"
              placeholder="Every customer"
              clearable
              data={(customers.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              value={customerId}
              onChange={setCustomerId}
              w={200}
            />
            <TextInput name="start" label="Start (your time)" type="datetime-local" required />
            <TextInput name="end" label="End (your time)" type="datetime-local" required />
            <TextInput name="reason" label="Reason" required maxLength={500} />
            <TextInput name="weeks" label="Weeks" type="number" min={1} max={104} defaultValue={1} w={90} />
            <Button type="submit" loading={schedule.isPending}>
              Schedule, notice now
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            The notice goes out now; each affected contract&apos;s notice rule is checked and shown below. More than one
            week publishes a weekly series at the same time on your clock, each week reminded of a day before.
          </Text>
          {schedule.error && (
            <Text c="red" size="sm" role="alert">
              {schedule.error.message}
            </Text>
          )}
        </Stack>
      </form>
      {schedule.data && (
        <Section title="Notice checked against each contract">
          {short.length > 0 && (
            <Alert color="orange" title="Short notice" role="alert">
              {short.length} contract(s) ask for more notice than this: the window will count as downtime for them.
            </Alert>
          )}
          <Table>
            <Table.Tbody>
              {schedule.data.notice.map((n) => (
                <Table.Tr key={`${n.customerId}/${n.contractId}`}>
                  <Table.Td>
                    {n.customerId} · {n.contractId}
                  </Table.Td>
                  <Table.Td>needs {n.required ?? 'no notice'}</Table.Td>
                  <Table.Td>
                    <Badge color={n.sufficient === false ? 'red' : n.flagged ? 'orange' : 'teal'} variant="light">
                      {n.effect}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{n.clause ?? n.note ?? n.rule}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
      )}
    </Paper>
  );
}

/**
 * Calls off a whole series (POST /maintenance/series/{seriesId}/cancel): occurrences not begun are cancelled, one
 * under way ends now, and subscribers and contacts are told once.
 */
function CancelSeries({ seriesId, reason }: { seriesId: string; reason: string }) {
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: async () =>
      ok(await api.POST('/maintenance/series/{seriesId}/cancel', { params: { path: { seriesId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['maintenance'] }),
  });
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        variant="light"
        color="red"
        loading={cancel.isPending}
        aria-label={`Cancel series: ${reason}`}
        onClick={() => cancel.mutate()}
      >
        Cancel series
      </Button>
      {cancel.error && (
        <Text c="red" size="xs" role="alert">
          {cancel.error.message}
        </Text>
      )}
    </Group>
  );
}
