import http from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { HttpConfig } from '../../services/monitors/monitor-config.js';
import { errorText, failure, type Check, type CheckResult } from './check.js';

const DAY = 86_400_000;
/** Bodies are read up to this size for keyword and JSON assertions; the rest is discarded. */
const MAX_BODY = 1 << 20;
// Kept-alive connections: at 333 checks a second, a new TCP (and TLS) handshake per check is most of the cost.
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

interface Answer {
  status: number;
  location?: string;
  body: string;
  certificateValidTo?: number;
}

/** HTTP(S): status, keyword, JSON-path and latency assertions, redirects followed, certificate expiry warned. */
export const httpCheck: Check<HttpConfig> = {
  async run(config, now) {
    const started = now();
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), config.timeoutMs);
    try {
      let url = new URL(config.url);
      let method = config.method;
      let body = config.body;
      let answer = await request(url, method, config, body, abort.signal);
      let certificateValidTo = answer.certificateValidTo;
      for (let hops = 0; config.followRedirects && isRedirect(answer); hops++) {
        if (hops >= config.maxRedirects) return failure(started, now, `more than ${config.maxRedirects} redirects`);
        url = new URL(answer.location!, url);
        if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
          method = 'GET';
          body = undefined;
        }
        answer = await request(url, method, config, body, abort.signal);
        certificateValidTo = answer.certificateValidTo ?? certificateValidTo;
      }
      const latencyMs = now() - started;
      const problem = assertionFailure(config, answer, latencyMs);
      const result: CheckResult = problem ? { ok: false, latencyMs, error: problem } : { ok: true, latencyMs };
      if (certificateValidTo !== undefined) {
        const left = certificateValidTo - now();
        if (left <= 0) return { ...result, ok: false, error: result.error ?? 'certificate expired' };
        if (left < config.certificateWarnDays * DAY)
          result.warning = `certificate expires ${new Date(certificateValidTo).toISOString()}`;
      }
      return result;
    } catch (e) {
      return failure(started, now, abort.signal.aborted ? `timed out after ${config.timeoutMs} ms` : errorText(e));
    } finally {
      clearTimeout(timer);
    }
  },
};

function isRedirect(a: Answer): boolean {
  return a.status >= 300 && a.status < 400 && a.status !== 304 && a.location !== undefined;
}

function assertionFailure(config: HttpConfig, a: Answer, latencyMs: number): string | undefined {
  const statusOk = config.expectedStatus ? config.expectedStatus.includes(a.status) : a.status >= 200 && a.status < 400;
  if (!statusOk) return `status ${a.status}`;
  if (config.keyword !== undefined && !a.body.includes(config.keyword)) return `keyword '${config.keyword}' not found`;
  if (config.json.length) {
    let doc: unknown;
    try {
      doc = JSON.parse(a.body);
    } catch {
      return 'the body is not JSON';
    }
    for (const { path, equals } of config.json) {
      const found = jsonPath(doc, path);
      if (JSON.stringify(found) !== JSON.stringify(equals))
        return `${path} is ${JSON.stringify(found) ?? 'absent'}, expected ${JSON.stringify(equals)}`;
    }
  }
  if (config.maxLatencyMs !== undefined && latencyMs > config.maxLatencyMs)
    return `took ${latencyMs} ms, over ${config.maxLatencyMs} ms`;
  return undefined;
}

/** `$.a.b[0]` in a parsed document (the path's form is checked when the monitor is saved). */
export function jsonPath(doc: unknown, path: string): unknown {
  let value = doc;
  for (const [, key, index] of path.slice(1).matchAll(/\.([\w-]+)|\[(\d+)\]/g)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key ?? Number(index)];
  }
  return value;
}

function request(
  url: URL,
  method: string,
  config: HttpConfig,
  body: string | undefined,
  signal: AbortSignal,
): Promise<Answer> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`cannot follow to ${url.protocol}`);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method,
        headers: { 'user-agent': 'Surety monitor', ...config.headers },
        agent: agents[url.protocol as keyof typeof agents],
        rejectUnauthorized: !config.ignoreTlsErrors,
        signal,
      },
      (res) => {
        const socket = res.socket as TLSSocket;
        const cert = typeof socket.getPeerCertificate === 'function' ? socket.getPeerCertificate() : undefined;
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_BODY) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            location: res.headers.location,
            body: Buffer.concat(chunks).toString('utf8'),
            certificateValidTo: cert?.valid_to ? Date.parse(cert.valid_to) : undefined,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
