import type { Command } from 'commander';
import {
  burnAlerts,
  formatDuration,
  type ContractAvailabilityReport,
  type CompiledContract,
  isInvalid,
} from '@surety/engine';
import { availabilityFromFiles, claimDecision, type AvailabilityInputs } from './files/availability-files.js';
import { formatInZone, parseInstant, wireInstant } from '../services/core/instants.js';
import { availabilityReportJson } from '../services/availability/report-json.js';
import { formatOption } from './format-option.js';
import { fail, withContractErrors } from './report-errors.js';

const inputOptions = (c: Command) =>
  c
    .requiredOption('--contract <file>', 'contract YAML')
    .option('--order-form <file>', "the customer's order form")
    .option('--samples <file>', 'probe samples: at,location,ok (CSV or JSON lines)')
    .option('--requests <file>', 'request counts: start,end,total,failed[,excluded_failed]')
    .option('--impact <file>', 'declared incidents: start,end,fraction')
    .option('--exclusions <file>', 'exclusions: id,start,end,category,reason[,notice_at,communicated_at]')
    .requiredOption('--period <period>', 'e.g. 2026-02, 2026-Q1, 2026, 2026-W07, 2026-02-14, START/END');

export function registerAvailability(program: Command): void {
  inputOptions(
    program
      .command('availability')
      .description("a period's availability report: uptime, outages, exclusions, budget, credit"),
  )
    .option('--at <instant>', 'burn rates as of this instant (default: the end of the period, or now if sooner)')
    .addOption(formatOption())
    .action((opts: AvailabilityInputs & { format: 'table' | 'json'; at?: string }) =>
      withContractErrors(async () => {
        const result = await availabilityFromFiles(opts);
        for (const b of result.bad) process.stderr.write(`${b.file}:${b.line}: ${b.message} (row skipped)\n`);
        const t = result.report.time;
        // The edge reads the clock: burn rates are "as of now" unless the period is over or --at says otherwise.
        const asOf = opts.at !== undefined ? instant('--at', opts.at) : t ? Math.min(Date.now(), t.period.end) : 0;
        const burn = t ? burnAlerts(t.counted, t.target, asOf) : [];
        process.stdout.write(
          opts.format === 'json'
            ? JSON.stringify(
                {
                  ...availabilityReportJson(result.report, null),
                  burn: t ? { asOf: wireInstant(asOf), alerts: burn } : null,
                },
                null,
                2,
              ) + '\n'
            : formatReport(result.contract, result.report) + formatBurn(burn, asOf, result.report),
        );
      }),
    );

  inputOptions(program.command('claim').description("evaluate a service-credit claim against a month's report"))
    .option('--filed-at <instant>', 'when the customer filed the claim (omit: is anything owed without one?)')
    .option('--affected-at <instant>', 'when service was affected (default: the first counted outage)')
    .addOption(formatOption())
    .action((opts: AvailabilityInputs & { filedAt?: string; affectedAt?: string; format: 'table' | 'json' }) =>
      withContractErrors(async () => {
        const result = await availabilityFromFiles(opts);
        for (const b of result.bad) process.stderr.write(`${b.file}:${b.line}: ${b.message} (row skipped)\n`);
        let claim: { filedAt: number; affectedAt: number } | undefined;
        if (opts.filedAt !== undefined) {
          const filedAt = instant('--filed-at', opts.filedAt);
          const firstOutage = result.report.time?.outages.find((o) => o.countedMs > 0)?.start;
          const affectedAt =
            opts.affectedAt !== undefined
              ? instant('--affected-at', opts.affectedAt)
              : (firstOutage ??
                fail('--affected-at', 'no counted outage in the period: say when service was affected'));
          claim = { filedAt, affectedAt };
        }
        const d = claimDecision(result, claim);
        const zone = result.contract.availability!.zone;
        const uptime = (result.report.time ?? result.report.requests)!.uptime;
        if (opts.format === 'json') {
          // The fields of the API's claim decision (services/claims/claim-json.ts) that a file-based claim has.
          const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
          const json = {
            contractId: result.contract.id,
            period: opts.period,
            filedAt: iso(claim?.filedAt),
            affectedAt: iso(claim?.affectedAt),
            deadline: iso(d.deadline),
            outcome: d.outcome,
            credit: d.credit.credit,
            form: d.credit.form,
            capped: d.credit.capped,
            uptime,
            rule: d.rule,
            reason: d.reason,
          };
          process.stdout.write(JSON.stringify(json, null, 2) + '\n');
          return;
        }
        const unit =
          d.credit.form === 'licence_days'
            ? 'day(s) of licence extension'
            : d.credit.form === 'fee_percent'
              ? '% of the monthly fee'
              : '';
        process.stdout.write(
          [
            `claim: ${d.outcome}`,
            `  credit   ${d.credit.credit} ${unit}${d.credit.capped ? ' (capped)' : ''}`.trimEnd(),
            `  uptime   ${uptime} against ${result.contract.availability!.target.text}`,
            d.deadline !== undefined
              ? `  deadline ${formatInZone(d.deadline, zone)} (claims must be filed before it)`
              : '',
            `  why      ${d.reason}`,
            `  rule     ${d.rule}`,
          ]
            .filter(Boolean)
            .join('\n') + '\n',
        );
      }),
    );
}

function instant(option: string, value: string): number {
  const t = parseInstant(value);
  return isInvalid(t) ? fail(option, t.message) : t;
}

function formatReport(contract: CompiledContract, r: ContractAvailabilityReport): string {
  const terms = contract.availability!;
  const lines: string[] = [];
  const measured = r.time ?? r.requests!;
  const zone = measured.period.zone;
  lines.push(`Availability — ${contract.provider}, ${contract.title} — ${measured.period.label} (${zone})`);
  const verdict = r.met ? 'met' : r.guarantee ? 'NOT MET' : 'missed (a target, not a guarantee)';
  lines.push(`  uptime     ${measured.uptime}  target ${terms.target.text}  ${verdict}`);
  if (r.time) {
    const t = r.time;
    lines.push(
      `  measured   ${t.denominator === 'scheduled' ? 'scheduled uptime (period less excluded time)' : 'the whole period'}: ${formatDuration(t.total)}; counted outage ${formatDuration(t.outageMs)}; excluded ${formatDuration(t.excludedMs)}`,
    );
    lines.push(
      `  budget     allowed ${formatDuration(t.budget.allowedMs)}, used ${formatDuration(t.budget.usedMs)}, left ${formatDuration(t.budget.remainingMs)}`,
    );
    if (r.stated) {
      lines.push(
        `  stated     the contract's table allows ${formatDuration(r.stated.statedMs)} a ${r.stated.kind}; its formula gives ${formatDuration(r.stated.formulaMs)} for this ${r.stated.kind}: the formula rules`,
      );
    }
    lines.push('', 'Outages');
    if (!t.outages.length) lines.push('  (none)');
    for (const o of t.outages) {
      const cover = o.coveredBy.map((c) => `${c.exclusion} ${c.category} ${formatDuration(c.ms)}`).join('; ');
      lines.push(
        `  ${formatInZone(o.start, zone)} – ${formatInZone(o.end, zone)}  ${formatDuration(o.durationMs)}  ${o.classification}  counted ${formatDuration(o.countedMs)}${cover ? `  [${cover}]` : ''}`,
      );
    }
    lines.push('', 'Time by class');
    lines.push(
      `  available  ${formatDuration(t.classes.available)}`,
      `  outage     ${formatDuration(t.classes.outage)}`,
    );
    for (const [category, ms] of Object.entries(t.classes.excluded))
      lines.push(`  excluded   ${category} ${formatDuration(ms)}`);
    if (r.maintenanceAim) {
      lines.push(
        '',
        `Maintenance downtime per week (aim: under ${formatDuration(r.maintenanceAim.aimMs)}; an aim, never a breach)`,
      );
      for (const w of r.maintenanceAim.weeks)
        lines.push(
          `  ${formatInZone(w.start, zone)} – ${formatInZone(w.end, zone)}  ${formatDuration(w.downtimeMs)}  ${w.met ? 'within the aim' : 'OVER the aim'}`,
        );
    }
    if (t.decisions.length) {
      lines.push('', 'Exclusions');
      for (const d of t.decisions) {
        const x = d.exclusion;
        lines.push(
          `  ${x.id} ${x.category} ${formatInZone(x.start, zone)} – ${formatInZone(x.end, zone)}: ${d.excluded ? 'excluded' : 'NOT excluded'}${d.flagged ? ' (flagged)' : ''} — ${d.note ?? x.reason} [${d.rule}]`,
        );
      }
    }
  } else {
    const q = r.requests!;
    lines.push(`  requests   ${q.total} valid, ${q.failed} failed, ${q.excludedRequests} excluded`);
    lines.push(
      `  budget     ${q.budget.allowedFailures.toFixed(1)} failures allowed, ${q.budget.usedFailures} used, ${q.budget.remainingFailures.toFixed(1)} left`,
    );
  }
  if (r.credit) {
    const unit =
      r.credit.form === 'licence_days'
        ? 'day(s) of licence extension'
        : r.credit.form === 'fee_percent'
          ? '% of the monthly fee'
          : r.guarantee
            ? 'none: the contract sets no service credits'
            : 'none: the contract states a target, not a guarantee';
    lines.push(
      '',
      `Credit       ${r.credit.form === 'none' ? unit : `${r.credit.credit} ${unit}${r.credit.capped ? ' (capped)' : ''}`} [${r.credit.rule}]`,
    );
  }
  return lines.join('\n') + '\n';
}

function formatBurn(alerts: ReturnType<typeof burnAlerts>, asOf: number, r: ContractAvailabilityReport): string {
  if (!r.time) return '';
  const zone = r.time.period.zone;
  const rows = alerts.map(
    (a) =>
      `  ${a.name.padEnd(6)} ${a.firing ? 'FIRING' : 'quiet '}  long ${a.longRate.toFixed(1)}×, short ${a.shortRate.toFixed(1)}× (threshold ${a.threshold}×)`,
  );
  return `\nBurn rate as of ${formatInZone(asOf, zone)} (multi-window: 1 h / 6 h / 3 d)\n${rows.join('\n')}\n`;
}
