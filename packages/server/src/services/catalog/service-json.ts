import type { ComponentRow, ServiceRow } from '../../storage/repositories/service-repository.js';
import { wireInstant } from '../core/instants.js';

export interface ServiceJson {
  id: string;
  name: string;
  description: string;
  createdAt: string;
  updatedAt: string;
}

export interface ComponentJson {
  serviceId: string;
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

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
