import net from 'node:net';
import type { TcpConfig } from '../../services/monitors/monitor-config.js';
import { errorText, failure, type Check } from './check.js';

/** TCP: the port accepts a connection within the timeout. */
export const tcpCheck: Check<TcpConfig> = {
  run(config, now) {
    const started = now();
    return new Promise((resolve) => {
      const socket = net.connect({ host: config.host, port: config.port });
      socket.setTimeout(config.timeoutMs);
      socket.once('connect', () => {
        socket.destroy();
        resolve({ ok: true, latencyMs: now() - started });
      });
      socket.once('timeout', () => {
        socket.destroy();
        resolve(failure(started, now, `timed out after ${config.timeoutMs} ms`));
      });
      socket.once('error', (e) => resolve(failure(started, now, errorText(e))));
    });
  },
};
