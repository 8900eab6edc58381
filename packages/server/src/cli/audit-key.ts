import { generateKeyPairSync } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { auditKeyFromPem, type AuditCheckpoint, type AuditKey } from '../services/audit/checkpoints.js';
import type { Store } from '../services/core/store.js';
import { startAuditCheckpoints, type AuditCheckpointer } from '../worker/audit-checkpointer.js';

/**
 * The audit key lives in a file outside the database (default ./data/audit-key.pem, mode 0600): someone who can
 * write the database but not read this file cannot sign a checkpoint. It is made on first start.
 */
export function loadAuditKey(path: string, { create }: { create: boolean }): { key: AuditKey; created: boolean } {
  if (!existsSync(path)) {
    if (!create) throw new Error(`--audit-key: no key file at ${path}`);
    const { privateKey } = generateKeyPairSync('ed25519');
    mkdirSync(dirname(path), { recursive: true });
    // Written whole under a name of its own, then linked into place: processes starting together (serve and
    // workers) agree on one key, the first to link it, and none reads a half-written file.
    const draft = `${path}.${process.pid}.tmp`;
    writeFileSync(draft, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    let created = true;
    try {
      linkSync(draft, path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      created = false;
    } finally {
      unlinkSync(draft);
    }
    return { key: auditKeyFromPem(readFileSync(path, 'utf8')), created };
  }
  try {
    return { key: auditKeyFromPem(readFileSync(path, 'utf8')), created: false };
  } catch (e) {
    throw new Error(`--audit-key: ${path} is not an ed25519 key in PEM: ${(e as Error).message}`, { cause: e });
  }
}

export function publicKeyPem(key: AuditKey): string {
  return key.publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

/** The newest checkpoint is also kept beside the key, so that removing checkpoints from the database shows. */
const newestPath = (keyPath: string) => `${keyPath}.newest-checkpoint.json`;

export function saveNewestCheckpoint(keyPath: string, checkpoint: AuditCheckpoint): void {
  const path = newestPath(keyPath);
  const draft = `${path}.${process.pid}.tmp`;
  writeFileSync(draft, JSON.stringify(checkpoint) + '\n');
  renameSync(draft, path);
}

export function readNewestCheckpoint(keyPath: string): AuditCheckpoint | undefined {
  const path = newestPath(keyPath);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as AuditCheckpoint) : undefined;
}

/**
 * `surety serve` and `surety worker`: loads (or makes) the audit key, prints where it is and its public half
 * when new, and signs a checkpoint every --audit-checkpoint-minutes, keeping the newest beside the key.
 */
export function startSignedCheckpoints(
  store: Store,
  opts: { auditKey: string; auditCheckpointMinutes: string },
  log: { error(e: unknown): void },
): { checkpoints: AuditCheckpointer; announce: string } {
  const minutes = Number(opts.auditCheckpointMinutes);
  if (!(minutes > 0)) {
    throw new Error(
      `--audit-checkpoint-minutes: expected a number of minutes above 0, got '${opts.auditCheckpointMinutes}'`,
    );
  }
  const { key, created } = loadAuditKey(opts.auditKey, { create: true });
  const checkpoints = startAuditCheckpoints(store, key, minutes * 60_000, {
    written: (checkpoint) => saveNewestCheckpoint(opts.auditKey, checkpoint),
    error: (e) => log.error(e),
  });
  const announce =
    `  audit key ${key.keyId} (${opts.auditKey}${created ? ', made now: keep a copy of its public key elsewhere' : ''})\n` +
    (created ? publicKeyPem(key).replace(/^/gm, '    ') : '');
  return { checkpoints, announce };
}
