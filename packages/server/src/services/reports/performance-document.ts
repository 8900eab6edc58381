import type { PerformanceReportJson } from './performance-report.js';
import { viewHtml } from './statement-html.js';
import { viewPdf } from './statement-pdf.js';
import { availabilityView, when, type StatementView } from './statement-view.js';

/** TechJutsu §7.2's 30-day performance report laid out as a statement is (no breaches section, no credit). */
function performanceView(r: PerformanceReportJson): StatementView {
  return {
    title: `Performance report: ${r.customerId}, previous 30 days`,
    subtitle: [
      `Contract ${r.contractId}. ${r.clause}`,
      `From ${when(r.range.from)} to ${when(r.range.to)}, requested ${when(r.requestedAt)}`,
    ],
    support: {
      summary: `${r.tickets} request(s) opened in the 30 days.`,
      table: {
        columns: ['Severity', 'Metric', 'Met', 'Breached', 'Running', 'Other'],
        rows: r.clocks.map((c) => [
          c.severity,
          c.clock,
          String(c.met),
          String(c.breached),
          String(c.running),
          String(c.other),
        ]),
      },
      bars: r.clocks.map((c) => ({ label: `${c.severity} ${c.clock}`, met: c.met, breached: c.breached })),
    },
    breaches: null,
    availability: availabilityView(r.availability),
    credit: ['Service credits are per calendar month: see the monthly statement.'],
    revision: [],
  };
}

export const performanceHtml = (r: PerformanceReportJson) => viewHtml(performanceView(r));
export const performancePdf = (r: PerformanceReportJson) => viewPdf(performanceView(r), new Date(r.requestedAt));
