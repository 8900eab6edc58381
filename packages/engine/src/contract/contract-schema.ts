import { z } from 'zod';
import { EVIDENCE_KINDS, EXCLUSION_CATEGORIES } from '../availability/exclusions.js';
import { MAX_DURATION_YEARS, withinDurationLimit } from './duration.js';

/**
 * The contract language, version 1: the shape of a contract file as written. Values stay as written
 * (durations as text, times as "HH:MM"); compile-contract.ts turns them into engine values. Objects are
 * strict so that a misspelt key is an error, not a silently ignored clause.
 */

const ID = /^[a-z0-9][a-z0-9_-]*$/i;
export const DURATION_PATTERN =
  /^\s*(\d+(\.\d+)?)\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hrs?|hours?|business\s+hours?|working\s+hours?|d|days?|business\s+days?|working\s+days?|w|weeks?)\s*$|^\s*(\d+h)?\s*(\d+m)?\s*(\d+(\.\d+)?s)?\s*$/i;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const HOURS_RANGE = /^\s*(([01]\d|2[0-3]):[0-5]\d)\s*-\s*(([01]\d|2[0-3]):[0-5]\d|24:00)\s*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PERCENT = /^(\d{1,3}(\.\d+)?)%$/;

/**
 * Names of Object.prototype's members (constructor, toString, …): a plan, calendar or parameter so named
 * would be found on every object, so a reference to an undeclared one would seem declared.
 */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
export const id = z
  .string()
  .regex(ID, 'an identifier: letters, digits, - and _')
  .refine((name) => !PROTOTYPE_NAMES.has(name), {
    message: 'expected a name other than those JavaScript objects already have (constructor, toString, valueOf, …)',
  });
const text = z.string().min(1);
const clause = text.describe('the section of the source contract this encodes, e.g. "Invoca Exhibit B, Table 3"');

/** A reference to a value the customer's order form supplies (ARCHITECTURE.md: parameters). */
export const paramRef = z.strictObject({ param: id }).describe('a value taken from the order form parameter named');
const orParam = <T extends z.ZodType>(schema: T) => z.union([schema, paramRef]);

export const duration = z
  .string()
  .regex(DURATION_PATTERN, "a duration such as '8h', '90m', '16 business hours', '2 business days' or '1 week'")
  .refine(withinDurationLimit, `expected a duration of at most ${MAX_DURATION_YEARS} years`)
  .describe("business time in the target's calendar: '4h', '16 business hours', '3 working days', '1 week'");
export const percent = z.string().regex(PERCENT, "a percentage such as '75%'");
export const hoursRange = z.string().regex(HOURS_RANGE, "local hours such as '08:00-17:00' (24:00 may end a day)");
const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

export const weeklyWindow = z.strictObject({
  days: z.array(weekday).min(1),
  hours: hoursRange.describe('open from-to in local wall time; an end at or before the start runs overnight'),
});
export const weeklySchedule = z.union([z.literal('24x7'), z.array(weeklyWindow).min(1)]);

const closedDate = z.union([
  z.string().regex(DATE, 'a date YYYY-MM-DD'),
  z.strictObject({
    date: z.string().regex(DATE, 'a date YYYY-MM-DD'),
    from: z.string().regex(TIME_OF_DAY, 'a local time HH:MM').optional(),
    to: z.string().regex(TIME_OF_DAY, 'a local time HH:MM').optional(),
    name: text.optional(),
  }),
]);

const closure = z.union([
  z.strictObject({
    holidays: z.strictObject({
      country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 country code such as US'),
      region: z.string().optional(),
      types: z.array(z.enum(['public', 'bank', 'school', 'optional', 'observance'])).optional(),
    }),
    clause: clause.optional(),
  }),
  z.strictObject({
    holidays: z.strictObject({
      set: z
        .string()
        .min(1)
        .describe(
          "a named statutory set, e.g. 'CA-federal' (Canada Labour Code s.166) or 'US-federal' (5 U.S.C. 6103)",
        ),
    }),
    clause: clause.optional(),
  }),
  z.strictObject({ dates: z.array(closedDate).min(1), clause: clause.optional() }),
  z.strictObject({
    published: id.describe('name of a provider-published list that can be replaced at run time'),
    initial: z.array(closedDate).optional(),
    through: z
      .string()
      .regex(DATE, 'a date YYYY-MM-DD')
      .optional()
      .describe('last date the initial list answers for (default: 31 December of its last year)'),
    clause: clause.optional(),
  }),
]);

export const calendarSchema = z.strictObject({
  zone: orParam(z.string().min(1)).describe('IANA time zone, e.g. America/Los_Angeles'),
  weekly: orParam(weeklySchedule),
  closures: z.array(closure).optional(),
  business_day: duration.optional().describe('length of one business day, when not the standard open day'),
  clause: clause.optional(),
});

const replyRule = z.strictObject({
  authors: z
    .array(z.enum(['agent', 'customer']))
    .min(1)
    .optional()
    .describe('automated (system) replies never count'),
  public_only: z.boolean().optional(),
});

/** Settings every target may carry; `clock_defaults` gives them once for the whole contract. */
const clockSettings = {
  calendar: id.optional(),
  warn_at: z.array(percent).optional(),
  pause_when: z.array(id).optional().describe('ticket statuses that pause the clock'),
  counts: replyRule.optional().describe('which replies satisfy the clock (default: public replies by an agent)'),
  on_severity_change: z.enum(['retroactive', 'restart']).optional(),
  clause: clause.optional(),
};

const target = z.strictObject({ within: orParam(duration), ...clockSettings });
/** next_update takes exactly one of its three cadences (compile-contract.ts checks that one is given). */
const periodicTarget = z.strictObject({
  every: orParam(duration).optional().describe('rolling: each update is due this much business time after the last'),
  every_business_days: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('an update by the close of the Nth business date after the date of the last one (1 = each business day)'),
  once_within: orParam(duration)
    .optional()
    .describe('one update, due this much business time after the first response; none after it'),
  ...clockSettings,
});

const severityTargets = z.strictObject({
  first_response: target.optional(),
  next_update: periodicTarget.optional(),
  resolution: target.optional(),
});

const plan = z.strictObject({
  name: text,
  description: text.optional(),
  targets: z.record(id, severityTargets),
  internal_targets: z
    .record(id, severityTargets)
    .optional()
    .describe(
      "the provider's own goals beside the contract's (stricter or extra): measured and shown, labelled internal, never a contract breach",
    ),
  clause: clause.optional(),
});

const severityLevel = z.strictObject({
  id,
  name: text,
  definition: text,
  examples: z.array(text).optional(),
  clause: clause.optional(),
});

const parameter = z.strictObject({
  type: z.enum(['duration', 'weekly', 'zone', 'percent', 'text']),
  description: text,
  default: z.unknown().optional(),
  clause: clause.optional(),
});

const requestField = z.strictObject({
  id,
  label: text,
  required: z
    .boolean()
    .describe(
      'true only where the contract requires the field to open a request; others are asked for and shown as missing',
    ),
  type: z.enum(['text', 'contact', 'choice']).optional(),
  choices: z.array(text).optional(),
  clause: clause.optional(),
});

const exclusionCategory = z.enum(EXCLUSION_CATEGORIES);
const uptimePercent = z.string().regex(/^\d{1,3}(\.\d{1,6})?%$/, "a percentage such as '99.90%'");

const availabilitySection = z.strictObject({
  sli: z.enum(['time', 'requests']).describe('time: an impact series over time; requests: good/total request counts'),
  target: orParam(uptimePercent),
  guarantee: z.boolean().describe('false where the contract states a target, not a guarantee'),
  zone: orParam(z.string().min(1)).optional().describe('zone of the calendar periods (default UTC)'),
  period: z.enum(['day', 'week', 'month', 'quarter', 'year']).optional(),
  denominator: z.enum(['period', 'scheduled']).optional().describe('scheduled = period less excluded time'),
  outage: z
    .strictObject({
      min_impact: z
        .union([percent, z.literal('any')])
        .optional()
        .describe("the share of users impaired from which time is an outage; 'any' (the default): any impairment"),
      min_duration: duration.optional(),
      clause: clause.optional(),
    })
    .optional(),
  exclusions: z
    .array(
      z.union([
        exclusionCategory,
        z.strictObject({
          category: exclusionCategory,
          requires: z
            .enum(EVIDENCE_KINDS)
            .describe(
              'notice: the maintenance notice rule; prior_communication: told before the downtime began; record: a recorded reason',
            ),
          clause: clause.optional(),
        }),
      ]),
    )
    .optional()
    .describe('categories of downtime that do not count, each with the evidence it needs'),
  stated_allowances: z
    .partialRecord(z.enum(['day', 'week', 'month', 'quarter', 'year']), duration)
    .optional()
    .describe("the contract's own table of allowable downtime, shown beside the formula's"),
  scope: z.array(text).optional(),
  clause: clause.optional(),
});

const maintenanceSection = z.strictObject({
  notice: z
    .strictObject({
      at_least: duration,
      calendar: id.optional(),
      short_notice: z.enum(['counts', 'flagged']).describe('counts: not excluded; flagged: excluded but reported'),
      clause: clause.optional(),
    })
    .optional(),
  windows: z.array(weeklyWindow).optional().describe('recurring maintenance windows in local wall time'),
  windows_zone: orParam(z.string().min(1)).optional(),
  window_policy: z
    .strictObject({
      excludes: z
        .enum(['declared_maintenance', 'all_downtime'])
        .describe('declared_maintenance: only declared maintenance inside a window is excused; all_downtime: any'),
      clause: clause.optional(),
    })
    .optional()
    .describe('what the windows excuse (default declared_maintenance)'),
  window_notices: z
    .strictObject({
      inside: z
        .enum(['none', 'sent'])
        .describe(
          "none: maintenance wholly inside a window is not notified to the customer's contacts (Tactful); sent: it is",
        ),
      clause: clause.optional(),
    })
    .optional()
    .describe("whether maintenance wholly inside a window is notified to the customer's contacts (default sent)"),
  weekly_downtime_aim: z
    .strictObject({ below: duration, clause: clause.optional() })
    .optional()
    .describe('an aim for maintenance downtime per week, measured and reported (not a commitment)'),
  outside_hours: z
    .strictObject({
      calendar: id.describe("a calendar whose open time is the hours maintenance must avoid (Invoca's peak hours)"),
      otherwise: z.enum(['counts', 'flagged']).describe('counts: not excluded; flagged: excluded but reported'),
      clause: clause.optional(),
    })
    .optional(),
  clause: clause.optional(),
});

const creditTier = z.strictObject({
  below: uptimePercent.optional(),
  at_most: uptimePercent.optional(),
  at_least: uptimePercent.optional(),
  above: uptimePercent.optional(),
  credit: z.number().nonnegative(),
  clause: clause.optional(),
});

const creditsSection = z.strictObject({
  form: z.enum(['licence_days', 'fee_percent', 'none']),
  tiers: z.array(creditTier).optional(),
  monthly_cap: z.number().nonnegative().optional(),
  claim_window_days: z.number().int().positive().optional().describe('omit when credits are owed without a claim'),
  clause: clause.optional(),
});

/**
 * Who a notice of one kind reaches beyond the status page's subscribers: the customer's contacts holding the roles
 * named (each role one of `contacts.roles`), and the provider's notice groups named (TechJutsu §5.1: "the CEO of
 * Provider"), whose members the provider manages in Surety.
 */
const noticeAudience = z.strictObject({
  contact_roles: z
    .array(text)
    .min(1)
    .describe("the customer's contacts holding any of these roles (from contacts.roles)"),
  provider_groups: z
    .array(id)
    .optional()
    .describe("the provider's notice groups told as well, by id (their members are managed in Surety)"),
  clause: clause.optional(),
});

const noticesSection = z
  .strictObject({
    incident: noticeAudience.optional().describe('an incident affecting what the contract covers'),
    unplanned_maintenance: noticeAudience
      .optional()
      .describe('unplanned maintenance affecting what the contract covers (TechJutsu §5.1)'),
    clause: clause.optional(),
  })
  .describe(
    "who the contract says is told of incidents and unplanned maintenance (default: the customer's designated contacts)",
  );

export const contractSchema = z.strictObject({
  surety: z.literal(1).describe('contract language version'),
  contract: z.strictObject({
    id,
    title: text,
    provider: text,
    source: text.optional(),
    version: z.union([z.string(), z.number()]).optional(),
    effective: z.string().regex(DATE, 'a date YYYY-MM-DD').optional(),
  }),
  parameters: z.record(id, parameter).optional(),
  calendars: z.record(id, calendarSchema),
  severities: z.strictObject({
    label: text.describe('what the contract calls them: Severity, Priority, ...'),
    levels: z.array(severityLevel).min(1),
    clause: clause.optional(),
  }),
  clock_defaults: z.strictObject(clockSettings).optional(),
  plans: z.record(id, plan),
  contacts: z
    .strictObject({
      designated_max: z.number().int().positive().optional(),
      roles: z.array(text).optional(),
      clause: clause.optional(),
    })
    .optional(),
  request_fields: z.array(requestField).optional(),
  queue: z
    .strictObject({
      order: z
        .enum(['deadline', 'receipt'])
        .describe('deadline: the soonest deadline first (default); receipt: first in, first out (SecurEnvoy)'),
      clause: clause.optional(),
    })
    .optional()
    .describe("the order in which the provider works the contract's open requests"),
  availability: availabilitySection.optional(),
  maintenance: maintenanceSection.optional(),
  notices: noticesSection.optional(),
  credits: creditsSection.optional(),
  notes: z.array(text).optional(),
});

export const orderFormSchema = z.strictObject({
  surety: z.literal(1),
  order_form: z.strictObject({
    contract: id.describe('the id of the contract this order form fills in'),
    customer: text,
    plan: id.optional().describe("the customer's support plan"),
    values: z.record(id, z.unknown()).optional(),
  }),
});

export type ContractDoc = z.infer<typeof contractSchema>;
export type OrderFormDoc = z.infer<typeof orderFormSchema>;
export type CalendarDoc = z.infer<typeof calendarSchema>;
export type ParamRef = z.infer<typeof paramRef>;

/** Schema of a parameter's value, by its declared type. */
export const parameterValueSchemas = {
  duration,
  percent: z.string().regex(/^\d{1,3}(\.\d{1,6})?%$/, "a percentage such as '99.90%'"),
  weekly: weeklySchedule,
  zone: z.string().min(1),
  text: z.string(),
} as const;
