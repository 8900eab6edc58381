import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Timeline } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../api/client';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { fetchTicket, recordEvent, type TicketEvent } from '../api/tickets';
import type { ClockView, TicketView } from '../api/views';
import { useIsProvider, useMe } from '../auth/me-context';
import { useRefreshAt } from '../live/refresh-at';
import { useNow } from '../live/use-now';
import { ClockBadge } from '../ui/clock-badge';
import { formatDuration, formatInstant } from '../ui/format';
import { AppLink, pathTo } from '../ui/app-link';
import { Page, Pending, Section } from '../ui/page';
import { RequestAssignee } from './request-assignee';
import { RequestFields } from './request-fields';

/** A support request: its clocks live, the timeline with the why of each clock change, and what to do next. */
export default function RequestPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const ticket = useQuery({ queryKey: ['ticket', id], queryFn: () => fetchTicket(id) });
  const { role } = useMe();
  const clocks = ticket.data?.clocks.clocks ?? [];
  useRefreshAt(
    ['ticket', id],
    clocks.flatMap((c) => (c.running ? [c.dueAt, ...c.warnings.map((w) => w.dueAt)] : [])),
  );
  if (!ticket.data) return <Pending error={ticket.error} />;
  const t = ticket.data;
  return (
    <Page
      title={`Request ${t.ticket.id}`}
      subtitle={
        <>
          {t.ticket.customerId} ·{' '}
          <AppLink underline="always" to={pathTo('contracts', t.ticket.contractId)} size="sm">
            {t.ticket.contractId} v{t.ticket.contractVersion}
          </AppLink>{' '}
          · received {formatInstant(t.events[0]?.receivedAt ?? t.ticket.openedAt)}
        </>
      }
    >
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Fact label="Severity" value={<Badge variant="outline">{t.clocks.severity}</Badge>} />
        <Fact label="Status" value={t.clocks.status.replaceAll('_', ' ')} />
        <Fact label="Plan" value={t.clocks.plan} />
        <Fact label="Opened" value={formatInstant(t.ticket.openedAt)} />
      </SimpleGrid>
      <Actions ticket={t} />
      {role !== 'customer' && <RequestAssignee ticketId={t.ticket.id} />}
      <RequestFields ticket={t.ticket} canWrite={role !== 'auditor'} />
      <Clocks title="Clocks" clocks={t.clocks.clocks} contractId={t.ticket.contractId} asOf={ticket.dataUpdatedAt} />
      {t.internalClocks && (
        <Clocks
          title="Internal goals"
          note="The provider's own goals beside the contract: measured the same way, never a contract breach."
          clocks={t.internalClocks.clocks}
          contractId={t.ticket.contractId}
          asOf={ticket.dataUpdatedAt}
        />
      )}
      <History ticket={t} />
    </Page>
  );
}

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="div" fw={500}>
        {value}
      </Text>
    </Card>
  );
}

function Clocks(props: { title: string; note?: string; clocks: ClockView[]; contractId: string; asOf: number }) {
  const { clocks, contractId, asOf } = props;
  const now = useNow();
  return (
    <Section title={props.title}>
      {props.note && (
        <Text size="sm" c="dimmed">
          {props.note}
        </Text>
      )}
      <Table.ScrollContainer minWidth={720} type="native" tabIndex={0}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Clock</Table.Th>
              <Table.Th>Now</Table.Th>
              <Table.Th>Target</Table.Th>
              <Table.Th>Started</Table.Th>
              <Table.Th>Deadline</Table.Th>
              <Table.Th>Rule and clause</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {clocks.map((c) => (
              <Table.Tr key={`${c.clock}#${c.cycle}`} data-testid={`${props.note ? 'internal' : 'clock'}-${c.clock}`}>
                <Table.Td fw={500}>
                  {c.clock.replaceAll('_', ' ')}
                  {c.cycle > 1 ? ` #${c.cycle}` : ''}
                </Table.Td>
                <Table.Td miw={190}>
                  <ClockBadge
                    status={c.running || c.status !== 'running' ? c.status : 'paused'}
                    dueAt={c.running ? c.dueAt : null}
                    remainingMs={c.remainingMs}
                    now={now}
                    asOf={asOf}
                  />
                  {c.metAt && (
                    <Text size="xs" c="dimmed">
                      met {formatInstant(c.metAt)}
                    </Text>
                  )}
                  {c.pausedMs > 0 && (
                    <Text size="xs" c="dimmed">
                      paused {formatDuration(c.pausedMs)} in all
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {c.target}{' '}
                  <Text span size="xs" c="dimmed">
                    ({c.calendar})
                  </Text>
                </Table.Td>
                <Table.Td>{formatInstant(c.startedAt)}</Table.Td>
                <Table.Td>{formatInstant(c.dueAt)}</Table.Td>
                <Table.Td>
                  <RuleLink contractId={contractId} rule={c.rule} />
                  {c.clause && (
                    <Text size="xs" c="dimmed">
                      {c.clause}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}

/** A contract rule (a JSON pointer into the contract) linked to the contract's page, where it is shown. */
function RuleLink({ contractId, rule }: { contractId: string; rule: string }) {
  if (!rule.startsWith('/')) return <Text size="sm">{rule}</Text>;
  return (
    <AppLink to={pathTo('contracts', contractId)} search={{ rule }} size="sm">
      <code style={{ overflowWrap: 'anywhere' }}>{rule}</code>
    </AppLink>
  );
}

function History({ ticket }: { ticket: TicketView }) {
  const items = [
    ...ticket.clocks.explanations.map((e) => ({
      at: e.at ?? '',
      title: `${e.clock.replaceAll('_', ' ')} ${e.change}`,
      body: (
        <>
          <Text size="sm">
            because {e.cause.replaceAll('_', ' ')}
            {e.detail ? ` — ${e.detail}` : ''}
          </Text>
          <RuleLink contractId={ticket.ticket.contractId} rule={e.rule} />
        </>
      ),
      color: e.change === 'breached' ? 'red' : e.change === 'met' ? 'teal' : 'indigo',
    })),
    ...ticket.events
      .filter((e) => !['clock_warning', 'clock_breached'].includes(e.type))
      .map((e) => ({
        at: e.at,
        title: describeEvent(e),
        body: (
          <Text size="xs" c="dimmed">
            received {formatInstant(e.receivedAt)}
          </Text>
        ),
        color: 'gray',
      })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Section title="Timeline">
      <Timeline bulletSize={14} lineWidth={2}>
        {items.map((item, i) => (
          <Timeline.Item key={i} color={item.color} title={item.title}>
            <Text size="xs" c="dimmed">
              {formatInstant(item.at)}
            </Text>
            {item.body}
          </Timeline.Item>
        ))}
      </Timeline>
    </Section>
  );
}

function describeEvent(e: TicketView['events'][number]): string {
  const detail = (['severity', 'status', 'author'] as const).map((k) => e[k]).filter((v) => typeof v === 'string');
  return `${e.type.replaceAll('_', ' ')}${detail.length ? `: ${detail.join(', ')}` : ''}`;
}

function Actions({ ticket }: { ticket: TicketView }) {
  const provider = useIsProvider();
  const queryClient = useQueryClient();
  const [severity, setSeverity] = useState<string | null>(null);
  const record = useMutation({
    mutationFn: (event: TicketEvent) => recordEvent(ticket.ticket.id, event),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['ticket', ticket.ticket.id] });
      void queryClient.invalidateQueries({ queryKey: ['clocks'] });
    },
  });
  const open = ticket.clocks.phase === 'open';
  const paused = ticket.clocks.status === 'waiting_on_customer';
  // The contract's own levels (the query is the contract page's, so the two share it).
  const contractId = ticket.ticket.contractId;
  const contract = useQuery({
    queryKey: ['contract', contractId],
    queryFn: async () => ok(await api.GET('/contracts/{id}', { params: { path: { id: contractId } } })),
    enabled: provider,
  });
  const severities = (contract.data?.severities ?? [])
    .filter((l) => l.id !== ticket.clocks.severity)
    .map((l) => ({ value: l.id, label: `${l.id} · ${l.name}` }));
  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap" align="flex-end">
        <Button
          onClick={() => record.mutate({ type: 'replied', author: provider ? 'agent' : 'customer', public: true })}
          loading={record.isPending}
          disabled={!open && !provider}
        >
          Reply
        </Button>
        {provider && open && (
          <>
            <Select
              label="Change severity"
              placeholder={ticket.clocks.severity}
              data={severities}
              value={severity}
              onChange={setSeverity}
              w={220}
            />
            <Button
              variant="default"
              disabled={!severity}
              onClick={() => severity && record.mutate({ type: 'severity_changed', severity })}
            >
              Apply severity
            </Button>
            <Button
              variant="default"
              onClick={() => record.mutate({ type: 'status_changed', status: paused ? 'open' : 'waiting_on_customer' })}
            >
              {paused ? 'Resume (customer answered)' : 'Pause (waiting on customer)'}
            </Button>
            <Button color="teal.9" onClick={() => record.mutate({ type: 'resolved' })}>
              Resolve
            </Button>
          </>
        )}
        {!open && (
          <Button variant="default" onClick={() => record.mutate({ type: 'reopened' })}>
            Reopen
          </Button>
        )}
      </Group>
      {record.error && (
        <Text c="red" size="sm" role="alert">
          {record.error.message}
        </Text>
      )}
    </Stack>
  );
}
