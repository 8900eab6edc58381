import { z } from 'zod';

/** A header name or value, a URL: bounded strings, so that a monitor row stays small. */
const short = z.string().min(1).max(256);
const url = z.string().url().max(2048);

/** HTTP(S): what is sent, and what the answer must show for the check to pass. */
export const httpConfig = z.strictObject({
  type: z.literal('http'),
  url,
  method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).default('GET'),
  headers: z.record(short, z.string().max(4096)).default({}),
  body: z.string().max(65_536).optional(),
  /** Statuses that pass (default 200–399 after redirects). */
  expectedStatus: z.array(z.number().int().min(100).max(599)).max(50).optional(),
  /** The body must contain this text. */
  keyword: z.string().min(1).max(1024).optional(),
  /** JSON-path assertions: `$.a.b[0]` must equal the value. */
  json: z
    .array(
      z.strictObject({
        path: z
          .string()
          .regex(/^\$(\.[\w-]+|\[\d+\])*$/)
          .max(256),
        equals: z.unknown(),
      }),
    )
    .max(20)
    .default([]),
  /** Slower than this fails the check. */
  maxLatencyMs: z.number().int().positive().max(120_000).optional(),
  followRedirects: z.boolean().default(true),
  maxRedirects: z.number().int().min(0).max(20).default(5),
  timeoutMs: z.number().int().positive().max(120_000).default(10_000),
  /** Accept a certificate the system does not trust (self-signed); its expiry is still checked. */
  ignoreTlsErrors: z.boolean().default(false),
  /** Warn when the server's certificate expires within this many days. */
  certificateWarnDays: z.number().int().min(0).max(365).default(14),
});

export const tcpConfig = z.strictObject({
  type: z.literal('tcp'),
  host: short,
  port: z.number().int().min(1).max(65_535),
  timeoutMs: z.number().int().positive().max(120_000).default(10_000),
});

export const dnsConfig = z.strictObject({
  type: z.literal('dns'),
  name: short,
  recordType: z.enum(['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS']).default('A'),
  /** The resolver asked, host or host:port (default the system's). */
  server: z.string().max(256).optional(),
  /** One of the answers must equal this (MX: the exchange, TXT: the joined text). */
  expected: z.string().max(1024).optional(),
  timeoutMs: z.number().int().positive().max(120_000).default(5_000),
});

/** Push: a job calls POST /monitors/{monitorId}/heartbeat; no beat within interval + grace is a failure. */
export const heartbeatConfig = z.strictObject({
  type: z.literal('heartbeat'),
  graceMs: z.number().int().min(0).max(86_400_000).default(60_000),
});

/**
 * Request counts: the provider posts good/total per interval (POST /monitors/{monitorId}/request-counts), or Surety
 * scrapes two counters from a Prometheus endpoint and records their increase per interval.
 */
export const requestsConfig = z.strictObject({
  type: z.literal('requests'),
  prometheus: z
    .strictObject({
      url,
      /** Counter of all requests, with its labels: `http_requests_total{job="api"}`. */
      total: z.string().min(1).max(512),
      /** Counter of failed requests (server-side failures). */
      failed: z.string().min(1).max(512),
      timeoutMs: z.number().int().positive().max(120_000).default(10_000),
    })
    .optional(),
});

export const monitorConfig = z.discriminatedUnion('type', [
  httpConfig,
  tcpConfig,
  dnsConfig,
  heartbeatConfig,
  requestsConfig,
]);

export type MonitorConfig = z.infer<typeof monitorConfig>;
export type HttpConfig = z.infer<typeof httpConfig>;
export type TcpConfig = z.infer<typeof tcpConfig>;
export type DnsConfig = z.infer<typeof dnsConfig>;
export type HeartbeatConfig = z.infer<typeof heartbeatConfig>;
export type RequestsConfig = z.infer<typeof requestsConfig>;
/** Checks a probe runs itself (heartbeats are pushed, request counts posted or scraped). */
export type ProbeConfig = HttpConfig | TcpConfig | DnsConfig;
