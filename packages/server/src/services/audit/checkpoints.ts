import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import {
  auditChainHeads,
  auditCheckpoints,
  insertAuditCheckpoint,
  latestAuditCheckpoint,
  lockAuditCheckpoints,
} from '../../storage/repositories/audit-repository.js';
import type { AuditCheckpointTable } from '../../storage/tables.js';
import type { ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';

/**
 * Signed checkpoints of the audit log. A hash chain shows an entry edited or removed from the middle, but not
 * the newest entries removed, nor a history rewritten with every later hash recomputed: whoever can write the
 * database can do both. A checkpoint states each chain's length and head hash, signed (ed25519) with a key
 * kept outside the database; verification then requires every chain to still hold, at each checkpoint's
 * length, the head it signed. Checkpoints are numbered and each names the digest of the one before, so one
 * removed from the middle shows; the newest is also kept outside the database (the caller saves it).
 */
export interface AuditKey {
  /** Absent when only verifying. */
  privateKey?: KeyObject;
  publicKey: KeyObject;
  keyId: string;
}

export interface CheckpointBody {
  number: number;
  at: number;
  /** SHA-256 of the previous checkpoint's body, null for the first. */
  previous: string | null;
  chains: { chain: number; length: number; head: string }[];
}

export type AuditCheckpoint = AuditCheckpointTable;

/** The key's id: what a checkpoint names as its signer, and what an operator compares to a published key. */
export function auditKeyId(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/** An audit key from its PEM text: a private key (signs and verifies) or a public one (verifies only). */
export function auditKeyFromPem(pem: string): AuditKey {
  const privateKey = pem.includes('PRIVATE KEY') ? createPrivateKey(pem) : undefined;
  const publicKey = createPublicKey(privateKey ?? pem);
  return { privateKey, publicKey, keyId: auditKeyId(publicKey) };
}

const digest = (body: string) => createHash('sha256').update(body).digest('hex');

/** Signs each chain's length and head as they are now, as the next checkpoint. */
export async function writeAuditCheckpoint(ctx: ServiceContext, key: AuditKey): Promise<AuditCheckpoint> {
  if (!key.privateKey) throw new Error('writing an audit checkpoint needs the private key');
  const privateKey = key.privateKey;
  return writeTransaction(ctx, async (trx) => {
    await lockAuditCheckpoints(trx);
    const last = await latestAuditCheckpoint(trx);
    const body: CheckpointBody = {
      number: (last?.number ?? 0) + 1,
      at: ctx.now(),
      previous: last ? digest(last.body) : null,
      chains: await auditChainHeads(trx),
    };
    const text = JSON.stringify(body);
    const row: AuditCheckpoint = {
      number: body.number,
      at: body.at,
      key_id: key.keyId,
      body: text,
      signature: sign(null, Buffer.from(text), privateKey).toString('base64'),
    };
    await insertAuditCheckpoint(trx, row);
    return row;
  });
}

export interface CheckedCheckpoints {
  bodies: CheckpointBody[];
  /** The first problem with the checkpoints themselves. */
  problem?: string;
}

/**
 * The database's checkpoints, each checked: signed by this key, numbered 1, 2, … with none missing, each naming
 * the one before, and (when the newest checkpoint saved outside the database is given) none newer removed.
 */
export async function checkedCheckpoints(
  ctx: ServiceContext,
  publicKey: KeyObject,
  newestKnown?: AuditCheckpoint,
): Promise<CheckedCheckpoints> {
  const rows = await auditCheckpoints(ctx.db);
  const bodies: CheckpointBody[] = [];
  let previous: string | null = null;
  for (const [i, row] of rows.entries()) {
    const fail = (why: string) => ({ bodies, problem: `checkpoint ${row.number}: ${why}` });
    if (!verify(null, Buffer.from(row.body), publicKey, Buffer.from(row.signature, 'base64'))) {
      return fail('its signature does not match its content and the audit key (the checkpoint was forged or edited)');
    }
    const body = JSON.parse(row.body) as CheckpointBody;
    if (body.number !== i + 1 || row.number !== body.number) {
      return fail(`expected checkpoint ${i + 1} here: a checkpoint before it was removed`);
    }
    if (body.previous !== previous) return fail('it does not name the checkpoint before it (one was replaced)');
    previous = digest(row.body);
    bodies.push(body);
  }
  if (newestKnown) {
    const kept = rows.find((r) => r.number === newestKnown.number);
    if (!kept) {
      return {
        bodies,
        problem: `checkpoint ${newestKnown.number}, saved outside the database, is missing from it (checkpoints were removed)`,
      };
    }
    if (kept.body !== newestKnown.body) {
      return {
        bodies,
        problem: `checkpoint ${newestKnown.number} differs from the copy saved outside the database`,
      };
    }
  }
  return { bodies };
}
