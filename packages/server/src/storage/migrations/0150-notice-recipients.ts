import type { Kysely } from 'kysely';

/**
 * Who notices reach beyond subscribers (issue 13 §2): the roles a customer contact holds (a contract names the roles it
 * tells of unplanned maintenance and incidents, TechJutsu §5.1), and the provider's notice groups (the on-duty group
 * told of clock warnings and breaches, a `ceo` group a contract names), each a set of users.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('contacts')
    .addColumn('roles', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .createTable('notice_group_members')
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('added_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('notice_group_members_pk', ['group_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notice_group_members').execute();
  await db.schema.alterTable('contacts').dropColumn('roles').execute();
}
