import { Badge, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { api, ok } from '../api/client';
import { activeStaff, usersQuery } from '../api/people';
import { fetchQueue, type QueueItem } from '../api/queue';
import { useMe } from '../auth/me-context';
import { useNow } from '../live/use-now';
import { useRefreshAt } from '../live/refresh-at';
import { ClockBadge } from '../ui/clock-badge';
import { AppLink, pathTo } from '../ui/app-link';
import { Page, Pending } from '../ui/page';
import classes from './queue-page.module.css';

const COLUMNS = ['Request', 'Customer', 'Contract', 'Severity', 'Status', 'Assignee', 'Clock', 'Time left'];

/** Every running clock, overdue first, with live countdowns; filtered by customer, contract, severity and assignee. */
export default function QueuePage() {
  const search = useSearch({ strict: false }) as Record<string, string | undefined>;
  const navigate = useNavigate();
  const setFilter = (name: string, value: string | null) =>
    void navigate({ to: '/queue', search: { ...search, [name]: value || undefined } });
  const me = useMe();
  const filter = { customer: search.customer, severity: search.severity, assignee: search.assignee };
  const queue = useQuery({ queryKey: ['clocks', filter], queryFn: () => fetchQueue(filter) });
  const customers = useQuery({
    queryKey: ['customers'],
    queryFn: async () => ok(await api.GET('/customers', { params: { query: { limit: 500 } } })).items,
  });
  // The provider's staff may list its people, so the queue names every assignee.
  const users = useQuery({ ...usersQuery, enabled: me.role !== 'customer' });
  const assigneeName = useMemo(() => {
    const names = new Map((users.data ?? []).map((u) => [u.id, u.name]));
    return (id: string | null) =>
      id === null ? '—' : id === me.userId ? `${names.get(id) ?? me.name} (you)` : (names.get(id) ?? 'someone else');
  }, [users.data, me.userId, me.name]);
  const assigneeChoices = [
    ...(me.userId ? [{ value: me.userId, label: 'Me' }] : []),
    { value: 'none', label: 'Unassigned' },
    ...activeStaff(users.data ?? [])
      .filter((u) => u.id !== me.userId)
      .map((u) => ({ value: u.id, label: u.name })),
  ];
  const contracts = useQuery({
    queryKey: ['contracts'],
    queryFn: async () => ok(await api.GET('/contracts', { params: { query: { limit: 500 } } })).items,
  });
  const rows = useMemo(
    () => (queue.data ?? []).filter((r) => !search.contract || r.contractId === search.contract),
    [queue.data, search.contract],
  );
  useRefreshAt(
    ['clocks'],
    rows.slice(0, 200).map((r) => r.nextAt),
  );
  const overdue = rows.filter((r) => r.overdueSince).length;

  return (
    <Page
      title="Queue"
      subtitle={queue.data ? `${rows.length} open requests · ${overdue} overdue` : 'Every running clock, overdue first'}
    >
      <Group gap="sm" wrap="wrap">
        <Select
          label="Customer"
          placeholder="All customers"
          clearable
          searchable
          data={(customers.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={search.customer ?? null}
          onChange={(v) => setFilter('customer', v)}
          w={200}
        />
        <Select
          label="Contract"
          placeholder="All contracts"
          clearable
          data={(contracts.data ?? []).map((c) => ({ value: c.id, label: `${c.provider} · ${c.id}` }))}
          value={search.contract ?? null}
          onChange={(v) => setFilter('contract', v)}
          w={240}
        />
        <TextInput
          label="Severity"
          placeholder="Any, e.g. P1"
          defaultValue={search.severity ?? ''}
          onBlur={(e) => setFilter('severity', e.currentTarget.value.trim())}
          onKeyDown={(e) => e.key === 'Enter' && setFilter('severity', e.currentTarget.value.trim())}
          w={140}
        />
        <Select
          label="Assignee"
          placeholder="Anyone"
          clearable
          data={assigneeChoices}
          value={search.assignee ?? null}
          onChange={(v) => setFilter('assignee', v)}
          w={180}
        />
      </Group>
      {queue.data ? (
        <QueueTable rows={rows} asOf={queue.dataUpdatedAt} assigneeName={assigneeName} />
      ) : (
        <Pending error={queue.error} />
      )}
    </Page>
  );
}

function QueueTable({
  rows,
  asOf,
  assigneeName,
}: {
  rows: QueueItem[];
  asOf: number;
  assigneeName: (id: string | null) => string;
}) {
  const parent = useRef<HTMLDivElement>(null);
  const now = useNow();
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => 44,
  });
  if (rows.length === 0) return <Text c="dimmed">Nothing is running: no open request has a clock.</Text>;
  return (
    <Paper withBorder className={classes.table} role="table" aria-label="Clock queue" aria-rowcount={rows.length + 1}>
      <div role="rowgroup">
        <div role="row" className={`${classes.row} ${classes.head}`}>
          {COLUMNS.map((c) => (
            <div role="columnheader" key={c}>
              {c}
            </div>
          ))}
        </div>
      </div>
      <div ref={parent} className={classes.body} role="rowgroup" tabIndex={0} aria-label="Open requests">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const r = rows[v.index]!;
            const clock = r.clocks.find((c) => c.status !== 'paused') ?? r.clocks[0];
            return (
              <div
                role="row"
                aria-rowindex={v.index + 2}
                key={r.id}
                className={classes.row}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: v.size,
                  transform: `translateY(${v.start}px)`,
                }}
              >
                <div role="cell">
                  <AppLink to={pathTo('requests', r.id)} fw={600}>
                    {r.id}
                  </AppLink>
                </div>
                <div role="cell">{r.customerId}</div>
                <div role="cell" className={classes.dim}>
                  {r.contractId}
                </div>
                <div role="cell">
                  <Badge variant="outline" color="dark">
                    {r.severity ?? '—'}
                  </Badge>
                </div>
                <div role="cell">{r.status?.replaceAll('_', ' ') ?? '—'}</div>
                <div role="cell" className={r.assigneeId ? undefined : classes.dim}>
                  {assigneeName(r.assigneeId)}
                </div>
                <div role="cell">
                  {clock ? `${clock.clock.replaceAll('_', ' ')}${clock.cycle > 1 ? ` #${clock.cycle}` : ''}` : '—'}
                </div>
                <div role="cell">
                  {clock ? (
                    <ClockBadge
                      status={clock.status}
                      dueAt={clock.dueAt}
                      remainingMs={clock.remainingMs}
                      hours={clock.hours}
                      now={now}
                      asOf={asOf}
                    />
                  ) : (
                    '—'
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </Paper>
  );
}
