import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { activeStaff, usersQuery, type UserView } from '../api/people';
import { useMe } from '../auth/me-context';
import { formatInstant } from '../ui/format';
import { Page, Pending, Section } from '../ui/page';

type Role = UserView['role'];
const ROLES: Role[] = ['admin', 'agent', 'auditor', 'customer'];

/**
 * The people who sign in and the provider's notice groups. Every member of staff reads them; admins invite people,
 * change roles, disable and re-enable users, and set who is in each notice group.
 */
export default function PeoplePage() {
  const me = useMe();
  const admin = me.role === 'admin';
  const users = useQuery(usersQuery);
  return (
    <Page title="People" subtitle="Who signs in, with what role, and who is told of what">
      {admin && <Invite />}
      <Section title="Users">
        {users.data ? <Users users={users.data} admin={admin} /> : <Pending error={users.error} />}
      </Section>
      {admin && <Invitations />}
      <NoticeGroups staff={activeStaff(users.data ?? [])} admin={admin} />
    </Page>
  );
}

function Invite() {
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>('agent');
  const invite = useMutation({
    mutationFn: async (form: FormData) => {
      const customerId = String(form.get('customerId') ?? '').trim();
      return ok(
        await api.POST('/invitations', {
          body: { email: String(form.get('email')).trim(), role, ...(customerId ? { customerId } : {}) },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    invite.mutate(new FormData(event.currentTarget));
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-label="Invite a person">
        <Group wrap="wrap" align="flex-end">
          <TextInput name="email" type="email" label="Email" required maxLength={254} w={260} />
          <Select
            label="Role"
            data={ROLES}
            value={role}
            onChange={(v) => v && setRole(v as Role)}
            allowDeselect={false}
            w={140}
          />
          {role === 'customer' && <TextInput name="customerId" label="Customer id" required />}
          <Button type="submit" loading={invite.isPending}>
            Invite
          </Button>
        </Group>
      </form>
      {invite.data && (
        <Alert color="teal" title="Invitation sent by email; the link also works from here, once" mt="sm">
          <Code>{new URL(invite.data.acceptPath, window.location.origin).toString()}</Code>
        </Alert>
      )}
      {invite.error && (
        <Text c="red" size="sm" role="alert">
          {invite.error.message}
        </Text>
      )}
    </Paper>
  );
}

function Users({ users, admin }: { users: UserView[]; admin: boolean }) {
  const me = useMe();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: async ({ id, ...body }: { id: string; role?: Role; disabled?: boolean }) =>
      ok(await api.PATCH('/users/{userId}', { params: { path: { userId: id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
  return (
    <Stack gap="xs">
      {change.error && (
        <Text c="red" size="sm" role="alert">
          {change.error.message}
        </Text>
      )}
      <Table.ScrollContainer minWidth={640} type="native" tabIndex={0}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Since</Table.Th>
              <Table.Th>State</Table.Th>
              {admin && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((u) => {
              // An admin does not lock themselves out from here: their own role and access stay as they are.
              const self = u.id === me.userId;
              return (
                <Table.Tr key={u.id}>
                  <Table.Td>{u.name}</Table.Td>
                  <Table.Td>{u.email}</Table.Td>
                  <Table.Td>
                    {admin && !self && u.role !== 'customer' ? (
                      <Select
                        aria-label={`Role of ${u.name}`}
                        data={ROLES.filter((r) => r !== 'customer')}
                        value={u.role}
                        onChange={(v) => v && v !== u.role && change.mutate({ id: u.id, role: v as Role })}
                        allowDeselect={false}
                        size="xs"
                        w={120}
                      />
                    ) : (
                      <>
                        {u.role}
                        {u.customerId ? ` · ${u.customerId}` : ''}
                      </>
                    )}
                  </Table.Td>
                  <Table.Td>{formatInstant(u.createdAt)}</Table.Td>
                  <Table.Td>
                    <Badge color={u.disabledAt ? 'gray' : 'teal'} variant="light">
                      {u.disabledAt ? 'disabled' : 'active'}
                    </Badge>
                  </Table.Td>
                  {admin && (
                    <Table.Td>
                      {!self && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color={u.disabledAt ? 'teal' : 'red'}
                          onClick={() => change.mutate({ id: u.id, disabled: !u.disabledAt })}
                        >
                          {u.disabledAt ? 'Enable' : 'Disable'}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function Invitations() {
  const queryClient = useQueryClient();
  const invitations = useQuery({
    queryKey: ['invitations'],
    queryFn: async () => ok(await api.GET('/invitations', { params: { query: { limit: 100 } } })).items,
  });
  const revoke = useMutation({
    mutationFn: async (id: string) =>
      ok(await api.DELETE('/invitations/{invitationId}', { params: { path: { invitationId: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
  const open = (invitations.data ?? []).filter((i) => !i.acceptedAt && !i.revokedAt);
  return (
    <Section title="Open invitations">
      {!invitations.data ? (
        <Pending error={invitations.error} />
      ) : open.length === 0 ? (
        <Text c="dimmed" size="sm">
          None open.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560} type="native" tabIndex={0}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Email</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {open.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.email}</Table.Td>
                  <Table.Td>
                    {i.role}
                    {i.customerId ? ` · ${i.customerId}` : ''}
                  </Table.Td>
                  <Table.Td>{formatInstant(i.expiresAt)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" color="red" onClick={() => revoke.mutate(i.id)}>
                      Revoke
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

/** on-duty hears every clock warning and breach; contracts name others (a CEO told of unplanned maintenance). */
function NoticeGroups({ staff, admin }: { staff: UserView[]; admin: boolean }) {
  const groups = useQuery({
    queryKey: ['notice-groups'],
    queryFn: async () => ok(await api.GET('/notice-groups')).items,
  });
  const [added, setAdded] = useState<string[]>([]);
  const [newGroup, setNewGroup] = useState('');
  const shown = [
    ...(groups.data ?? []),
    ...added.filter((id) => !groups.data?.some((g) => g.id === id)).map((id) => ({ id, members: [] })),
  ];
  return (
    <Section title="Notice groups">
      <Text size="sm" c="dimmed">
        on-duty is emailed every clock warning and breach, with the request&apos;s assignee; a contract may name other
        groups for incidents and unplanned maintenance (ceo, for instance).
      </Text>
      {!groups.data ? (
        <Pending error={groups.error} />
      ) : (
        shown.map((g) => <NoticeGroup key={g.id} group={g} staff={staff} admin={admin} />)
      )}
      {admin && (
        <Group align="flex-end">
          <TextInput
            label="Another group"
            placeholder="ceo"
            value={newGroup}
            onChange={(e) => setNewGroup(e.currentTarget.value.trim().toLowerCase())}
            w={200}
          />
          <Button
            variant="default"
            disabled={!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(newGroup)}
            onClick={() => {
              setAdded((a) => [...a, newGroup]);
              setNewGroup('');
            }}
          >
            Add group
          </Button>
        </Group>
      )}
    </Section>
  );
}

type GroupView = { id: string; members: { userId: string; name: string; disabled: boolean }[] };

function NoticeGroup({ group, staff, admin }: { group: GroupView; staff: UserView[]; admin: boolean }) {
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<string[] | null>(null);
  const members = group.members.map((m) => m.userId);
  const save = useMutation({
    mutationFn: async (userIds: string[]) =>
      ok(await api.PUT('/notice-groups/{groupId}', { params: { path: { groupId: group.id } }, body: { userIds } })),
    onSuccess: () => {
      setChosen(null);
      void queryClient.invalidateQueries({ queryKey: ['notice-groups'] });
    },
  });
  // Members disabled since stay listed (told nothing), so that saving does not drop them unseen.
  const data = [
    ...staff.map((u) => ({ value: u.id, label: u.name })),
    ...group.members
      .filter((m) => !staff.some((u) => u.id === m.userId))
      .map((m) => ({ value: m.userId, label: `${m.name} (disabled)` })),
  ];
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        {admin ? (
          <MultiSelect
            label={group.id}
            data={data}
            value={chosen ?? members}
            onChange={setChosen}
            placeholder="No one"
            searchable
            miw={260}
            style={{ flex: 1 }}
          />
        ) : (
          <Stack gap={4}>
            <Text fw={600}>{group.id}</Text>
            <Text size="sm">{group.members.map((m) => m.name).join(', ') || 'No one'}</Text>
          </Stack>
        )}
        {admin && (
          <Button disabled={chosen === null} loading={save.isPending} onClick={() => chosen && save.mutate(chosen)}>
            Save {group.id}
          </Button>
        )}
      </Group>
      {save.error && (
        <Text c="red" size="sm" role="alert">
          {save.error.message}
        </Text>
      )}
    </Paper>
  );
}
