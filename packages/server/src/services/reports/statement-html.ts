import { escapeHtml as h } from '../outbox/email-template.js';
import type { Statement } from './issue-statement.js';
import { statementView, type StatementView, type ViewTable } from './statement-view.js';

const table = (t: ViewTable) =>
  t.rows.length
    ? `<table><thead><tr>${t.columns.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead><tbody>${t.rows
        .map((r) => `<tr>${r.map((v) => `<td>${h(v)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    : '<p>None.</p>';

/** The statement as a self-contained HTML page (inline style, an SVG chart): to read, print or mail. */
export function statementHtml(s: Statement): string {
  return viewHtml(statementView(s));
}

/** Any report laid out as a statement view (the 30-day performance report too), as a page. */
export function viewHtml(v: StatementView): string {
  const max = Math.max(1, ...v.support.bars.map((b) => b.met + b.breached));
  const bars = v.support.bars
    .map((b, i) => {
      const y = i * 22;
      const met = (b.met / max) * 300;
      const breached = (b.breached / max) * 300;
      return `<text x="0" y="${y + 14}" font-size="12">${h(b.label)}</text><rect x="160" y="${y + 3}" width="${met}" height="14" fill="#2e7d32"/><rect x="${160 + met}" y="${y + 3}" width="${breached}" height="14" fill="#c62828"/><text x="${166 + met + breached}" y="${y + 14}" font-size="11">${b.met} met, ${b.breached} breached</text>`;
    })
    .join('');
  const chart = v.support.bars.length
    ? `<svg role="img" aria-label="Clocks met and breached per severity and metric" width="620" height="${v.support.bars.length * 22 + 4}">${bars}</svg>`
    : '';
  const budget = v.availability.budget;
  const burn = budget
    ? `<svg role="img" aria-label="Downtime budget used" width="420" height="24"><rect x="0" y="4" width="400" height="16" fill="#e0e0e0"/><rect x="0" y="4" width="${Math.min(400, (400 * budget.usedMs) / Math.max(1, budget.allowedMs))}" height="16" fill="${budget.usedMs > budget.allowedMs ? '#c62828' : '#1565c0'}"/></svg>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${h(v.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#1a1a1a}table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;font-size:.9em}.why{font-size:.85em;color:#444}</style>
</head><body>
<h1>${h(v.title)}</h1>
${v.subtitle.map((l) => `<p>${h(l)}</p>`).join('\n')}
<h2>Support performance</h2><p>${h(v.support.summary)}</p>${table(v.support.table)}${chart}
${
  v.breaches === null
    ? ''
    : `<h2>Breaches</h2>${
        v.breaches.length
          ? v.breaches
              .map(
                (b) =>
                  `<h3>${h(b.heading)}</h3><ul class="why">${b.lines.map((l) => `<li>${h(l)}</li>`).join('')}</ul>`,
              )
              .join('\n')
          : '<p>None.</p>'
      }`
}
<h2>Availability</h2>${v.availability.lines.map((l) => `<p>${h(l)}</p>`).join('')}${burn}
<h3>Outages</h3>${table(v.availability.outages)}
<h3>Exclusions</h3>${table(v.availability.exclusions)}
<h2>Service credit</h2>${v.credit.map((l) => `<p>${h(l)}</p>`).join('')}
${v.revision.length ? `<h2>Revision</h2>${v.revision.map((l) => `<p>${h(l)}</p>`).join('')}` : ''}
</body></html>
`;
}
