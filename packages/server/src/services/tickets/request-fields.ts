import { z } from 'zod';
import type { ContractDoc } from '@surety/engine';
import { ServiceError } from '../core/service-context.js';

/** A field the contract asks of a request that has not been given (or was given blank). */
export const missingFieldSchema = z.object({
  id: z.string(),
  label: z.string(),
  clause: z.string().nullable().describe('the clause that asks for it, when the contract cites one'),
});
export type MissingField = z.infer<typeof missingFieldSchema>;

const given = (value: string | undefined) => value !== undefined && value.trim() !== '';

/**
 * Checks the fields given with a request against its contract: a choice must be one of the contract's, and a field
 * the contract requires must be there when the request is opened and cannot be blanked later. Fields the contract
 * only asks for (SecurEnvoy's "Error data which may include ...") never stop a request: they are shown as missing
 * until given. Fields supplied later must be ones the contract asks for.
 */
export function checkRequestFields(
  doc: ContractDoc,
  fields: Readonly<Record<string, string>>,
  when: 'opening' | 'supplying',
): void {
  const declared = doc.request_fields ?? [];
  for (const f of declared) {
    const value = fields[f.id];
    const absent = when === 'opening' ? !given(value) : value !== undefined && !given(value);
    if (f.required && absent)
      throw new ServiceError('invalid', `the contract requires '${f.label}' (${f.id})`, `/fields/${f.id}`);
    if (f.choices && value !== undefined && !f.choices.includes(value))
      throw new ServiceError('invalid', `'${f.id}' must be one of: ${f.choices.join(', ')}`, `/fields/${f.id}`);
  }
  if (when === 'supplying') {
    const unknown = Object.keys(fields).find((id) => !declared.some((f) => f.id === id));
    if (unknown !== undefined) {
      const asked = declared.map((f) => f.id).join(', ') || 'none';
      throw new ServiceError(
        'invalid',
        `the contract asks for no field '${unknown}' (it asks for: ${asked})`,
        `/fields/${unknown}`,
      );
    }
  }
}

/** The fields the contract asks for that the request does not have yet, in the contract's order. */
export function missingFields(doc: ContractDoc, fields: Readonly<Record<string, string>>): MissingField[] {
  return (doc.request_fields ?? [])
    .filter((f) => !given(fields[f.id]))
    .map((f) => ({ id: f.id, label: f.label, clause: f.clause ?? null }));
}
