import { randomUUID } from 'node:crypto';
import { EXCLUSION_CATEGORIES, type ExclusionCategory } from '@surety/engine';
import { insertExclusion } from '../../storage/repositories/availability-repository.js';
import { findCustomer } from '../../storage/repositories/customer-repository.js';
import { recordAudit } from '../audit/log.js';
import { requireStaffWrite } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { checkServiceReference, type ServiceReference } from '../catalog/service-references.js';
import { writeTransaction } from '../core/write-transaction.js';
import { exclusionJson, type ExclusionJson } from './input-json.js';

export interface ExclusionInput extends ServiceReference {
  customerId?: string;
  start: number;
  end: number;
  category: string;
  reason: string;
  noticeAt?: number;
  communicatedAt?: number;
}

/**
 * Records an exclusion, for every customer or for one; whether a contract honours it is decided per report. Answered
 * as GET /exclusions/{id} shows it.
 */
export async function recordExclusion(ctx: ServiceContext, input: ExclusionInput): Promise<ExclusionJson> {
  requireStaffWrite(ctx);
  if (input.end <= input.start) throw new ServiceError('invalid', 'end is not after start', 'end');
  if (!EXCLUSION_CATEGORIES.includes(input.category as ExclusionCategory)) {
    throw new ServiceError('invalid', `category must be one of ${EXCLUSION_CATEGORIES.join(', ')}`, 'category');
  }
  if (input.customerId !== undefined && !(await findCustomer(ctx.db, input.customerId)))
    throw new ServiceError('not_found', `no customer ${input.customerId}`, 'customerId');
  const id = randomUUID();
  return writeTransaction(ctx, async (trx) => {
    await checkServiceReference(trx, input);
    const row = {
      id,
      customer_id: input.customerId ?? null,
      start: input.start,
      end: input.end,
      category: input.category,
      reason: input.reason,
      notice_at: input.noticeAt ?? null,
      communicated_at: input.communicatedAt ?? null,
      service_id: input.serviceId ?? null,
      component_id: input.componentId ?? null,
      cancelled_at: null,
      cancelled_by: null,
      created_at: ctx.now(),
    };
    await insertExclusion(trx, row);
    await recordAudit(trx, ctx, 'exclusion.recorded', `exclusion:${id}`, input);
    return exclusionJson(row);
  });
}
