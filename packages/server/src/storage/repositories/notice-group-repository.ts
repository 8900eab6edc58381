import type { Executor } from './executor.js';

export interface NoticeGroupMember {
  group_id: string;
  user_id: string;
  added_at: number;
  email: string;
  name: string;
  disabled_at: number | null;
}

/** The members of the named groups (every group when none is named), with each user's email, by group then user. */
export async function noticeGroupMembers(db: Executor, groupIds?: readonly string[]): Promise<NoticeGroupMember[]> {
  if (groupIds && !groupIds.length) return [];
  let q = db
    .selectFrom('notice_group_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.group_id', 'm.user_id', 'm.added_at', 'u.email', 'u.name', 'u.disabled_at'])
    .orderBy('m.group_id')
    .orderBy('m.user_id');
  if (groupIds) q = q.where('m.group_id', 'in', [...groupIds]);
  return q.execute();
}

/** Makes the group's members exactly `userIds`: those already in it keep when they were added. */
export async function replaceNoticeGroup(
  db: Executor,
  groupId: string,
  userIds: readonly string[],
  now: number,
): Promise<void> {
  let remove = db.deleteFrom('notice_group_members').where('group_id', '=', groupId);
  if (userIds.length) remove = remove.where('user_id', 'not in', [...userIds]);
  await remove.execute();
  if (!userIds.length) return;
  await db
    .insertInto('notice_group_members')
    .values(userIds.map((user_id) => ({ group_id: groupId, user_id, added_at: now })))
    .onConflict((oc) => oc.columns(['group_id', 'user_id']).doNothing())
    .execute();
}
