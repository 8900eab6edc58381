import type { Statement } from './issue-statement.js';
import { statementCsv } from './statement-csv.js';
import { statementHtml } from './statement-html.js';
import { statementPdf } from './statement-pdf.js';

export const STATEMENT_FORMATS = ['json', 'html', 'pdf', 'csv'] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];

export interface RenderedStatement {
  statement: Statement;
  contentType: string;
  fileName: string;
  body: Buffer | string | Statement;
}

/** A statement in one of its formats, with the media type and a file name to save it under. */
export async function renderStatement(statement: Statement, format: StatementFormat): Promise<RenderedStatement> {
  const c = statement.content;
  const base = `statement-${c.customer.id}-${c.contract.id}-${c.period.label}${statement.revision ? `-r${statement.revision}` : '-draft'}`;
  switch (format) {
    case 'json':
      return { statement, contentType: 'application/json', fileName: `${base}.json`, body: statement };
    case 'html':
      return {
        statement,
        contentType: 'text/html; charset=utf-8',
        fileName: `${base}.html`,
        body: statementHtml(statement),
      };
    case 'csv':
      return {
        statement,
        contentType: 'text/csv; charset=utf-8',
        fileName: `${base}.csv`,
        body: statementCsv(statement),
      };
    case 'pdf':
      return {
        statement,
        contentType: 'application/pdf',
        fileName: `${base}.pdf`,
        body: await statementPdf(statement),
      };
  }
}
