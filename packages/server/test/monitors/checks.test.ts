import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitorConfig, type ProbeConfig } from '../../src/services/monitors/monitor-config.js';
import { runCheck } from '../../src/worker/checks/probe-checks.js';
import { counter } from '../../src/worker/checks/prometheus-scrape.js';
import { dnsTarget, httpTarget, tlsTarget, type HttpTarget } from './targets.js';

const check = (config: unknown) => runCheck(monitorConfig.parse(config) as ProbeConfig, Date.now);

describe('checks against real targets on 127.0.0.1', () => {
  let web: HttpTarget;
  let tls: HttpTarget;
  let dns: Awaited<ReturnType<typeof dnsTarget>>;
  beforeAll(async () => {
    web = await httpTarget();
    tls = await tlsTarget(3);
    dns = await dnsTarget();
  });
  afterAll(async () => {
    await web?.close();
    await tls?.close();
    await dns?.stop();
  });

  it('HTTP: status, keyword, JSON path, method, headers and body', async () => {
    expect(await check({ type: 'http', url: `${web.url}/health`, keyword: 'systems go' })).toMatchObject({ ok: true });
    web.failing = true;
    expect(await check({ type: 'http', url: `${web.url}/health` })).toMatchObject({ ok: false, error: 'status 503' });
    expect(await check({ type: 'http', url: `${web.url}/health`, expectedStatus: [503] })).toMatchObject({ ok: true });
    web.failing = false;
    expect(await check({ type: 'http', url: `${web.url}/health`, keyword: 'outage' })).toMatchObject({
      ok: false,
      error: "keyword 'outage' not found",
    });
    expect(
      await check({ type: 'http', url: `${web.url}/json`, json: [{ path: '$.checks[0].ok', equals: true }] }),
    ).toMatchObject({ ok: true });
    expect(
      await check({ type: 'http', url: `${web.url}/json`, json: [{ path: '$.status', equals: 'degraded' }] }),
    ).toMatchObject({ ok: false, error: '$.status is "ok", expected "degraded"' });
    expect(
      await check({
        type: 'http',
        url: `${web.url}/echo`,
        method: 'POST',
        headers: { 'x-probe': 'p1' },
        body: 'ping',
        keyword: 'POST p1 ping',
      }),
    ).toMatchObject({ ok: true });
  });

  it('HTTP: redirects followed up to a limit, latency threshold, timeout, refused connection', async () => {
    expect(await check({ type: 'http', url: `${web.url}/moved`, keyword: 'systems go' })).toMatchObject({ ok: true });
    expect(await check({ type: 'http', url: `${web.url}/moved`, followRedirects: false })).toMatchObject({ ok: true });
    expect(
      await check({ type: 'http', url: `${web.url}/moved`, followRedirects: false, expectedStatus: [200] }),
    ).toMatchObject({ ok: false, error: 'status 302' });
    expect(await check({ type: 'http', url: `${web.url}/loop`, maxRedirects: 3 })).toMatchObject({
      ok: false,
      error: 'more than 3 redirects',
    });
    const slow = await check({ type: 'http', url: `${web.url}/slow`, maxLatencyMs: 50 });
    expect(slow.ok).toBe(false);
    expect(slow.error).toMatch(/^took \d+ ms, over 50 ms$/);
    expect(await check({ type: 'http', url: `${web.url}/hang`, timeoutMs: 200 })).toMatchObject({
      ok: false,
      error: 'timed out after 200 ms',
    });
    const closed = await closedPort();
    expect(await check({ type: 'http', url: `http://127.0.0.1:${closed}/` })).toMatchObject({
      ok: false,
      error: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it('TLS: an untrusted self-signed certificate fails; accepted, its near expiry is a warning', async () => {
    const refused = await check({ type: 'http', url: `${tls.url}/health` });
    expect(refused.ok).toBe(false);
    expect(refused.error).toMatch(/SELF_SIGNED|self-signed|self signed/i);
    const accepted = await check({ type: 'http', url: `${tls.url}/health`, ignoreTlsErrors: true });
    expect(accepted).toMatchObject({ ok: true, warning: expect.stringMatching(/^certificate expires 20\d\d-/) });
    // The certificate is valid for 3 days: no warning when the threshold is 2 days.
    const quiet = await check({
      type: 'http',
      url: `${tls.url}/health`,
      ignoreTlsErrors: true,
      certificateWarnDays: 2,
    });
    expect(quiet.warning).toBeUndefined();
  });

  it('TCP: an open port passes, a closed one fails', async () => {
    const server = net.createServer((s) => s.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    expect(await check({ type: 'tcp', host: '127.0.0.1', port })).toMatchObject({ ok: true });
    await new Promise((resolve) => server.close(resolve));
    expect(await check({ type: 'tcp', host: '127.0.0.1', port })).toMatchObject({
      ok: false,
      error: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it('DNS: records asked of a real resolver (dnsmasq) on loopback, with expected answers', async () => {
    const dnsCheck = (extra: object) => check({ type: 'dns', name: 'svc.test', server: dns.server, ...extra });
    expect(await dnsCheck({ expected: '127.0.0.2' })).toMatchObject({ ok: true });
    expect(await dnsCheck({ expected: '127.0.0.9' })).toMatchObject({
      ok: false,
      error: 'answers 127.0.0.2, expected 127.0.0.9',
    });
    expect(await dnsCheck({ recordType: 'TXT', expected: 'v=surety' })).toMatchObject({ ok: true });
    expect(await dnsCheck({ recordType: 'MX', expected: 'mail.svc.test' })).toMatchObject({ ok: true });
    const missing = await check({ type: 'dns', name: 'nothing.invalid', server: dns.server });
    expect(missing.ok).toBe(false);
  });

  it('Prometheus: a counter with its labels, in any order', () => {
    const text = [
      '# TYPE http_requests_total counter',
      'http_requests_total{code="200",job="api"} 1027',
      'http_requests_total{job="api",code="500"} 3',
      'http_requests_total 1030',
    ].join('\n');
    expect(counter(text, 'http_requests_total{job="api",code="500"}')).toBe(3);
    expect(counter(text, 'http_requests_total{code="200", job="api"}')).toBe(1027);
    expect(counter(text, 'http_requests_total')).toBe(1030);
    expect(() => counter(text, 'http_requests_total{job="web"}')).toThrow('no series');
  });
});

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
