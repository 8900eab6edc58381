import { compileContract, parseContract } from './compile-contract.js';
import type { ContractIssue } from './contract-issue.js';
import type { ContractDoc } from './contract-schema.js';

export interface ContractParameter {
  name: string;
  type: string;
  description: string;
  clause: string | null;
  /** The order form must give it: the contract uses it and declares no default. */
  required: boolean;
}

/** What a contract file says about itself before any order form: its id, names, and what order forms must supply. */
export interface ContractOutline {
  doc?: ContractDoc;
  /** Parameters the order form must supply before the contract can be evaluated. */
  awaitingOrderForm: string[];
  parameters: ContractParameter[];
  /** Problems other than parameters awaiting an order form: a contract with any cannot be published. */
  blocking: ContractIssue[];
}

/**
 * Compiles a contract alone. A contract whose calendars await an order form does not compile alone, so its
 * document is then read by parsing only; both publishing and reading a published contract rely on this.
 */
export function outlineContract(source: string): ContractOutline {
  const text = { file: 'contract', text: source };
  const result = compileContract(text);
  const awaiting = new Set([
    ...result.issues.flatMap((i) => (i.missingParameter ? [i.missingParameter] : [])),
    ...(result.contract?.availabilityAwaits ?? []),
  ]);
  const doc = result.contract?.doc ?? parseContract(text).doc;
  return {
    doc,
    awaitingOrderForm: [...awaiting],
    parameters: Object.entries(doc?.parameters ?? {}).map(([name, p]) => ({
      name,
      type: p.type,
      description: p.description,
      clause: p.clause ?? null,
      required: awaiting.has(name),
    })),
    blocking: result.issues.filter((i) => !i.missingParameter),
  };
}
