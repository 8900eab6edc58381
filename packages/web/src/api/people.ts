import { api, ok } from './client';

/** The provider's people and customers' users, by email (the provider's staff may read them). */
export const fetchUsers = async () => ok(await api.GET('/users', { params: { query: { limit: 500 } } })).items;

/** One query for every page that names or picks people (queue, request, people). */
export const usersQuery = { queryKey: ['users'], queryFn: fetchUsers } as const;

export type UserView = Awaited<ReturnType<typeof fetchUsers>>[number];

/** The provider's own active people: who may hold a request or be in a notice group. */
export const activeStaff = (users: readonly UserView[]) => users.filter((u) => u.role !== 'customer' && !u.disabledAt);
