import { z } from 'zod';
import { findAvailabilitySource, saveAvailabilitySource } from '../../storage/repositories/monitor-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { recordAudit } from '../audit/log.js';
import { contractFor } from '../contracts/compiled-contracts.js';
import { requireAdmin, requireVisible } from '../core/permissions.js';
import type { ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { checkComponent } from './create.js';
import { wireInstant } from '../core/instants.js';
import { instantText } from '../core/instant-codec.js';

export const coveredComponent = z.strictObject({
  serviceId: z.string().max(64),
  componentId: z.string().max(64).nullable().default(null).describe('null: every monitor of the service'),
});

/** Which source rules a contract's availability for a customer, and the components its monitors cover. */
export const availabilitySourceSchema = z.object({
  customerId: z.string(),
  contractId: z.string(),
  rules: z
    .enum(['incidents', 'monitors', 'both'])
    .describe('incidents: declared incidents only; monitors: what Surety measured; both: their union'),
  components: z.array(coveredComponent),
  updatedAt: instantText.nullable(),
});

export type AvailabilitySourceJson = z.infer<typeof availabilitySourceSchema>;
export type CoveredComponent = z.infer<typeof coveredComponent>;

/** The setting, or its default: declared incidents rule until monitors are chosen. */
export async function readAvailabilitySource(
  db: Executor,
  customerId: string,
  contractId: string,
): Promise<AvailabilitySourceJson> {
  const row = await findAvailabilitySource(db, customerId, contractId);
  if (!row) return { customerId, contractId, rules: 'incidents', components: [], updatedAt: null };
  return {
    customerId,
    contractId,
    rules: row.source as AvailabilitySourceJson['rules'],
    components: JSON.parse(row.components) as CoveredComponent[],
    updatedAt: wireInstant(row.updated_at),
  };
}

export async function getAvailabilitySource(
  ctx: ServiceContext,
  customerId: string,
  contractId: string,
): Promise<AvailabilitySourceJson> {
  requireVisible(ctx, customerId, `customer ${customerId}`);
  await contractFor(ctx.db, ctx.caches.compiledContracts, customerId, contractId);
  return readAvailabilitySource(ctx.db, customerId, contractId);
}

export async function setAvailabilitySource(
  ctx: ServiceContext,
  customerId: string,
  contractId: string,
  input: { rules: AvailabilitySourceJson['rules']; components: CoveredComponent[] },
): Promise<AvailabilitySourceJson> {
  requireAdmin(ctx);
  await contractFor(ctx.db, ctx.caches.compiledContracts, customerId, contractId);
  for (const c of input.components) await checkComponent(ctx.db, c.serviceId, c.componentId);
  const now = ctx.now();
  await writeTransaction(ctx, async (trx) => {
    await saveAvailabilitySource(trx, {
      customer_id: customerId,
      contract_id: contractId,
      source: input.rules,
      components: JSON.stringify(input.components),
      updated_at: now,
    });
    await recordAudit(trx, ctx, 'availability_source.set', `customer:${customerId}`, { contractId, ...input });
  });
  return { customerId, contractId, ...input, updatedAt: wireInstant(now) };
}
