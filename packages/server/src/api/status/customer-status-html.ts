import type { CustomerStatusPage } from '../../services/status/customer-status-page.js';
import { esc, page, timeTag } from './html.js';
import { componentCard, incidentHtml, maintenanceHtml } from './status-page-html.js';

/** A customer's private status page, server-rendered like the public one (no JavaScript needed). */
export function customerStatusHtml(p: CustomerStatusPage): string {
  const contracts = p.contracts
    .map(
      (c) => `<section aria-labelledby="contract-${esc(c.contractId)}">
<div class="row"><h2 id="contract-${esc(c.contractId)}">${esc(c.title)}</h2>${
        c.met === null
          ? ''
          : `<span class="state ${c.met ? 's-operational' : 's-major_outage'}">${c.met ? 'On target' : 'Below target'}</span>`
      }</div>
<p>${
        c.uptime === null
          ? `<span class="muted">No figure for ${esc(c.period)}: ${esc(c.note ?? 'not measured')}.</span>`
          : `Your uptime in ${esc(c.period)} so far: <strong>${esc(c.uptime)}</strong> against a target of ${esc(c.target ?? '—')}, measured as this contract measures it.`
      }</p>
${c.components.map(componentCard).join('') || '<p class="muted">No components.</p>'}
</section>`,
    )
    .join('');
  const body = `
<h1>${esc(p.customerName)}: service status</h1>
<p class="muted" id="tz-note">Times are shown in UTC.</p>
${p.ongoing.length ? `<h2>Ongoing incidents</h2>\n${p.ongoing.map(incidentHtml).join('')}\n` : ''}${contracts || '<p class="muted">No contracts are assigned yet.</p>'}
<h2>Maintenance notices</h2>
${p.maintenance.length ? p.maintenance.map(maintenanceHtml).join('') : '<p class="muted">No maintenance in the last 30 days or to come.</p>'}
<footer><p>Private page of ${esc(p.customerName)}. Updated ${timeTag(p.now)}. <a href="/status">Public status page</a></p></footer>`;
  return page(`${p.customerName}: service status`, body, '<meta name="robots" content="noindex">');
}
