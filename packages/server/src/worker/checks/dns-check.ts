import { promises as dns } from 'node:dns';
import type { DnsConfig } from '../../services/monitors/monitor-config.js';
import { errorText, failure, type Check } from './check.js';

/** DNS: the record resolves at the configured resolver, and one answer equals the expected value when one is set. */
export const dnsCheck: Check<DnsConfig> = {
  async run(config, now) {
    const started = now();
    const resolver = new dns.Resolver({ timeout: config.timeoutMs, tries: 1 });
    if (config.server) resolver.setServers([config.server]);
    try {
      const answers = await resolve(resolver, config);
      const latencyMs = now() - started;
      if (config.expected !== undefined && !answers.includes(config.expected))
        return { ok: false, latencyMs, error: `answers ${answers.join(', ') || 'none'}, expected ${config.expected}` };
      return { ok: true, latencyMs };
    } catch (e) {
      return failure(started, now, errorText(e));
    }
  },
};

async function resolve(resolver: dns.Resolver, config: DnsConfig): Promise<string[]> {
  switch (config.recordType) {
    case 'MX':
      return (await resolver.resolveMx(config.name)).map((r) => r.exchange);
    case 'TXT':
      return (await resolver.resolveTxt(config.name)).map((parts) => parts.join(''));
    default:
      return resolver.resolve(config.name, config.recordType);
  }
}
