import type { ProbeConfig } from '../../services/monitors/monitor-config.js';
import type { CheckResult } from './check.js';
import { dnsCheck } from './dns-check.js';
import { httpCheck } from './http-check.js';
import { tcpCheck } from './tcp-check.js';

/** Runs a check a probe makes itself, by its type. */
export function runCheck(config: ProbeConfig, now: () => number): Promise<CheckResult> {
  switch (config.type) {
    case 'http':
      return httpCheck.run(config, now);
    case 'tcp':
      return tcpCheck.run(config, now);
    case 'dns':
      return dnsCheck.run(config, now);
  }
}
