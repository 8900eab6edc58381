import { DEFAULT_LIST_WARNING_DAYS } from '../services/calendars/list-end-warnings.js';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importHolidayList } from '../services/calendars/import-ical.js';
import { holidayListCoverageSchema, holidayListsCoverage } from '../services/calendars/list-coverage.js';
import { publishHolidayList } from '../services/calendars/publish-list.js';
import type { RouteDeps } from './app.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a local time HH:MM');
const listParams = z.object({ contractId: z.string(), list: z.string() });

const published = z.object({
  contractId: z.string(),
  list: z.string(),
  version: z.number().int(),
  through: date.describe('the last date the list answers for'),
  dates: z.number().int().describe('how many closed dates it holds'),
  recomputed: z.number().int().describe('open requests re-derived under it'),
  moved: z
    .array(
      z.object({
        customerId: z.string(),
        ticket: z.string(),
        clock: z.string(),
        from: z.string().nullable(),
        to: z.string().nullable(),
      }),
    )
    .describe('every deadline the new list moved'),
});

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

export function registerCalendarRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.put('/calendars/:contractId/:list', {
    schema: {
      operationId: 'publishHolidayList',
      tags: ['calendars'],
      summary: "Publish a provider's holiday list (its next version): open requests it moves are recomputed",
      params: listParams,
      body: z.object({
        dates: z.array(
          z.strictObject({
            date,
            name: z.string().min(1).optional(),
            from: time.optional().describe('a partial-day closure starts (local time); default 00:00'),
            to: time.optional().describe('and ends; default 24:00'),
          }),
        ),
        through: date
          .optional()
          .describe("the last date the list answers for; default 31 December of its last date's year"),
      }),
      response: { 200: published },
    },
    handler: async (req) => {
      const result = await publishHolidayList(deps.context(req), {
        contractId: req.params.contractId,
        list: req.params.list,
        dates: req.body.dates.map((d) => ({
          date: d.date,
          from: d.from ? minutes(d.from) : 0,
          to: d.to ? minutes(d.to) : 1440,
          name: d.name ?? 'holiday',
        })),
        through: req.body.through,
        origin: 'api',
      });
      deps.changed({ timerAt: 0, delivering: true });
      return result;
    },
  });
  api.post('/calendars/:contractId/:list/ical', {
    schema: {
      operationId: 'importHolidayList',
      tags: ['calendars'],
      summary: 'Publish a holiday list from an iCalendar (.ics) file or URL: all-day events close their dates',
      params: listParams,
      body: z.object({
        ics: z.string().min(1).optional().describe('the iCalendar text'),
        url: z.string().url().optional().describe('or where to fetch it'),
        through: date.optional(),
      }),
      response: { 200: published },
    },
    handler: async (req) => {
      const result = await importHolidayList(deps.context(req), { ...req.params, ...req.body });
      deps.changed({ timerAt: 0, delivering: true });
      return result;
    },
  });
  api.get('/calendars', {
    schema: {
      operationId: 'listHolidayLists',
      tags: ['calendars'],
      summary: 'Provider-published holiday lists: how far each reaches, and which run out soon',
      querystring: z.object({
        contractId: z.string().optional(),
        warnWithinDays: z.coerce.number().int().min(0).max(3660).default(DEFAULT_LIST_WARNING_DAYS),
      }),
      response: { 200: z.object({ items: z.array(holidayListCoverageSchema) }) },
    },
    handler: async (req) => ({
      items: await holidayListsCoverage(deps.context(req), req.query),
    }),
  });
}
