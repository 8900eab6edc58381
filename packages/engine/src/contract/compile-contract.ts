import type { z } from 'zod';
import { BusinessCalendar } from '../calendar/business-calendar.js';
import { isKnownHolidaySet } from '../calendar/closed-dates.js';
import { STATUTORY_SETS, statutorySet } from '../calendar/statutory-sets.js';
import type { CalendarSpec, ClosedDate, ClosureRule, PublishedList, WeeklyWindow } from '../calendar/calendar-spec.js';
import { assertValidZone } from '../calendar/local-time.js';
import type { ContractIssue } from './contract-issue.js';
import { ContractError } from './contract-issue.js';
import {
  contractSchema,
  orderFormSchema,
  parameterValueSchemas,
  type CalendarDoc,
  type ContractDoc,
  type OrderFormDoc,
  type ParamRef,
} from './contract-schema.js';
import type { ClockKind, CompiledContract, Plan, ReplyAuthor, TargetRule } from './compiled-contract.js';
import { CLOCK_KINDS } from './compiled-contract.js';
import { didYouMean } from './did-you-mean.js';
import { durationMs, parseDuration } from './duration.js';
import { validateAgainst } from './schema-issues.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';
import { parsePercent, type ExactPercent } from '../availability/exact-percent.js';
import type { Evidence, ExclusionCategory } from '../availability/exclusions.js';
import type { CreditPolicy, CreditTier } from '../credits/credit-tiers.js';
import type { AvailabilityTerms, PeriodKind } from './compiled-contract.js';

export interface SourceText {
  file: string;
  text: string;
}

/** An issue that only says a parameter awaits its order form: `surety check` on a lone contract allows these. */
export interface CompileIssue extends ContractIssue {
  missingParameter?: string;
}

export interface CompileResult {
  contract?: CompiledContract;
  issues: CompileIssue[];
}

/** Parses and validates a contract file alone: the document, or located issues. */
export function parseContract(input: SourceText): { doc?: ContractDoc; source?: YamlSource; issues: ContractIssue[] } {
  return parseWith(contractSchema, input);
}

export function parseOrderForm(input: SourceText): {
  doc?: OrderFormDoc;
  source?: YamlSource;
  issues: ContractIssue[];
} {
  return parseWith(orderFormSchema, input);
}

function parseWith<T extends z.ZodType>(schema: T, input: SourceText) {
  const { source, issues } = parseYamlSource(input.file, input.text);
  if (!source) return { issues };
  const result = validateAgainst(schema, source);
  return { doc: result.value, source, issues: [...issues, ...result.issues] };
}

/**
 * Contract (+ order form) → CompiledContract. Every problem is collected with its place; a parameter the
 * order form must supply and does not is reported with `missingParameter` set.
 */
export function compileContract(
  contractText: SourceText,
  orderFormText?: SourceText,
  /** The provider-published holiday lists in force, by list name (they replace the contract's initial copies). */
  published?: ReadonlyMap<string, PublishedList>,
): CompileResult {
  const parsed = parseContract(contractText);
  if (!parsed.doc || !parsed.source || parsed.issues.length) return { issues: parsed.issues };
  let orderForm: { doc: OrderFormDoc; source: YamlSource } | undefined;
  if (orderFormText) {
    const of = parseOrderForm(orderFormText);
    if (!of.doc || !of.source || of.issues.length) return { issues: of.issues };
    orderForm = { doc: of.doc, source: of.source };
  }
  return new Compiler(parsed.doc, parsed.source, orderForm, published).compile();
}

/** Like compileContract, but throws ContractError on any issue. */
export function loadContract(contractText: SourceText, orderFormText?: SourceText): CompiledContract {
  const { contract, issues } = compileContract(contractText, orderFormText);
  if (!contract || issues.length) throw new ContractError(issues);
  return contract;
}

const MISSING = Symbol('missing');

class Compiler {
  private readonly issues: CompileIssue[] = [];
  private availabilityAwaits?: string[];
  /** Order-form values already reported as invalid there: their uses are not reported again. */
  private readonly rejectedValues = new Set<string>();

  constructor(
    private readonly doc: ContractDoc,
    private readonly source: YamlSource,
    private readonly orderForm?: { doc: OrderFormDoc; source: YamlSource },
    private readonly published?: ReadonlyMap<string, PublishedList>,
  ) {}

  compile(): CompileResult {
    this.checkOrderForm();
    const calendars = new Map<string, BusinessCalendar>();
    for (const [name, cal] of Object.entries(this.doc.calendars)) {
      const built = this.buildCalendar(name, cal);
      if (built) calendars.set(name, built);
    }
    const severityIds = this.doc.severities.levels.map((l) => l.id);
    this.checkUnique(severityIds, ['severities', 'levels'], 'severity id');
    const plans = new Map<string, Plan>();
    for (const [planId, plan] of Object.entries(this.doc.plans)) {
      const at = ['plans', planId];
      plans.set(planId, {
        id: planId,
        name: plan.name,
        targets: this.buildTargets(plan.targets, [...at, 'targets'], severityIds, calendars),
        internalTargets: this.buildTargets(
          plan.internal_targets ?? {},
          [...at, 'internal_targets'],
          severityIds,
          calendars,
        ),
      });
    }
    const planId = this.orderForm?.doc.order_form.plan;
    if (planId !== undefined && !plans.has(planId)) {
      this.orderIssue(
        ['order_form', 'plan'],
        `unknown plan '${planId}'${hint(planId, [...plans.keys()])} (plans: ${[...plans.keys()].join(', ')})`,
      );
    }
    const availability = this.buildAvailability(calendars);
    const credits = this.buildCredits();
    const notices = this.buildNotices();
    if (this.issues.length) return { issues: this.issues };
    return {
      issues: [],
      contract: {
        id: this.doc.contract.id,
        title: this.doc.contract.title,
        provider: this.doc.contract.provider,
        doc: this.doc,
        calendars,
        severities: this.doc.severities.levels.map((l) => ({ ...l, examples: l.examples ?? [] })),
        plans,
        customer: this.orderForm?.doc.order_form.customer,
        plan: planId,
        availability,
        availabilityAwaits: this.availabilityAwaits,
        credits,
        queueOrder: this.doc.queue?.order ?? 'deadline',
        notices,
      },
    };
  }

  /** One plan's targets (or internal targets) by severity, each severity checked against the contract's levels. */
  private buildTargets(
    bySeverity: Record<string, Partial<Record<ClockKind, Parameters<Compiler['buildTarget']>[1]>>>,
    at: string[],
    severityIds: string[],
    calendars: Map<string, BusinessCalendar>,
  ): Map<string, TargetRule[]> {
    const targets = new Map<string, TargetRule[]>();
    for (const [severity, perKind] of Object.entries(bySeverity)) {
      if (!severityIds.includes(severity)) {
        this.issue(
          [...at, severity],
          `unknown severity '${severity}'${hint(severity, severityIds)} (levels: ${severityIds.join(', ')})`,
          true,
        );
        continue;
      }
      const rules: TargetRule[] = [];
      for (const kind of CLOCK_KINDS) {
        const t = perKind[kind];
        if (!t) continue;
        const rule = this.buildTarget(kind, t, [...at, severity, kind], calendars);
        if (rule) rules.push(rule);
      }
      targets.set(severity, rules);
    }
    return targets;
  }

  private checkOrderForm(): void {
    if (!this.orderForm) return;
    const of = this.orderForm.doc.order_form;
    if (of.contract !== this.doc.contract.id) {
      this.orderIssue(
        ['order_form', 'contract'],
        `this order form is for contract '${of.contract}', not '${this.doc.contract.id}'`,
      );
    }
    const declared = Object.keys(this.doc.parameters ?? {});
    for (const [name, value] of Object.entries(of.values ?? {})) {
      const param = this.doc.parameters?.[name];
      if (!param) {
        this.orderIssue(
          ['order_form', 'values', name],
          `contract '${this.doc.contract.id}' has no parameter '${name}'${hint(name, declared)}`,
          true,
        );
        continue;
      }
      const result = parameterValueSchemas[param.type].safeParse(value);
      if (!result.success) {
        this.rejectedValues.add(name);
        this.orderIssue(
          ['order_form', 'values', name],
          `expected a ${param.type} value for '${name}' (${param.description}), found ${JSON.stringify(value)}`,
        );
      } else if (param.type === 'zone' && !isValidZone(result.data as string)) {
        this.rejectedValues.add(name);
        this.orderIssue(
          ['order_form', 'values', name],
          `expected an IANA time zone such as America/Los_Angeles, found '${String(result.data)}'`,
        );
      }
    }
  }

  /** The value written at a site, or the order form's value for a parameter reference there. */
  private resolve<T>(
    value: T | ParamRef,
    path: (string | number)[],
    type: keyof typeof parameterValueSchemas,
  ): T | typeof MISSING {
    if (typeof value !== 'object' || value === null || !('param' in value) || Array.isArray(value)) return value as T;
    const name = (value as ParamRef).param;
    const param = this.doc.parameters?.[name];
    if (!param) {
      this.issue(
        [...path, 'param'],
        `no parameter '${name}' is declared under /parameters${hint(name, Object.keys(this.doc.parameters ?? {}))}`,
      );
      return MISSING;
    }
    if (param.type !== type) {
      this.issue([...path, 'param'], `parameter '${name}' is a ${param.type}, but a ${type} is needed here`);
      return MISSING;
    }
    if (this.rejectedValues.has(name)) return MISSING;
    const supplied = this.orderForm?.doc.order_form.values?.[name];
    const chosen = supplied !== undefined ? supplied : param.default;
    if (chosen === undefined) {
      this.issues.push({
        ...this.source.issueAt(
          path,
          `parameter '${name}' (${param.description}) has no value: the customer's order form must supply it under order_form.values.${name}`,
        ),
        missingParameter: name,
      });
      return MISSING;
    }
    const checked = parameterValueSchemas[type].safeParse(chosen);
    if (!checked.success) {
      this.issue(['parameters', name, 'default'], `default of '${name}' is not a ${type}: ${JSON.stringify(chosen)}`);
      return MISSING;
    }
    return checked.data as T;
  }

  private buildCalendar(name: string, cal: CalendarDoc): BusinessCalendar | undefined {
    const at = ['calendars', name];
    const zone = this.resolve(cal.zone, [...at, 'zone'], 'zone');
    const weekly = this.resolve(cal.weekly, [...at, 'weekly'], 'weekly');
    if (zone === MISSING || weekly === MISSING) return undefined;
    try {
      assertValidZone(zone);
    } catch {
      this.issue([...at, 'zone'], `expected an IANA time zone such as America/Los_Angeles, found '${zone}'`);
      return undefined;
    }
    const closures: ClosureRule[] = (cal.closures ?? []).flatMap((c, i): ClosureRule[] => {
      if ('holidays' in c) {
        const place = [...at, 'closures', i, 'holidays'];
        if ('set' in c.holidays) {
          const { set } = c.holidays;
          if (statutorySet(set)) return [{ kind: 'statutory', set }];
          const known = STATUTORY_SETS.map((s) => s.id);
          this.issue(
            [...place, 'set'],
            `unknown statutory holiday set '${set}'${hint(set, known)} (sets: ${known.join(', ')})`,
          );
          return [];
        }
        const { country, region, types } = c.holidays;
        if (isKnownHolidaySet(country, region))
          return [{ kind: 'holidays', country, region, types: types ?? ['public'] }];
        this.issue(place, `date-holidays has no holiday set for ${country}${region ? '/' + region : ''}`);
        return [];
      }
      if ('dates' in c) return [{ kind: 'dates', dates: c.dates.map(closedDate) }];
      return [{ kind: 'published', list: c.published, initial: (c.initial ?? []).map(closedDate), through: c.through }];
    });
    let businessDay: number | undefined;
    if (cal.business_day !== undefined) {
      const parsed = parseDuration(cal.business_day);
      if (!parsed || parsed.unit !== 'time') {
        this.issue(
          [...at, 'business_day'],
          `expected a length of day in hours such as '9h', found '${cal.business_day}'`,
        );
      } else businessDay = parsed.amount;
    }
    const spec: CalendarSpec = {
      name,
      zone,
      weekly: weekly === '24x7' ? '24x7' : weekly.map(weeklyWindow),
      closures,
      businessDayMs: businessDay,
    };
    return new BusinessCalendar(spec, this.published);
  }

  private buildTarget(
    kind: ClockKind,
    t: {
      within?: unknown;
      every?: unknown;
      every_business_days?: number;
      once_within?: unknown;
      calendar?: string;
      warn_at?: string[];
      pause_when?: string[];
      counts?: { authors?: ReplyAuthor[]; public_only?: boolean };
      on_severity_change?: 'retroactive' | 'restart';
      clause?: string;
    },
    at: (string | number)[],
    calendars: Map<string, BusinessCalendar>,
  ): TargetRule | undefined {
    const defaults = this.doc.clock_defaults ?? {};
    const cadences = (['every', 'every_business_days', 'once_within'] as const).filter((k) => t[k] !== undefined);
    if (kind === 'next_update' && cadences.length !== 1) {
      this.issue(
        at,
        `next_update needs exactly one of every (rolling), every_business_days (by business date) or once_within (one update)${cadences.length ? `, found ${cadences.join(' and ')}` : ''}`,
      );
      return undefined;
    }
    const durationKey = kind === 'next_update' ? cadences[0]! : 'within';
    const businessDates = durationKey === 'every_business_days' ? t.every_business_days : undefined;
    const text =
      businessDates !== undefined
        ? `${businessDates} business days`
        : this.resolve(t[durationKey] as string | ParamRef, [...at, durationKey], 'duration');
    const calendarName =
      t.calendar ??
      defaults.calendar ??
      (Object.keys(this.doc.calendars).length === 1 ? Object.keys(this.doc.calendars)[0] : undefined);
    if (calendarName === undefined) {
      this.issue(
        at,
        `no calendar: name one here or in /clock_defaults/calendar (calendars: ${Object.keys(this.doc.calendars).join(', ')})`,
      );
      return undefined;
    }
    const calendarDoc = this.doc.calendars[calendarName];
    if (!calendarDoc) {
      const where = t.calendar !== undefined ? [...at, 'calendar'] : ['clock_defaults', 'calendar'];
      this.issue(where, `unknown calendar '${calendarName}'${hint(calendarName, Object.keys(this.doc.calendars))}`);
      return undefined;
    }
    const calendar = calendars.get(calendarName);
    if (text === MISSING || !calendar) return undefined;
    const parsed = parseDuration(text);
    const ms = parsed
      ? durationMs(parsed, {
          name: calendarName,
          is24x7: calendar.spec.weekly === '24x7',
          businessDayMs: calendar.businessDayMs,
        })
      : `'${text}' is not a duration`;
    if (typeof ms === 'string' || ms <= 0) {
      this.issue([...at, durationKey], typeof ms === 'string' ? ms : 'expected a duration above zero');
      return undefined;
    }
    const counts = t.counts ?? defaults.counts ?? {};
    return {
      kind,
      durationMs: ms,
      durationText:
        businessDates !== undefined
          ? businessDates === 1
            ? 'each business day'
            : `every ${businessDates} business days`
          : durationKey === 'once_within'
            ? `${text}, once`
            : text,
      repeat: durationKey === 'once_within' ? 'once' : 'rolling',
      businessDates,
      calendar,
      warnAt: (t.warn_at ?? defaults.warn_at ?? []).map((p) => Number(p.slice(0, -1)) / 100).sort((a, b) => a - b),
      pauseWhen: t.pause_when ?? defaults.pause_when ?? [],
      counts: { authors: counts.authors ?? ['agent'], publicOnly: counts.public_only ?? true },
      onSeverityChange: t.on_severity_change ?? defaults.on_severity_change ?? 'retroactive',
      rule: '/' + at.join('/'),
      clause: t.clause,
    };
  }

  private buildAvailability(calendars: Map<string, BusinessCalendar>): AvailabilityTerms | undefined {
    const a = this.doc.availability;
    if (!a) return undefined;
    const at = ['availability'];
    // Ticket clocks do not need the availability section: a parameter it lacks defers it instead of failing all.
    const before = this.issues.length;
    const zone = a.zone === undefined ? 'UTC' : this.resolve(a.zone, [...at, 'zone'], 'zone');
    const targetText = this.resolve(a.target, [...at, 'target'], 'percent');
    const m = this.doc.maintenance;
    // The windows' zone is the order form's when the contract leaves it open (Tactful: the customer's server zone).
    const windowsZone =
      m?.windows === undefined
        ? undefined
        : m.windows_zone === undefined
          ? zone
          : this.resolve(m.windows_zone, ['maintenance', 'windows_zone'], 'zone');
    const awaiting = this.issues.splice(before).filter((i) => {
      if (i.missingParameter) return true;
      this.issues.push(i);
      return false;
    });
    if (awaiting.length) {
      this.availabilityAwaits = awaiting.map((i) => i.missingParameter!);
      return undefined;
    }
    if (zone === MISSING || targetText === MISSING || !this.validZone(zone, [...at, 'zone'])) return undefined;
    let notice: AvailabilityTerms['exclusionPolicy']['notice'];
    if (m?.notice) {
      const calendarName = m.notice.calendar ?? this.doc.clock_defaults?.calendar ?? [...calendars.keys()][0];
      const calendar = calendarName === undefined ? undefined : calendars.get(calendarName);
      const parsed = parseDuration(m.notice.at_least);
      const ms =
        parsed && calendar
          ? durationMs(parsed, {
              name: calendar.name,
              is24x7: calendar.spec.weekly === '24x7',
              businessDayMs: calendar.businessDayMs,
            })
          : undefined;
      if (!calendar)
        this.issue(
          ['maintenance', 'notice', 'calendar'],
          `unknown calendar '${calendarName ?? ''}'${hint(calendarName ?? '', [...calendars.keys()])}`,
        );
      else if (typeof ms !== 'number')
        this.issue(
          ['maintenance', 'notice', 'at_least'],
          typeof ms === 'string' ? ms : `'${m.notice.at_least}' is not a duration`,
        );
      else
        notice = {
          durationMs: ms,
          businessDates: parsed?.unit === 'businessDay' ? parsed.amount : undefined,
          text: m.notice.at_least,
          calendar,
          shortNotice: m.notice.short_notice,
          rule: '/maintenance/notice',
        };
    }
    let maintenanceWindows: BusinessCalendar | undefined;
    if (m?.windows && windowsZone !== undefined) {
      if (windowsZone !== MISSING && this.validZone(windowsZone, ['maintenance', 'windows_zone'])) {
        maintenanceWindows = new BusinessCalendar({
          name: 'maintenance-windows',
          zone: windowsZone,
          weekly: m.windows.map(weeklyWindow),
          closures: [],
        });
      }
    }
    const excluded = new Set<ExclusionCategory>();
    const rules: Partial<Record<ExclusionCategory, string>> = {};
    const evidence: Partial<Record<ExclusionCategory, Evidence>> = {};
    (a.exclusions ?? []).forEach((x, i) => {
      const category = typeof x === 'string' ? x : x.category;
      excluded.add(category);
      rules[category] = `/availability/exclusions/${i}`;
      // Written without its evidence: scheduled maintenance needs the notice rule when there is one; others a record.
      evidence[category] =
        typeof x !== 'string' ? x.requires : category === 'scheduled_maintenance' && notice ? 'notice' : 'record';
      if (typeof x !== 'string' && x.requires === 'notice' && !m?.notice)
        this.issue(
          ['availability', 'exclusions', i, 'requires'],
          'requires notice, but /maintenance/notice is not set',
        );
    });
    let outsideHours: AvailabilityTerms['exclusionPolicy']['outsideHours'];
    if (m?.outside_hours) {
      const calendar = calendars.get(m.outside_hours.calendar);
      if (!calendar)
        this.issue(
          ['maintenance', 'outside_hours', 'calendar'],
          `unknown calendar '${m.outside_hours.calendar}'${hint(m.outside_hours.calendar, [...calendars.keys()])}`,
        );
      else
        outsideHours = {
          calendar,
          violation: m.outside_hours.otherwise,
          text: `the hours of calendar '${calendar.name}'`,
          rule: '/maintenance/outside_hours',
        };
    }
    let weeklyMaintenanceAimMs: number | undefined;
    if (m?.weekly_downtime_aim) {
      const d = parseDuration(m.weekly_downtime_aim.below);
      if (d?.unit === 'time') weeklyMaintenanceAimMs = d.amount;
      else this.issue(['maintenance', 'weekly_downtime_aim', 'below'], `expected an amount of time such as '30m'`);
    }
    const statedAllowances: Partial<Record<PeriodKind, number>> = {};
    for (const [kind, text] of Object.entries(a.stated_allowances ?? {})) {
      const d = parseDuration(text);
      if (d?.unit === 'time') statedAllowances[kind as PeriodKind] = d.amount;
      else
        this.issue(
          ['availability', 'stated_allowances', kind],
          `expected an amount of time such as '43m28s', found '${text}'`,
        );
    }
    const minDuration = a.outage?.min_duration
      ? parseDuration(a.outage.min_duration)
      : { amount: 0, unit: 'time' as const };
    if (!minDuration || minDuration.unit !== 'time')
      this.issue(['availability', 'outage', 'min_duration'], `expected an amount of time such as '60s'`);
    return {
      sli: a.sli,
      target: this.percent(targetText, ['availability', 'target']),
      guarantee: a.guarantee,
      zone,
      period: a.period ?? 'month',
      denominator: a.denominator ?? 'period',
      outage: {
        minImpact:
          a.outage?.min_impact && a.outage.min_impact !== 'any'
            ? Number(a.outage.min_impact.slice(0, -1)) / 100
            : Number.MIN_VALUE,
        minDurationMs: minDuration?.amount ?? 0,
      },
      exclusionPolicy: {
        excluded,
        notice,
        evidence,
        outsideHours,
        rules,
      },
      maintenanceWindows,
      windowExcludes: m?.window_policy?.excludes ?? 'declared_maintenance',
      windowNotices: {
        inside: m?.window_notices?.inside ?? 'sent',
        clause: m?.window_notices?.clause ?? m?.clause,
      },
      weeklyMaintenanceAimMs,
      statedAllowances,
      rule: '/availability',
      clause: a.clause,
    };
  }

  private buildCredits(): CreditPolicy | undefined {
    const c = this.doc.credits;
    if (!c) return undefined;
    if (c.form !== 'none' && !c.tiers?.length)
      this.issue(['credits', 'tiers'], `a credit form of ${c.form} needs tiers`);
    const tiers = (c.tiers ?? []).map((t, i): CreditTier => {
      const at = ['credits', 'tiers', i];
      const p = (v: string | undefined, key: string) => (v === undefined ? undefined : this.percent(v, [...at, key]));
      if (t.below === undefined && t.at_most === undefined && t.at_least === undefined && t.above === undefined) {
        this.issue(at, 'a tier needs at least one bound: below, at_most, at_least or above');
      }
      return {
        below: p(t.below, 'below'),
        atMost: p(t.at_most, 'at_most'),
        atLeast: p(t.at_least, 'at_least'),
        above: p(t.above, 'above'),
        credit: t.credit,
        rule: `/credits/tiers/${i}`,
      };
    });
    return { form: c.form, tiers, monthlyCap: c.monthly_cap, claimWindowDays: c.claim_window_days, rule: '/credits' };
  }

  private percent(text: string, path: (string | number)[]): ExactPercent {
    const p = parsePercent(text);
    if (!p) this.issue(path, `expected a percentage from 0% to 100%, found '${text}'`);
    return p ?? { text, scaled: 0, scale: 1 };
  }

  private validZone(zone: string, path: (string | number)[]): boolean {
    if (isValidZone(zone)) return true;
    this.issue(path, `expected an IANA time zone such as America/Los_Angeles, found '${zone}'`);
    return false;
  }

  /**
   * Who each kind of notice reaches. A role must be one the contract gives its customer's contacts (`contacts.roles`),
   * compared without regard to case: a misspelt role would otherwise reach no one, silently.
   */
  private buildNotices(): CompiledContract['notices'] {
    const notices: CompiledContract['notices'] = {};
    const declared = this.doc.contacts?.roles ?? [];
    for (const kind of ['incident', 'unplanned_maintenance'] as const) {
      const audience = this.doc.notices?.[kind];
      if (!audience) continue;
      audience.contact_roles.forEach((role, i) => {
        if (!declared.some((d) => d.toLowerCase() === role.toLowerCase()))
          this.issue(
            ['notices', kind, 'contact_roles', i],
            `unknown contact role '${role}'${hint(role, declared)} (contacts.roles: ${declared.length ? declared.join(', ') : 'none declared'})`,
          );
      });
      notices[kind] = {
        contactRoles: audience.contact_roles,
        providerGroups: [...new Set(audience.provider_groups ?? [])],
        clause: audience.clause ?? this.doc.notices?.clause,
      };
    }
    return notices;
  }

  private checkUnique(ids: string[], at: (string | number)[], what: string): void {
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) this.issue([...at, i, 'id'], `duplicate ${what} '${id}'`);
    });
  }

  /** Records an issue once: a shared setting (a default calendar) is not reported again by every target using it. */
  private issue(path: (string | number)[], message: string, atKey = false): void {
    const issue = this.source.issueAt(path, message, atKey);
    const seen = this.issues.some(
      (i) => i.file === issue.file && i.pointer === issue.pointer && i.message === issue.message,
    );
    if (!seen) this.issues.push(issue);
  }

  private orderIssue(path: (string | number)[], message: string, atKey = false): void {
    this.issues.push(this.orderForm!.source.issueAt(path, message, atKey));
  }
}

function isValidZone(zone: string): boolean {
  try {
    assertValidZone(zone);
    return true;
  } catch {
    return false;
  }
}

function hint(word: string, candidates: string[]): string {
  const h = didYouMean(word, candidates);
  return h ? `; did you mean '${h}'?` : '';
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function weeklyWindow(w: { days: WeeklyWindow['days']; hours: string }): WeeklyWindow {
  const [from, to] = w.hours.split('-').map((s) => s.trim()) as [string, string];
  return { days: w.days, start: minutes(from), end: minutes(to) };
}

function closedDate(d: string | { date: string; from?: string; to?: string; name?: string }): ClosedDate {
  if (typeof d === 'string') return { date: d, from: 0, to: 1440, name: 'closed' };
  return {
    date: d.date,
    from: d.from ? minutes(d.from) : 0,
    to: d.to ? minutes(d.to) : 1440,
    name: d.name ?? 'closed',
  };
}
