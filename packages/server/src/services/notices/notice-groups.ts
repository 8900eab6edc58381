import { z } from 'zod';
import { findUser } from '../../storage/repositories/user-repository.js';
import {
  noticeGroupMembers,
  replaceNoticeGroup,
  type NoticeGroupMember,
} from '../../storage/repositories/notice-group-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { recordAudit } from '../audit/log.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';
import { requireAdmin } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';

/**
 * The provider's on-duty group: told by email of every clock warning and breach, with the request's assignee. One
 * group for the whole provider (who is on duty is the provider's own affair, not a contract's), kept in Surety so that
 * a change of rota is a recorded, audited write rather than a mail alias nobody can see.
 */
export const ON_DUTY = 'on-duty';

export const NOTICE_GROUP_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export const noticeGroupSchema = z.object({
  id: z
    .string()
    .describe(`a group id: '${ON_DUTY}' is told of clock warnings and breaches; contracts name others (ceo)`),
  members: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      email: z.string(),
      addedAt: instantText,
      disabled: z.boolean().describe('a disabled user is kept as a member but told nothing'),
    }),
  ),
});
export type NoticeGroupJson = z.infer<typeof noticeGroupSchema>;

function groupsJson(rows: readonly NoticeGroupMember[], ids: readonly string[]): NoticeGroupJson[] {
  const groups = new Map<string, NoticeGroupJson>(ids.map((id) => [id, { id, members: [] }]));
  for (const r of rows) {
    let g = groups.get(r.group_id);
    if (!g) groups.set(r.group_id, (g = { id: r.group_id, members: [] }));
    g.members.push({
      userId: r.user_id,
      name: r.name,
      email: r.email,
      addedAt: wireInstant(r.added_at),
      disabled: r.disabled_at !== null,
    });
  }
  return [...groups.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every notice group with members, and the on-duty group even when empty: for the provider's staff. */
export async function listNoticeGroups(ctx: ServiceContext): Promise<NoticeGroupJson[]> {
  if (ctx.principal.role === 'customer') throw new ServiceError('forbidden', "notice groups are the provider's own");
  return groupsJson(await noticeGroupMembers(ctx.db), [ON_DUTY]);
}

/**
 * Makes a group's members exactly the users named (none: the group is emptied). Members are the provider's own
 * active users (not a customer's), since the group is told of what the provider must act on. Audited with the members
 * before and after.
 */
export async function setNoticeGroup(
  ctx: ServiceContext,
  groupId: string,
  userIds: readonly string[],
): Promise<NoticeGroupJson> {
  requireAdmin(ctx);
  if (!NOTICE_GROUP_ID.test(groupId))
    throw new ServiceError('invalid', 'a group id is lower-case letters, digits, - and _ (at most 64)', 'groupId');
  const ids = [...new Set(userIds)];
  return writeTransaction(ctx, async (trx) => {
    for (const [i, id] of ids.entries()) {
      const user = await findUser(trx, id);
      if (!user) throw new ServiceError('invalid', `no user ${id}`, `userIds/${i}`);
      if (user.role === 'customer')
        throw new ServiceError('invalid', `${user.email} is a customer's user, not the provider's`, `userIds/${i}`);
      if (user.disabled_at !== null) throw new ServiceError('invalid', `${user.email} is disabled`, `userIds/${i}`);
    }
    const before = await noticeGroupMembers(trx, [groupId]);
    await replaceNoticeGroup(trx, groupId, ids, ctx.now());
    await recordAudit(trx, ctx, 'notice_group.set', `notice_group:${groupId}`, {
      from: before.map((m) => m.user_id),
      to: ids,
    });
    return groupsJson(await noticeGroupMembers(trx, [groupId]), [groupId])[0]!;
  });
}

/** The addresses of the active members of the named groups, once each. */
export async function groupEmails(db: Executor, groupIds: readonly string[]): Promise<string[]> {
  const members = await noticeGroupMembers(db, [...new Set(groupIds)]);
  return [...new Set(members.filter((m) => m.disabled_at === null).map((m) => m.email))];
}
