import { z } from 'zod';
import type { ComponentRow, ServiceRow } from '../../storage/repositories/service-repository.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';

/** One of the provider's services. */
export const serviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: instantText,
  updatedAt: instantText,
});
export type ServiceJson = z.infer<typeof serviceSchema>;

/** A component of a service (SecurEnvoy's administration portal, Invoca's call routing). */
export const componentSchema = z.object({
  serviceId: z.string(),
  id: z.string(),
  name: z.string(),
  createdAt: instantText,
  updatedAt: instantText,
});
export type ComponentJson = z.infer<typeof componentSchema>;

export function serviceJson(row: ServiceRow): ServiceJson {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    createdAt: wireInstant(row.created_at),
    updatedAt: wireInstant(row.updated_at),
  };
}

export function componentJson(row: ComponentRow): ComponentJson {
  return {
    serviceId: row.service_id,
    id: row.id,
    name: row.name,
    createdAt: wireInstant(row.created_at),
    updatedAt: wireInstant(row.updated_at),
  };
}
