import { ContractError, formatIssue } from '@surety/engine';

/** Runs a command body; a ContractError prints its located issues and exits 1. */
export async function withContractErrors(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    if (!(e instanceof ContractError)) throw e;
    for (const issue of e.issues) process.stderr.write(formatIssue(issue) + '\n');
    process.exitCode = 1;
  }
}

/** A usage problem with an option's value: names the option and what was expected. */
export function fail(option: string, message: string): never {
  throw new Error(`${option}: ${message}`);
}
