import { Card, Select, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../api/client';
import { activeStaff, usersQuery } from '../api/people';
import { useMe } from '../auth/me-context';

/**
 * Who holds a request (the provider's staff only): admins and agents pick one of the provider's active people or
 * none; the holder is emailed the request's clock warnings and breaches, with the on-duty group.
 */
export function RequestAssignee({ ticketId }: { ticketId: string }) {
  const me = useMe();
  const queryClient = useQueryClient();
  const key = ['assignee', ticketId];
  const held = useQuery({
    queryKey: key,
    queryFn: async () => ok(await api.GET('/tickets/{id}/assignee', { params: { path: { id: ticketId } } })),
  });
  const users = useQuery(usersQuery);
  const assign = useMutation({
    mutationFn: async (userId: string | null) =>
      ok(await api.PUT('/tickets/{id}/assignee', { params: { path: { id: ticketId } }, body: { userId } })),
    onSuccess: (answer) => {
      queryClient.setQueryData(key, answer);
      void queryClient.invalidateQueries({ queryKey: ['clocks'] });
    },
  });
  const current = held.data?.assignee ?? null;
  const choices = [
    { value: 'none', label: 'Unassigned' },
    ...activeStaff(users.data ?? []).map((u) => ({
      value: u.id,
      label: u.id === me.userId ? `${u.name} (you)` : u.name,
    })),
  ];
  // A holder disabled since is still shown, so that the field never reads as someone else.
  if (current && !choices.some((c) => c.value === current.userId))
    choices.push({ value: current.userId, label: `${current.name} (disabled)` });
  const canAssign = me.role === 'admin' || me.role === 'agent';
  return (
    <Card withBorder padding="sm">
      <Select
        label="Assignee"
        description="Emailed this request's clock warnings and breaches, with the on-duty group"
        data={choices}
        value={current?.userId ?? 'none'}
        onChange={(v) => v && assign.mutate(v === 'none' ? null : v)}
        disabled={!canAssign || !held.data || assign.isPending}
        allowDeselect={false}
        searchable
        maw={360}
      />
      {assign.error && (
        <Text c="red" size="sm" role="alert">
          {assign.error.message}
        </Text>
      )}
    </Card>
  );
}
