import { Feed } from 'feed';
import ical, { ICalEventStatus } from 'ical-generator';
import type { IncidentJson } from '../../services/incidents/incident-json.js';
import type { MaintenanceJson } from '../../services/maintenance/maintenance-json.js';

/**
 * One feed entry per incident update and per maintenance window, and one more when a window is called off (dated
 * when it was): a reader sees each change as news.
 */
export function statusFeed(
  base: string,
  title: string,
  incidents: readonly IncidentJson[],
  maintenance: readonly MaintenanceJson[],
  now: number,
): Feed {
  const feed = new Feed({
    title,
    id: `${base}/status`,
    link: `${base}/status`,
    description: 'Incidents and maintenance',
    copyright: '',
    updated: new Date(now),
    feedLinks: { rss: `${base}/status/feed.rss`, atom: `${base}/status/feed.atom` },
  });
  const entries = [
    ...incidents.flatMap((i) =>
      i.updates.map((u) => ({
        title: `[${u.status}] ${i.title}`,
        id: `${base}/status#incident-${i.id}-${u.seq}`,
        link: `${base}/status#incident-${i.id}`,
        description: u.expectedEnd ? `${u.text} (expected to end ${u.expectedEnd})` : u.text,
        date: new Date(u.at),
      })),
    ),
    ...maintenance.map((m) => ({
      title: `[maintenance ${m.status}] ${m.reason}`,
      id: `${base}/status#maintenance-${m.id}`,
      link: `${base}/status`,
      description: `${m.reason}: ${m.start} to ${m.end} (UTC)${m.serviceId ? `, affects ${m.componentId ? `${m.serviceId}/${m.componentId}` : m.serviceId}` : ''}`,
      date: new Date(m.createdAt),
    })),
    ...maintenance.flatMap((m) =>
      m.cancelledAt
        ? [
            {
              title: `[maintenance cancelled] ${m.reason}`,
              id: `${base}/status#maintenance-${m.id}-cancelled`,
              link: `${base}/status`,
              description: `${m.reason}: the window ${m.start} to ${m.end} (UTC) will not take place`,
              date: new Date(m.cancelledAt),
            },
          ]
        : [],
    ),
  ].sort((a, b) => b.date.getTime() - a.date.getTime());
  for (const e of entries.slice(0, 200)) feed.addItem(e);
  return feed;
}

/** Every maintenance window as an event, so a customer's calendar shows them (cancelled ones as cancelled). */
export function maintenanceCalendar(base: string, title: string, maintenance: readonly MaintenanceJson[]): string {
  const calendar = ical({ name: `${title}: maintenance`, prodId: { company: 'Surety', product: 'status' } });
  for (const m of maintenance)
    calendar.createEvent({
      id: `maintenance-${m.id}@surety`,
      start: new Date(m.start),
      end: new Date(m.end),
      stamp: new Date(m.createdAt),
      summary: `Maintenance: ${m.reason}`,
      description: m.serviceId
        ? `Affects ${m.componentId ? `${m.serviceId}/${m.componentId}` : m.serviceId}`
        : 'Affects all services',
      url: `${base}/status`,
      status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  return calendar.toString();
}
