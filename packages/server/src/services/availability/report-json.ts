import { z } from 'zod';
import {
  EXCLUSION_CATEGORIES,
  type ContractAvailabilityReport,
  type CreditTier,
  type ExactPercent,
  type Period,
} from '@surety/engine';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';
import { availabilitySourceSchema, type AvailabilitySourceJson } from '../monitors/availability-source.js';

/** A percentage as written and as an exact fraction (scaled / scale), so it compares without binary rounding. */
const percentSchema = z.object({ text: z.string(), scaled: z.number().int(), scale: z.number().int() });
const category = z.enum(EXCLUSION_CATEGORIES);
const periodSchema = z.object({
  label: z.string(),
  start: instantText,
  end: instantText.describe('exclusive'),
  zone: z.string().describe('the contract zone that names the period'),
});
const interval = z.object({ start: instantText, end: instantText });

const timeSchema = z.object({
  period: periodSchema,
  target: percentSchema,
  denominator: z.enum(['period', 'scheduled']).describe('scheduled: the period less excluded time'),
  periodMs: z.number(),
  excludedMs: z.number(),
  outageMs: z.number(),
  counted: z.array(interval).describe('the counted downtime itself: outages less exclusions, within the period'),
  good: z.number().describe('numerator of the uptime fraction, ms'),
  total: z.number().describe('denominator of the uptime fraction, ms'),
  uptime: z.string().describe('never rounded up across the target'),
  met: z.boolean(),
  outages: z.array(
    interval.extend({
      durationMs: z.number(),
      countedMs: z.number(),
      excludedMs: z.number(),
      classification: z.enum(['counted', 'excluded', 'partly_excluded']),
      coveredBy: z.array(z.object({ exclusion: z.string(), category, ms: z.number() })),
    }),
  ),
  classes: z
    .object({ available: z.number(), outage: z.number(), excluded: z.partialRecord(category, z.number()) })
    .describe('every millisecond of the period is in exactly one of these'),
  decisions: z.array(
    z.object({
      exclusion: interval.extend({
        id: z.string(),
        category,
        reason: z.string(),
        noticeAt: instantText.nullable(),
        communicatedAt: instantText.nullable(),
      }),
      excluded: z.boolean(),
      rule: z.string(),
      note: z.string().nullable().describe('for a refusal or a flag: what fell short'),
      flagged: z.boolean(),
    }),
  ),
  budget: z.object({ allowedMs: z.number(), usedMs: z.number(), remainingMs: z.number() }),
});

const requestsSchema = z.object({
  period: periodSchema,
  target: percentSchema,
  total: z.number().int(),
  failed: z.number().int(),
  excludedRequests: z.number().int().describe('in excluded intervals, or failures in excluded categories'),
  good: z.number().int(),
  uptime: z.string(),
  met: z.boolean(),
  budget: z.object({ allowedFailures: z.number(), usedFailures: z.number(), remainingFailures: z.number() }),
});

const tierSchema = z.object({
  below: percentSchema.nullable().describe('uptime strictly below this'),
  atMost: percentSchema.nullable().describe('uptime at or below this'),
  atLeast: percentSchema.nullable().describe('uptime at or above this'),
  above: percentSchema.nullable().describe('uptime strictly above this'),
  credit: z.number(),
  rule: z.string(),
});

/**
 * A period's availability report under a contract, as the API and `surety availability --format json` show it:
 * time-based (`time`) or request-based (`requests`), the credit a month earns, and which source ruled it.
 */
export const availabilityReportSchema = z.object({
  met: z.boolean(),
  guarantee: z.boolean().describe('false: the contract states a target, not a guarantee'),
  time: timeSchema.nullable(),
  requests: requestsSchema.nullable(),
  credit: z
    .object({
      credit: z.number(),
      form: z.enum(['licence_days', 'fee_percent', 'none']),
      tier: tierSchema.nullable(),
      capped: z.boolean(),
      rule: z.string(),
    })
    .nullable()
    .describe('months only'),
  maintenanceAim: z
    .object({
      aimMs: z.number(),
      weeks: z.array(interval.extend({ downtimeMs: z.number(), met: z.boolean() })),
    })
    .nullable()
    .describe('maintenance downtime per week against the contract aim, where it states one (never a breach)'),
  stated: z
    .object({
      kind: z.enum(['day', 'week', 'month', 'quarter', 'year']),
      statedMs: z.number(),
      formulaMs: z.number(),
      rules: z.literal('formula'),
    })
    .nullable()
    .describe("where the contract's own table of allowable downtime states a figure for this kind of period"),
  source: availabilitySourceSchema.nullable().describe('which source rules the report (null: files, from the CLI)'),
});
export type AvailabilityReportJson = z.infer<typeof availabilityReportSchema>;

const iso = wireInstant;
const period = (p: Period) => ({ label: p.label, start: iso(p.start), end: iso(p.end), zone: p.zone });
const percent = (p: ExactPercent) => ({ text: p.text, scaled: p.scaled, scale: p.scale });
const maybePercent = (p: ExactPercent | undefined) => (p ? percent(p) : null);
const tier = (t: CreditTier) => ({
  below: maybePercent(t.below),
  atMost: maybePercent(t.atMost),
  atLeast: maybePercent(t.atLeast),
  above: maybePercent(t.above),
  credit: t.credit,
  rule: t.rule,
});

/** The engine's report (epoch ms) in the wire form: ISO instants, null where a part does not apply. */
export function availabilityReportJson(
  r: ContractAvailabilityReport,
  source: AvailabilitySourceJson | null,
): AvailabilityReportJson {
  const t = r.time;
  return {
    met: r.met,
    guarantee: r.guarantee,
    time: t
      ? {
          period: period(t.period),
          target: percent(t.target),
          denominator: t.denominator,
          periodMs: t.periodMs,
          excludedMs: t.excludedMs,
          outageMs: t.outageMs,
          counted: t.counted.map(([start, end]) => ({ start: iso(start), end: iso(end) })),
          good: t.good,
          total: t.total,
          uptime: t.uptime,
          met: t.met,
          outages: t.outages.map((o) => ({
            start: iso(o.start),
            end: iso(o.end),
            durationMs: o.durationMs,
            countedMs: o.countedMs,
            excludedMs: o.excludedMs,
            classification: o.classification === 'partly excluded' ? 'partly_excluded' : o.classification,
            coveredBy: o.coveredBy,
          })),
          classes: t.classes,
          decisions: t.decisions.map((d) => ({
            exclusion: {
              id: d.exclusion.id,
              start: iso(d.exclusion.start),
              end: iso(d.exclusion.end),
              category: d.exclusion.category,
              reason: d.exclusion.reason,
              noticeAt: d.exclusion.noticeAt === undefined ? null : iso(d.exclusion.noticeAt),
              communicatedAt: d.exclusion.communicatedAt === undefined ? null : iso(d.exclusion.communicatedAt),
            },
            excluded: d.excluded,
            rule: d.rule,
            note: d.note ?? null,
            flagged: d.flagged,
          })),
          budget: t.budget,
        }
      : null,
    requests: r.requests
      ? { ...r.requests, period: period(r.requests.period), target: percent(r.requests.target) }
      : null,
    credit: r.credit ? { ...r.credit, tier: r.credit.tier ? tier(r.credit.tier) : null } : null,
    maintenanceAim: r.maintenanceAim
      ? {
          aimMs: r.maintenanceAim.aimMs,
          weeks: r.maintenanceAim.weeks.map((w) => ({
            start: iso(w.start),
            end: iso(w.end),
            downtimeMs: w.downtimeMs,
            met: w.met,
          })),
        }
      : null,
    stated: r.stated ?? null,
    source,
  };
}
