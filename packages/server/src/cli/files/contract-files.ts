import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  compileContract,
  ContractError,
  holidayListCoverage,
  parseContract,
  parseYamlSource,
  type CompileIssue,
  type CompiledContract,
  type ContractIssue,
  type HolidayListCoverage,
  type SourceText,
} from '@surety/engine';

export async function readSource(file: string): Promise<SourceText> {
  try {
    return { file, text: await readFile(file, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ContractError([
      { file, line: 0, column: 0, pointer: '', message: code === 'ENOENT' ? 'no such file' : `cannot read: ${code}` },
    ]);
  }
}

/** A contract file and, optionally, the customer's order form, compiled; throws ContractError. */
export async function loadContractFiles(contractFile: string, orderFormFile?: string): Promise<CompiledContract> {
  const contract = await readSource(contractFile);
  const orderForm = orderFormFile ? await readSource(orderFormFile) : undefined;
  const { contract: compiled, issues } = compileContract(contract, orderForm);
  if (!compiled || issues.length) throw new ContractError(issues);
  return compiled;
}

export interface CheckReport {
  file: string;
  kind: 'contract' | 'order form' | 'unknown';
  summary: string;
  issues: ContractIssue[];
  /** Parameters a lone contract leaves to order forms. */
  awaitingOrderForm: string[];
  /** How far each provider-published holiday list of a contract reaches. */
  holidayLists: HolidayListCoverage[];
}

/**
 * Checks contract and order-form files. An order form is checked against its contract, found among the
 * files given or beside the order form (its folder and the one above).
 */
export async function checkFiles(files: string[]): Promise<CheckReport[]> {
  const sources = await Promise.all(files.map(readSourceOrIssue));
  const contractsById = new Map<string, SourceText>();
  for (const s of sources) if ('text' in s && kindOf(s) === 'contract') contractsById.set(idOf(s) ?? '', s);
  const reports: CheckReport[] = [];
  for (const s of sources) {
    if (!('text' in s)) {
      reports.push({
        file: s.file,
        kind: 'unknown',
        summary: '',
        issues: s.issues,
        awaitingOrderForm: [],
        holidayLists: [],
      });
      continue;
    }
    const kind = kindOf(s);
    if (kind === 'order form') {
      const contractId = idOf(s);
      const contract = contractId
        ? (contractsById.get(contractId) ?? (await findContract(s.file, contractId)))
        : undefined;
      if (!contract) {
        const result = compileContract(s); // reports the order form's own shape problems first
        const issues = result.issues.length
          ? result.issues
          : [
              {
                file: s.file,
                line: 1,
                column: 1,
                pointer: '/order_form/contract',
                message: `no contract with id '${contractId}' among the files given or beside this order form`,
              },
            ];
        reports.push({ file: s.file, kind, summary: '', issues, awaitingOrderForm: [], holidayLists: [] });
        continue;
      }
      const result = compileContract(contract, s);
      reports.push({
        file: s.file,
        kind,
        summary: `order form for ${contractId} (customer ${result.contract?.customer ?? '?'})`,
        issues: result.issues,
        awaitingOrderForm: [],
        holidayLists: [],
      });
    } else {
      const result = compileContract(s);
      const missing = [
        ...result.issues.filter((i: CompileIssue) => i.missingParameter).map((i) => i.missingParameter!),
        ...(result.contract?.availabilityAwaits ?? []),
      ];
      const others = result.issues.filter((i: CompileIssue) => !i.missingParameter);
      const doc = parseContract(s).doc;
      const summary = doc
        ? `contract ${doc.contract.id}: ${doc.severities.levels.length} levels of ${doc.severities.label}, ${Object.keys(doc.plans).length} plan(s), ${Object.keys(doc.calendars).length} calendar(s)`
        : `contract ${idOf(s) ?? ''}`;
      reports.push({
        file: s.file,
        kind: 'contract',
        summary,
        issues: others,
        awaitingOrderForm: [...new Set(missing)],
        holidayLists: [...(result.contract?.calendars.values() ?? [])].flatMap(holidayListCoverage),
      });
    }
  }
  return reports;
}

async function readSourceOrIssue(file: string): Promise<SourceText | { file: string; issues: ContractIssue[] }> {
  try {
    return await readSource(file);
  } catch (e) {
    if (e instanceof ContractError) return { file, issues: e.issues };
    throw e;
  }
}

/** The file's value when it parses within the parser's bounds (its issues are reported when it is compiled). */
function peek(s: SourceText): Record<string, unknown> | undefined {
  const v = parseYamlSource(s.file, s.text).source?.value;
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
}

function kindOf(s: SourceText): 'contract' | 'order form' {
  return peek(s)?.order_form !== undefined ? 'order form' : 'contract';
}

function idOf(s: SourceText): string | undefined {
  const v = peek(s);
  const id =
    (v?.order_form as { contract?: unknown } | undefined)?.contract ??
    (v?.contract as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

async function findContract(orderFormFile: string, id: string): Promise<SourceText | undefined> {
  for (const dir of [dirname(resolve(orderFormFile)), dirname(dirname(resolve(orderFormFile)))]) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => /\.ya?ml$/.test(n))) {
      const source = await readSource(join(dir, name)).catch(() => undefined);
      if (source && kindOf(source) === 'contract' && idOf(source) === id) return source;
    }
  }
  return undefined;
}
