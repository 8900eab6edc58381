import PDFDocument from 'pdfkit';
import type { Statement } from './issue-statement.js';
import { statementView, type StatementView, type ViewTable } from './statement-view.js';

const MARGIN = 48;
const GREEN = '#2e7d32';
const RED = '#c62828';
const BLUE = '#1565c0';

/**
 * The statement as a PDF, drawn on the server by pdfkit (no browser): text in the standard Helvetica fonts, tables
 * and charts as vector paths. Dated by its issue, so one revision always makes the same document.
 */
export function statementPdf(s: Statement): Promise<Buffer> {
  return viewPdf(statementView(s), new Date(s.issuedAt ?? s.content.period.end));
}

/** Any report laid out as a statement view (the 30-day performance report too), dated `at`. */
export function viewPdf(v: StatementView, at: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: v.title, Author: 'Surety', CreationDate: at },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 2 * MARGIN;

  const heading = (text: string, size = 13) => {
    room(size * 3);
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).fillColor('black').text(text, MARGIN).moveDown(0.2);
  };
  const para = (text: string, size = 9.5, color = 'black') =>
    doc.font('Helvetica').fontSize(size).fillColor(color).text(text, MARGIN, undefined, { width });
  /** Starts a new page when less than `h` points are left. */
  const room = (h: number) => {
    if (doc.y + h > doc.page.height - MARGIN) doc.addPage();
  };
  const table = (t: ViewTable, weights: number[]) => {
    if (!t.rows.length) return para('None.');
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (w / total) * width);
    const row = (cells: string[], bold: boolean) => {
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
      const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }))) + 6;
      room(h);
      const y = doc.y;
      let x = MARGIN;
      cells.forEach((c, i) => {
        doc.rect(x, y, widths[i]!, h).lineWidth(0.5).strokeColor('#bbbbbb').stroke();
        doc.fillColor('black').text(c, x + 3, y + 3, { width: widths[i]! - 6 });
        x += widths[i]!;
      });
      doc.x = MARGIN;
      doc.y = y + h;
    };
    row(t.columns, true);
    for (const r of t.rows) row(r, false);
  };

  doc.font('Helvetica-Bold').fontSize(17).text(v.title);
  doc.moveDown(0.3);
  for (const l of v.subtitle) para(l, 9, '#333333');

  heading('Support performance');
  para(v.support.summary);
  doc.moveDown(0.3);
  table(v.support.table, [1.2, 2, 1, 1, 1.2, 1.2, 1]);
  // A bar per severity and metric: met in green, breached in red, to one scale.
  const bars = v.support.bars;
  if (bars.length) {
    doc.moveDown(0.5);
    const max = Math.max(1, ...bars.map((b) => b.met + b.breached));
    const barWidth = width - 260;
    for (const b of bars) {
      room(16);
      const y = doc.y;
      doc
        .font('Helvetica')
        .fontSize(8)
        .fillColor('black')
        .text(b.label, MARGIN, y + 2, { width: 150 });
      const met = (b.met / max) * barWidth;
      const breached = (b.breached / max) * barWidth;
      if (met) doc.rect(MARGIN + 155, y, met, 11).fill(GREEN);
      if (breached) doc.rect(MARGIN + 155 + met, y, breached, 11).fill(RED);
      doc.fillColor('black').text(`${b.met} met, ${b.breached} breached`, MARGIN + 160 + met + breached, y + 2, {
        width: 100,
      });
      doc.x = MARGIN;
      doc.y = y + 15;
    }
  }

  if (v.breaches) {
    heading('Breaches');
    if (!v.breaches.length) para('None.');
    for (const b of v.breaches) {
      room(30);
      doc.font('Helvetica-Bold').fontSize(8.5).fillColor('black').text(b.heading, MARGIN, undefined, { width });
      for (const l of b.lines) para(`  ${l}`, 7.5, '#444444');
      doc.moveDown(0.3);
    }
  }

  heading('Availability');
  for (const l of v.availability.lines) para(l);
  const budget = v.availability.budget;
  if (budget) {
    // The budget as a bar: the share used, red once it is overspent.
    room(24);
    const y = doc.y + 4;
    doc.rect(MARGIN, y, width, 12).fill('#e0e0e0');
    const used = Math.min(1, budget.usedMs / Math.max(1, budget.allowedMs));
    if (used > 0) doc.rect(MARGIN, y, width * used, 12).fill(budget.usedMs > budget.allowedMs ? RED : BLUE);
    doc.x = MARGIN;
    doc.y = y + 18;
  }
  heading('Outages', 11);
  table(v.availability.outages, [2, 2, 1.2, 1.2, 1.3, 2]);
  heading('Exclusions', 11);
  table(v.availability.exclusions, [1.3, 2, 2, 1.6, 2.2, 2.4]);

  heading('Service credit');
  for (const l of v.credit) para(l);
  if (v.revision.length) {
    heading('Revision');
    for (const l of v.revision) para(l, 8.5);
  }
  doc.end();
  return done;
}
