/** A monthly statement as issued (one row per revision, never updated). */
export interface StatementTable {
  customer_id: string;
  contract_id: string;
  period: string;
  revision: number;
  issued_at: number;
  hash: string; // SHA-256 of `content`
  content: string; // JSON of the statement's content
  changes: string; // JSON: what changed since the previous revision, and why (empty for the first)
}

export interface ReportTables {
  statements: StatementTable;
}
