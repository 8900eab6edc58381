/** One problem found in a contract or order form: where it is and what was expected. */
export interface ContractIssue {
  file: string;
  line: number; // 1-based; 0 when the place is not in a file
  column: number; // 1-based
  /** JSON pointer of the value in the document, e.g. /plans/standard/targets/S1/first_response/within */
  pointer: string;
  message: string;
}

export function formatIssue(issue: ContractIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
  return `${where}: ${issue.pointer || '/'}: ${issue.message}`;
}

/** Thrown by compile and evaluation when a contract, order form or input cannot be used as given. */
export class ContractError extends Error {
  constructor(readonly issues: ContractIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ContractError';
  }
}

export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
