import { outlineContract, parseContract, type ContractDoc } from '@surety/engine';
import { z } from 'zod';
import type { ContractVersionRow } from '../../storage/repositories/contract-repository.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';

/** Every stored version passed validation when it was published, so its document is always there. */
export function docOf(row: ContractVersionRow): ContractDoc {
  const { doc } = parseContract({ file: `${row.contract_id}@${row.version}`, text: row.source });
  if (!doc) throw new Error(`stored contract ${row.contract_id}@${row.version} no longer parses`);
  return doc;
}

const customers = z.array(z.string()).describe("the customers assigned it (a customer contact's holds its own)");

/** GET /contracts/{id}/versions/{version}: one version of a contract as published; POST /contracts answers it. */
export const contractVersionSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  provider: z.string(),
  publishedAt: instantText,
  source: z.string().describe('the contract YAML as published'),
  awaitingOrderForm: z.array(z.string()).describe('parameters each order form must supply'),
  parameters: z.array(
    z.object({
      name: z.string(),
      type: z.string(),
      description: z.string(),
      clause: z.string().nullable(),
      required: z.boolean().describe('the order form must give it (used, and no default)'),
    }),
  ),
  severities: z
    .array(z.object({ id: z.string(), name: z.string(), definition: z.string() }))
    .describe("the contract's severity levels, in its order"),
  requestFields: z
    .array(
      z.object({
        id: z.string(),
        label: z.string(),
        required: z.boolean().describe('needed to open a request; the others are asked for and shown as missing'),
        type: z.enum(['text', 'contact', 'choice']),
        choices: z.array(z.string()).nullable(),
        clause: z.string().nullable(),
      }),
    )
    .describe('what a request under the contract is asked to give'),
});
export type ContractVersionJson = z.infer<typeof contractVersionSchema>;

/** GET /contracts/{id}: the latest version with its versions and the customers assigned it. */
export const contractSchema = contractVersionSchema.extend({
  customers,
  versions: z.array(z.object({ version: z.number().int(), publishedAt: instantText })),
});
export type ContractJson = z.infer<typeof contractSchema>;

/** A contract in the list: its latest version's names. */
export const contractSummarySchema = z.object({
  id: z.string(),
  version: z.number().int().describe('the latest'),
  title: z.string(),
  provider: z.string(),
  publishedAt: instantText,
  customers,
});
export type ContractSummaryJson = z.infer<typeof contractSummarySchema>;

/**
 * A version as the API shows it. `outline` is what the file says about itself, when the caller has it already
 * (publishing outlines a large file off the event loop).
 */
export function versionJson(row: ContractVersionRow, outline = outlineContract(row.source)): ContractVersionJson {
  const doc = outline.doc ?? docOf(row);
  return {
    id: row.contract_id,
    version: row.version,
    title: doc.contract.title,
    provider: doc.contract.provider,
    publishedAt: wireInstant(row.created_at),
    source: row.source,
    awaitingOrderForm: outline.awaitingOrderForm,
    parameters: outline.parameters,
    severities: doc.severities.levels.map((l) => ({ id: l.id, name: l.name, definition: l.definition })),
    requestFields: (doc.request_fields ?? []).map((f) => ({
      id: f.id,
      label: f.label,
      required: f.required,
      type: f.type ?? (f.choices ? 'choice' : 'text'),
      choices: f.choices ?? null,
      clause: f.clause ?? null,
    })),
  };
}
