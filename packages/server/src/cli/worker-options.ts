import { Option, type Command } from 'commander';
import { DEFAULT_LIST_WARNING_DAYS } from '../services/calendars/list-end-warnings.js';
import type { StoreOptions } from '../services/core/store.js';

/** The database flag and the job-queue tuning that `surety serve` and `surety worker` share. */
export interface SharedWorkOptions {
  database: string;
  leaseSeconds: string;
  superviseSeconds: string;
  smtpUrl?: string;
  mailFrom: string;
  publicUrl: string;
  sampleDays: string;
  auditKey: string;
  auditCheckpointMinutes: string;
  holidayListWarningDays: string;
}

export function addSharedWorkOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--database <url>', 'postgres://… or a SQLite file').env('DATABASE_URL').default('./data/surety.db'),
    )
    .addOption(
      new Option('--lease-seconds <s>', 'PostgreSQL: a job a dead worker held is retried by another after this')
        .env('SURETY_LEASE_SECONDS')
        .default('30'),
    )
    .addOption(
      new Option(
        '--smtp-url <url>',
        'smtp://user:pass@host:port (or smtps://): without it email waits in the outbox',
      ).env('SMTP_URL'),
    )
    .addOption(
      new Option('--mail-from <address>', 'the From address of every email')
        .env('SURETY_MAIL_FROM')
        .default('Surety <surety@localhost>'),
    )
    .addOption(
      new Option(
        '--public-url <url>',
        'where readers reach this server: the base of links in email (status page, unsubscribe)',
      )
        .env('SURETY_PUBLIC_URL')
        .default('http://127.0.0.1:8080'),
    )
    .addOption(auditKeyOption())
    .addOption(
      new Option('--audit-checkpoint-minutes <m>', 'how often a signed checkpoint of the audit log is written')
        .env('SURETY_AUDIT_CHECKPOINT_MINUTES')
        .default('10'),
    )
    .addOption(
      new Option('--supervise-seconds <s>', 'PostgreSQL: how often expired leases are looked for')
        .env('SURETY_SUPERVISE_SECONDS')
        .default('5'),
    )
    .addOption(
      new Option('--holiday-list-warning-days <n>', 'admins are emailed this many days before a holiday list runs out')
        .env('SURETY_HOLIDAY_LIST_WARNING_DAYS')
        .default(String(DEFAULT_LIST_WARNING_DAYS)),
    )
    .addOption(
      new Option('--sample-days <n>', "days monitors' raw samples are kept (rollups and state changes stay)")
        .env('SURETY_SAMPLE_DAYS')
        .default('7'),
    );
}

export function holidayListWarningDays(opts: SharedWorkOptions): number {
  return positive(opts.holidayListWarningDays, '--holiday-list-warning-days', 'days');
}

export function sampleDays(opts: SharedWorkOptions): number {
  return positive(opts.sampleDays, '--sample-days', 'days');
}

/** The audit log's signing key: a file outside the database, made on first start (cli/audit-key.ts). */
export function auditKeyOption(): Option {
  return new Option('--audit-key <file>', "ed25519 key (PEM) that signs the audit log's checkpoints")
    .env('SURETY_AUDIT_KEY')
    .default('./data/audit-key.pem');
}

export function jobQueueOptions(opts: SharedWorkOptions, onError: (e: unknown) => void): StoreOptions {
  if (!/^https?:\/\/[^/]/.test(opts.publicUrl))
    throw new Error(`--public-url: expected an http:// or https:// URL, got '${opts.publicUrl}'`);
  return {
    publicUrl: opts.publicUrl,
    jobQueue: {
      leaseSeconds: positive(opts.leaseSeconds, '--lease-seconds'),
      superviseSeconds: positive(opts.superviseSeconds, '--supervise-seconds'),
      onError,
    },
  };
}

function positive(value: string, flag: string, unit = 'seconds'): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag}: expected a whole number of ${unit} ≥ 1, got '${value}'`);
  return n;
}
