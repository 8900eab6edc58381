import { randomBytes } from 'node:crypto';
import { Option, type Command } from 'commander';
import { pino } from 'pino';
import { startProbeScheduler } from '../worker/probe-scheduler.js';
import { remoteProbeLink } from '../worker/remote-probe.js';

interface ProbeOptions {
  location: string;
  server: string;
  token: string;
  buffer?: string;
}

export function registerProbe(program: Command): void {
  program
    .command('probe')
    .description("run a probe agent: measure a location's monitors and push the results to a Surety server")
    .requiredOption('--location <name>', 'the location this agent measures from (letters, digits, . _ -)')
    .addOption(new Option('--server <url>', 'the Surety server').env('SURETY_SERVER').makeOptionMandatory())
    .addOption(new Option('--token <token>', 'an agent or admin API token').env('SURETY_TOKEN').makeOptionMandatory())
    .option('--buffer <dir>', 'where results wait while the server is unreachable (default ./data/probe-LOCATION)')
    .action((opts: ProbeOptions) => {
      if (!/^[\w.-]{1,64}$/.test(opts.location))
        throw new Error(`--location: expected 1–64 letters, digits, . _ or -, got '${opts.location}'`);
      const log = pino();
      const link = remoteProbeLink({
        server: opts.server,
        token: opts.token,
        location: opts.location,
        bufferDir: opts.buffer ?? `./data/probe-${opts.location}`,
        onError: (e) => log.warn({ err: e, pending: link.pending() }, 'results kept in the buffer'),
      });
      const probe = startProbeScheduler({
        link,
        member: `${opts.location}-${process.pid}-${randomBytes(3).toString('hex')}`,
        onError: (e) => log.warn({ err: e }, 'probe'),
      });
      const shutdown = async () => {
        await probe.stop();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown());
      process.once('SIGTERM', () => void shutdown());
      process.stderr.write(`Surety probe at ${opts.location}, reporting to ${opts.server}\n`);
    });
}
