import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, type Migration } from 'kysely';
import pg from 'pg';
import * as initial from './migrations/0001-initial.js';
import * as tokensAuditContacts from './migrations/0002-tokens-audit-contacts.js';
import * as incidentsExclusions from './migrations/0003-incidents-exclusions.js';
import * as webhooks from './migrations/0004-webhooks.js';
import * as idempotency from './migrations/0005-idempotency.js';
import * as servicesMaintenanceClaims from './migrations/0006-services-maintenance-claims.js';
import * as tokenExpiryContactRemoval from './migrations/0007-token-expiry-contact-removal.js';
import * as ticketEventsByTicket from './migrations/0008-ticket-events-by-ticket.js';
import * as auditChains from './migrations/0009-audit-chains.js';
import * as idempotencyWithheld from './migrations/0010-idempotency-withheld.js';
import * as lookupIndexes from './migrations/0011-lookup-indexes.js';
import * as overdueProjections from './migrations/0012-overdue-projections.js';
import * as holidayLists from './migrations/0020-holiday-lists.js';
import * as auditCheckpoints from './migrations/0040-audit-checkpoints.js';
import * as people from './migrations/0050-people.js';
import * as statements from './migrations/0051-statements.js';
import * as emailOutbox from './migrations/0060-email-outbox.js';
import * as statusIncidentsSubscriptions from './migrations/0061-status-incidents-subscriptions.js';
import * as monitors from './migrations/0070-monitors.js';
import * as componentDailyUptime from './migrations/0090-component-daily-uptime.js';
import * as incidentImpactsEnd from './migrations/0091-incident-impacts-end.js';
import * as maintenanceStages from './migrations/0092-maintenance-stages.js';
import * as monitorAlerts from './migrations/0100-monitor-alerts.js';
import * as monitorTablesClustered from './migrations/0101-monitor-tables-clustered.js';
import * as oneOpenAlert from './migrations/0102-one-open-alert.js';
import * as clockOutcomes from './migrations/0110-clock-outcomes.js';
import * as ticketsByContract from './migrations/0120-tickets-by-contract.js';
import * as noticeRecipients from './migrations/0150-notice-recipients.js';
import * as ticketAssignees from './migrations/0151-ticket-assignees.js';
import * as maintenanceSeries from './migrations/0152-maintenance-series.js';
import * as monitorFailingSpans from './migrations/0160-monitor-failing-spans.js';
import * as statusHistoryIndexes from './migrations/0161-status-history-indexes.js';
import * as clockOutcomeCounts from './migrations/0170-clock-outcome-counts.js';
import * as ticketLockByteOrder from './migrations/0210-ticket-lock-byte-order.js';
import * as ticketWriteChangedOutcomes from './migrations/0211-ticket-write-changed-outcomes.js';
import * as projectionsRoomForUpdates from './migrations/0212-projections-room-for-updates.js';
import * as announceAfterCommit from './migrations/0213-announce-after-commit.js';
import * as incidentsOneResource from './migrations/0180-incidents-one-resource.js';
import * as incidentExpectedEnd from './migrations/0181-incident-expected-end.js';
import * as requestFailuresIndex from './migrations/0190-request-failures-index.js';
import * as statusHistoryCoveringIndex from './migrations/0200-status-history-covering-index.js';
import * as monitorRevision from './migrations/0201-monitor-revision.js';
import * as ticketWriteLock from './migrations/0140-ticket-write-lock.js';
import * as ticketWriteSave from './migrations/0141-ticket-write-save.js';
import { PreparedStatementClient } from './prepared-pg-client.js';
import { sqliteDialect, type SqliteDurability } from './sqlite-dialect.js';
import type { Tables } from './tables.js';

export type Backend = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<Tables>;
  backend: Backend;
  /** SQLite: control over when commits are synced to disk (for the group commit). */
  durability?: SqliteDurability;
  close(): Promise<void>;
}

/** Every migration, in order: one set for both backends. */
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-tokens-audit-contacts': tokensAuditContacts,
  '0003-incidents-exclusions': incidentsExclusions,
  '0004-webhooks': webhooks,
  '0005-idempotency': idempotency,
  '0006-services-maintenance-claims': servicesMaintenanceClaims,
  '0007-token-expiry-contact-removal': tokenExpiryContactRemoval,
  '0008-ticket-events-by-ticket': ticketEventsByTicket,
  '0009-audit-chains': auditChains,
  '0010-idempotency-withheld': idempotencyWithheld,
  '0011-lookup-indexes': lookupIndexes,
  '0012-overdue-projections': overdueProjections,
  '0020-holiday-lists': holidayLists,
  '0040-audit-checkpoints': auditCheckpoints,
  '0050-people': people,
  '0051-statements': statements,
  '0060-email-outbox': emailOutbox,
  '0061-status-incidents-subscriptions': statusIncidentsSubscriptions,
  '0070-monitors': monitors,
  '0090-component-daily-uptime': componentDailyUptime,
  '0091-incident-impacts-end': incidentImpactsEnd,
  '0092-maintenance-stages': maintenanceStages,
  '0100-monitor-alerts': monitorAlerts,
  '0101-monitor-tables-clustered': monitorTablesClustered,
  '0102-one-open-alert': oneOpenAlert,
  '0110-clock-outcomes': clockOutcomes,
  '0120-tickets-by-contract': ticketsByContract,
  '0150-notice-recipients': noticeRecipients,
  '0151-ticket-assignees': ticketAssignees,
  '0152-maintenance-series': maintenanceSeries,
  '0160-monitor-failing-spans': monitorFailingSpans,
  '0161-status-history-indexes': statusHistoryIndexes,
  '0170-clock-outcome-counts': clockOutcomeCounts,
  '0180-incidents-one-resource': incidentsOneResource,
  '0181-incident-expected-end': incidentExpectedEnd,
  '0190-request-failures-index': requestFailuresIndex,
  '0200-status-history-covering-index': statusHistoryCoveringIndex,
  '0201-monitor-revision': monitorRevision,
  '0140-ticket-write-lock': ticketWriteLock,
  '0141-ticket-write-save': ticketWriteSave,
  '0210-ticket-lock-byte-order': ticketLockByteOrder,
  '0211-ticket-write-changed-outcomes': ticketWriteChangedOutcomes,
  '0212-projections-room-for-updates': projectionsRoomForUpdates,
  '0213-announce-after-commit': announceAfterCommit,
};

/**
 * Opens the store: PostgreSQL for a postgres:// URL, otherwise an embedded SQLite file (default
 * ./data/surety.db; ':memory:' for a throwaway one). Durable: on SQLite (WAL mode) no commit
 * resolves before its log is synced to disk.
 */
export function openDatabase(url = './data/surety.db', options: { readOnly?: boolean } = {}): Database {
  if (/^postgres(ql)?:\/\//.test(url)) {
    // BIGINT instants come back as numbers: epoch ms fit exactly in a double.
    pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
    // Named by process, so an operator (or the scale-out test) can tell in pg_stat_activity who holds what.
    const pool = new pg.Pool({
      Client: PreparedStatementClient,
      connectionString: url,
      max: 10,
      application_name: `surety ${process.pid}`,
    });
    // An idle connection the server closed is dropped from the pool and the next query opens another; without a
    // listener the pool's 'error' event would end the process.
    pool.on('error', () => {});
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    return { db, backend: 'postgres', close: () => db.destroy() };
  }
  const path = url.replace(/^sqlite:/, '');
  if (options.readOnly) return readOnlySqlite(path);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  // FULL durability: the dialect syncs the log after each commit, off the event loop (see sqlite-dialect.ts).
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const { dialect, durability } = sqliteDialect(sqlite, path === ':memory:' ? undefined : `${resolve(path)}-wal`);
  const db = new Kysely<Tables>({ dialect });
  return { db, backend: 'sqlite', durability, close: () => db.destroy() };
}

/**
 * A second, read-only connection to a SQLite file that a writer has opened and migrated: in WAL mode it reads the
 * last committed state while the writer goes on, from another thread (api/status/status-page-threads.ts). It
 * never writes, so it has nothing to sync.
 */
function readOnlySqlite(path: string): Database {
  const sqlite = new SQLite(path, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  const { dialect } = sqliteDialect(sqlite, undefined);
  const db = new Kysely<Tables>({ dialect });
  return { db, backend: 'sqlite', close: () => db.destroy() };
}

/**
 * Applies pending migrations, all of them or up to and including `target` (tests of a migration over data);
 * throws with the failing migration's name.
 */
export async function migrate(db: Kysely<Tables>, target?: string): Promise<string[]> {
  // Helpers number their migrations in separate ranges: a store may have run a later number before an earlier one.
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
  });
  const { error, results } = target === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(target);
  const failed = results?.find((r) => r.status === 'Error');
  if (error)
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String((error as Error).message ?? error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
