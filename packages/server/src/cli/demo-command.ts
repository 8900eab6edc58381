import type { Command } from 'commander';
import { loadDemo } from '../services/demo/load-demo.js';
import { demoSignIns } from '../services/people/demo-people.js';
import { SYSTEM } from '../services/core/service-context.js';
import { addDemoMonitors } from '../services/monitors/demo-monitors.js';
import { openStore } from '../services/core/store.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('load a realistic quarter (a customer on each seed contract, tickets, incidents) into the store')
    .option(
      '--database <url>',
      'postgres://… or a SQLite file (env DATABASE_URL)',
      process.env.DATABASE_URL ?? './data/surety.db',
    )
    .option('--contracts <dir>', 'the seed contracts and their order forms', 'contracts')
    .action(async (opts: { database: string; contracts: string }) => {
      const store = await openStore(opts.database);
      try {
        const r = await loadDemo(store.context(SYSTEM), opts.contracts);
        // Monitors of targets the server answers itself, measured from `local` once `npm start` runs.
        // The hints name the port `npm start` will listen on (PORT, as serve reads it).
        const server = `http://127.0.0.1:${process.env.PORT ?? 8080}`;
        const monitors = await addDemoMonitors(store.context(SYSTEM), server, {
          customerId: 'acme-corp',
          contractId: 'techjutsu-caller-verify',
        });
        if (monitors.length)
          process.stdout.write(
            `monitors ${monitors.join(', ')} measure targets of the server itself every 30 s once it runs ` +
              `(demo-checkout fails 2 minutes in every 20): GET /monitors/demo-checkout/status\n`,
          );
        const signIns = (await demoSignIns(store.context(SYSTEM)))
          .map((s) => `sign in as ${s.role.padEnd(8)} (${s.email}), once: ${server}${s.path}\n`)
          .join('');
        if (r === 'already loaded') {
          process.stdout.write(`the demo data is already in this store\n${signIns}`);
          return;
        }
        process.stdout.write(
          `loaded ${r.customers} customers, ${r.tickets} support requests, ${r.events} events, incidents and exclusions\n` +
            `agent token:    ${r.tokens.agent}\n` +
            `customer token: ${r.tokens.customer.token}  (${r.tokens.customer.customerId} only)\n` +
            signIns +
            `watch a breach: ticket ${r.live.ticket} breaches its 1-hour response at ${new Date(r.live.breachesAt).toISOString()};\n` +
            `  with \`npm start\` running: curl -s ${server}/tickets/${r.live.ticket} -H "authorization: Bearer <agent token>"\n`,
        );
      } finally {
        await store.close();
      }
    });
}
