import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileContract } from '@surety/engine';
import { latestContractVersion } from '../../storage/repositories/contract-repository.js';
import { publishContract } from './publish.js';
import type { ServiceContext } from '../core/service-context.js';

/** Publishes each contract file in `dir` whose text differs from its latest stored version. */
export async function seedContracts(ctx: ServiceContext, dir: string): Promise<{ id: string; version: number }[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /\.ya?ml$/.test(n)).sort();
  const published: { id: string; version: number }[] = [];
  for (const name of names) {
    const source = await readFile(join(dir, name), 'utf8');
    const id = compileContract({ file: name, text: source }).contract?.id ?? /\bid:\s*([\w-]+)/.exec(source)?.[1];
    if (!id || /^\s*order_form:/m.test(source)) continue;
    if ((await latestContractVersion(ctx.db, id))?.source === source) continue;
    published.push(await publishContract(ctx, source));
  }
  return published;
}
