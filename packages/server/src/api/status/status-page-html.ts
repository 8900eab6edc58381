import type { ComponentState, ComponentStatus, StatusPage } from '../../services/status/status-page.js';
import type { IncidentJson } from '../../services/incidents/incident-json.js';
import type { MaintenanceJson } from '../../services/maintenance/maintenance-json.js';
import { esc, pageParts, percent, timeTag, utcDay } from './html.js';

export const STATE_TEXT: Record<ComponentState, string> = {
  operational: 'Operational',
  degraded: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
  maintenance: 'Under maintenance',
};

const BANNER: Record<ComponentState, string> = {
  operational: 'All systems operational',
  degraded: 'Some systems are degraded',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
  maintenance: 'Maintenance in progress',
};

function stateBadge(state: ComponentState): string {
  return `<span class="state s-${state}">${STATE_TEXT[state]}</span>`;
}

/**
 * 90 bars, one per UTC day; a reader without sight gets the figures in text, not 90 images. Only a day with outage or
 * without data has its own label (a tooltip): a full day says nothing the colour does not, and 4,500 labels of
 * "100.000%" were most of the page's bytes (50 components, docs/benchmarks.md).
 */
function uptimeBars(c: ComponentStatus): string {
  // Built by concatenation, not 90 strings joined: 4,500 bars a page, most of them full days.
  let bars = '';
  let down = 0;
  for (const d of c.days) {
    if (d.uptime !== null && d.outageMs === 0) {
      bars += '<i></i>';
      continue;
    }
    if (d.outageMs > 0) down++;
    const cls = d.uptime === null ? 'u-none' : d.uptime < 0.99 ? 'u-down' : 'u-partial';
    const label = d.uptime === null ? 'no data' : `${percent(d.uptime)}, ${Math.round(d.outageMs / 60_000)} min outage`;
    bars += `<i class="${cls}" title="${utcDay(d.start)}: ${label}"></i>`;
  }
  const summary = `${c.uptime === null ? 'no data' : `${percent(c.uptime)} uptime`} over ${c.days.length} days; ${down} day(s) with outage`;
  return `<div class="bars" role="img" aria-label="${esc(`${c.name}: ${summary}`)}">${bars}</div>
<div class="axis" aria-hidden="true"><span>${c.days.length} days ago</span><span>${c.uptime === null ? '' : percent(c.uptime)}</span><span>Today</span></div>`;
}

export function componentCard(c: ComponentStatus): string {
  return `<div class="card">
<div class="row"><h3>${esc(c.name)}</h3>${stateBadge(c.state)}</div>
${uptimeBars(c)}
</div>`;
}

export function incidentHtml(i: IncidentJson): string {
  const updates = [...i.updates]
    .reverse()
    .map(
      (u) =>
        `<li><strong>${esc(u.status)}</strong> &middot; ${timeTag(Date.parse(u.at))}<br>${esc(u.text)}${
          u.components.length
            ? `<br><span class="muted">Affects ${u.components.map((c) => esc(c.componentId ? `${c.serviceId}/${c.componentId}` : c.serviceId)).join(', ')}${u.fraction ? ` &middot; ${Math.round(u.fraction * 100)}% of users` : ''}</span>`
            : ''
        }</li>`,
    )
    .join('');
  return `<article class="card" id="incident-${esc(i.id)}">
<div class="row"><h3>${esc(i.title)}</h3><span class="muted">${i.kind === 'unplanned_maintenance' ? 'Unplanned maintenance' : 'Incident'} &middot; ${esc(i.status)}</span></div>
<p class="muted">Opened ${timeTag(Date.parse(i.openedAt))}${i.resolvedAt ? ` &middot; resolved ${timeTag(Date.parse(i.resolvedAt))}` : ''}${i.expectedEnd ? ` &middot; expected to end ${timeTag(Date.parse(i.expectedEnd))}` : ''}</p>
<ol class="updates">${updates}</ol>
</article>`;
}

const MAINTENANCE_STATUS: Record<MaintenanceJson['status'], string> = {
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export function maintenanceHtml(m: MaintenanceJson): string {
  const what = m.componentId ? `${m.serviceId}/${m.componentId}` : (m.serviceId ?? 'all services');
  return `<article class="card" id="maintenance-${esc(m.id)}">
<div class="row"><h3>${esc(m.reason)}</h3><span class="muted">${MAINTENANCE_STATUS[m.status]}</span></div>
<p>${timeTag(Date.parse(m.start))} &ndash; ${timeTag(Date.parse(m.end))}<br><span class="muted">Affects ${esc(what)}</span></p>
</article>`;
}

function subscribeForm(p: StatusPage): string {
  const options = p.services
    .flatMap((s) =>
      s.components.map(
        (c) => `<option value="${esc(`${s.id}/${c.id}`)}">${esc(s.name)} &mdash; ${esc(c.name)}</option>`,
      ),
    )
    .join('');
  if (!options) return '';
  return `<h2 id="subscribe">Get notices by email</h2>
<form class="subscribe card" method="post" action="/status/subscriptions">
<label>Email address<input type="email" name="email" required maxlength="320" autocomplete="email"></label>
<label>Component<select name="component">${options}</select></label>
<button type="submit">Subscribe</button>
</form>`;
}

/** The public status page, as server-rendered HTML in parts (html.ts `encodeParts`): a part per section. */
export function statusPageHtml(p: StatusPage, title: string): string[] {
  const rule =
    p.rule.minImpact <= Number.MIN_VALUE
      ? 'any impairment counts as outage'
      : `an outage is ${Math.round(p.rule.minImpact * 100)}% or more of users impaired for ${p.rule.minDurationMs / 1000} s or more`;
  const history = p.history.length
    ? p.history
        .map(
          (h) =>
            // One line per incident, the latest 20 a month (status-page.ts): a month of hundreds stays a page.
            `<details${h === p.history[0] ? ' open' : ''}><summary>${esc(h.month)} &middot; ${h.count} incident(s)</summary><ul>${h.incidents
              .map((i) => `<li>${esc(i.title)} &middot; ${timeTag(Date.parse(i.openedAt))}</li>`)
              .join('')}</ul></details>`,
        )
        .join('')
    : '<p class="muted">No incidents in the last 90 days.</p>';
  const body = [
    `
<h1>${esc(title)}</h1>
<p class="banner s-${p.state}" role="status">${BANNER[p.state]}</p>
<p class="muted" id="tz-note">Times are shown in UTC.</p>
${p.ongoing.length ? `<h2>Ongoing incidents</h2>${p.ongoing.map(incidentHtml).join('')}` : ''}
${p.maintenance.length ? `<h2>Maintenance</h2>${p.maintenance.map(maintenanceHtml).join('')}` : ''}
`,
    ...p.services.map(
      (s) => `<section aria-labelledby="svc-${esc(s.id)}">
<div class="row"><h2 id="svc-${esc(s.id)}">${esc(s.name)}</h2>${stateBadge(s.state)}</div>
${s.description ? `<p class="muted">${esc(s.description)}</p>` : ''}
${s.components.map(componentCard).join('') || '<p class="muted">No components.</p>'}
</section>`,
    ),
    `
<h2>History</h2>
${history}
${subscribeForm(p)}
<footer>
<p>Daily uptime is per UTC day, measured as the contracts measure it: ${esc(rule)}. Updated ${timeTag(p.now)}.</p>
<p><a href="/status/feed.rss">RSS</a> &middot; <a href="/status/feed.atom">Atom</a> &middot; <a href="/status/maintenance.ics">Maintenance calendar (iCalendar)</a></p>
</footer>`,
  ];
  return pageParts(
    title,
    body,
    `<link rel="alternate" type="application/rss+xml" title="RSS" href="/status/feed.rss">
<link rel="alternate" type="application/atom+xml" title="Atom" href="/status/feed.atom">`,
  );
}
