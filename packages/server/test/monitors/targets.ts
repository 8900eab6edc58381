import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Real targets on 127.0.0.1 for monitor tests: an HTTP(S) server whose answers the test controls. */
export interface HttpTarget {
  url: string;
  port: number;
  /** Set to make /health fail (503) until cleared. */
  failing: boolean;
  /** Requests received, by query string (`/health?m=a` counts under `m=a`). */
  requests: Map<string, number>;
  close(): Promise<void>;
}

function handler(target: { failing: boolean; requests: Map<string, number> }): http.RequestListener {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const key = url.search.slice(1);
    target.requests.set(key, (target.requests.get(key) ?? 0) + 1);
    if (path === '/health') {
      res.writeHead(target.failing ? 503 : 200, { 'content-type': 'text/plain' });
      return res.end(target.failing ? 'down' : 'all systems go');
    }
    if (path === '/json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ status: 'ok', checks: [{ name: 'db', ok: true }] }));
    }
    if (path === '/slow') return void setTimeout(() => res.end('late'), 300);
    if (path === '/hang') return; // never answers
    if (path === '/moved') {
      res.writeHead(302, { location: '/health' });
      return res.end();
    }
    if (path === '/loop') {
      res.writeHead(302, { location: '/loop' });
      return res.end();
    }
    if (path === '/echo') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => res.end(`${req.method} ${req.headers['x-probe'] ?? ''} ${Buffer.concat(chunks).toString()}`));
      return;
    }
    res.writeHead(404);
    res.end();
  };
}

async function listen(
  server: http.Server,
  scheme: string,
  target: { failing: boolean; requests: Map<string, number> },
): Promise<HttpTarget> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(target, {
    url: `${scheme}://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

export function httpTarget(): Promise<HttpTarget> {
  const target = { failing: false, requests: new Map<string, number>() };
  return listen(http.createServer(handler(target)), 'http', target);
}

/** An HTTPS target with a self-signed certificate made now by the openssl CLI, valid for `days` days. */
export function tlsTarget(days: number): Promise<HttpTarget> {
  const dir = mkdtempSync(join(tmpdir(), 'surety-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      String(days),
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const target = { failing: false, requests: new Map<string, number>() };
  const server = https.createServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    handler(target),
  );
  return listen(server, 'https', target);
}

/** A free UDP and TCP port on loopback for a resolver (dnsmasq takes a port number, not 0). */
async function freePort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

/** A real DNS resolver (Debian's dnsmasq) on loopback answering for svc.test and nothing else. */
export async function dnsTarget(): Promise<{ server: string; stop(): Promise<void> }> {
  const port = await freePort();
  // dnsmasq-base installs into /usr/sbin, which a non-root PATH may leave out.
  const proc: ChildProcess = spawn(
    existsSync('/usr/sbin/dnsmasq') ? '/usr/sbin/dnsmasq' : 'dnsmasq',
    [
      '--keep-in-foreground',
      '--conf-file=/dev/null',
      '--no-resolv',
      '--no-hosts',
      '--no-poll',
      '--pid-file=',
      '--bind-interfaces',
      '--listen-address=127.0.0.1',
      `--port=${port}`,
      '--user=root',
      '--host-record=svc.test,127.0.0.2',
      '--txt-record=svc.test,v=surety',
      '--mx-host=svc.test,mail.svc.test,10',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  // Ready when it answers on its port.
  const { promises: dns } = await import('node:dns');
  const resolver = new dns.Resolver({ timeout: 200, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  for (let i = 0; ; i++) {
    try {
      await resolver.resolve4('svc.test');
      break;
    } catch (e) {
      if (i > 50 || proc.exitCode !== null)
        throw new Error(`dnsmasq did not start: ${stderr || String(e)}`, { cause: e });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    server: `127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}
