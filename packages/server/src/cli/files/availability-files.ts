import {
  contractAvailabilityReport,
  ContractError,
  evaluateClaim,
  impactFromIncidents,
  impactFromRequests,
  outagesFromImpact,
  outagesFromProbes,
  parsePeriod,
  type ClaimDecision,
  type CompiledContract,
  type ContractAvailabilityReport,
  type RequestRow,
  type SliInput,
} from '@surety/engine';
import { loadContractFiles } from './contract-files.js';
import {
  exclusionRow,
  impactRow,
  forEachRow,
  ProbeColumnsBuilder,
  readRows,
  requestRow,
  sampleRow,
  toExclusions,
  type BadRow,
} from './measurement-files.js';

export interface AvailabilityInputs {
  contract: string;
  orderForm?: string;
  samples?: string;
  requests?: string;
  impact?: string;
  exclusions?: string;
  period: string;
}

export interface AvailabilityResult {
  contract: CompiledContract;
  report: ContractAvailabilityReport;
  bad: BadRow[];
}

/** Reads a contract and its measurements and computes a period's availability report. */
export async function availabilityFromFiles(inputs: AvailabilityInputs): Promise<AvailabilityResult> {
  const contract = await loadContractFiles(inputs.contract, inputs.orderForm);
  const terms = contract.availability;
  const fail = (message: string): never => {
    throw new ContractError([{ file: inputs.contract, line: 0, column: 0, pointer: '/availability', message }]);
  };
  if (!terms && contract.availabilityAwaits) {
    fail(
      `the availability section needs ${contract.availabilityAwaits.join(', ')} from the customer's order form (--order-form)`,
    );
  }
  if (!terms) fail(`contract ${contract.id} has no availability section`);
  const given = [inputs.samples, inputs.requests, inputs.impact].filter(Boolean).length;
  if (given !== 1) throw new Error('give exactly one of --samples, --requests or --impact');
  const period = parsePeriod(inputs.period, terms!.zone);
  if (typeof period === 'string') throw new Error(`--period: ${period}`);
  const bad: BadRow[] = [];
  let input: SliInput;
  if (inputs.samples) {
    const samples = new ProbeColumnsBuilder();
    measured(inputs.samples, await forEachRow(inputs.samples, sampleRow, bad, (s) => samples.add(s)), bad);
    input = { kind: 'outages', outages: outagesFromProbes(samples.build(), terms!.outage, period.end) };
  } else if (inputs.requests) {
    const rows: RequestRow[] = [];
    const read = await forEachRow(inputs.requests, requestRow, bad, (r) => {
      rows.push({ start: r.start, end: r.end, total: r.total, failed: r.failed, excludedFailed: r.excluded_failed });
      return undefined;
    });
    measured(inputs.requests, read, bad);
    input =
      terms!.sli === 'requests'
        ? { kind: 'requests', rows }
        : { kind: 'outages', outages: outagesFromImpact(impactFromRequests(rows), terms!.outage) };
  } else {
    const rows = await readRows(inputs.impact!, impactRow, bad);
    measured(inputs.impact!, rows.length, bad);
    input = { kind: 'outages', outages: outagesFromImpact(impactFromIncidents(rows), terms!.outage) };
  }
  const exclusions = inputs.exclusions ? toExclusions(await readRows(inputs.exclusions, exclusionRow, bad)) : [];
  const report = contractAvailabilityReport(terms!, contract.credits, input, exclusions, inputs.period);
  if (typeof report === 'string') throw new Error(`--period: ${report}`);
  return { contract, report, bad };
}

/**
 * A measurement file without a usable row measured nothing: reporting 100% from it would claim an uptime no one
 * observed, so it is an error that says so.
 */
function measured(file: string, rows: number, bad: BadRow[]): void {
  if (rows > 0) return;
  const skipped = bad.filter((b) => b.file === file);
  const why = skipped.length ? `every one of its ${skipped.length} row(s) was bad` : 'it has no rows';
  const listed = skipped.slice(0, 20).map((b) => `\n${b.file}:${b.line}: ${b.message} (row skipped)`);
  throw new Error(`${file}: no data was measured (${why}), so there is no availability to report${listed.join('')}`);
}

/** A credit claim against a month's report. */
export function claimDecision(
  result: AvailabilityResult,
  claim?: { filedAt: number; affectedAt: number },
): ClaimDecision {
  const { contract, report } = result;
  if (!contract.credits)
    throw new ContractError([
      {
        file: contract.id,
        line: 0,
        column: 0,
        pointer: '/credits',
        message: `contract ${contract.id} has no credits section`,
      },
    ]);
  const measured = report.time ?? report.requests!;
  return evaluateClaim(measured.good, measured.total, contract.credits, contract.availability!.zone, claim);
}
