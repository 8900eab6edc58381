import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import {
  clockStatusCounts,
  databaseAnswers,
  dueTimerCount,
  pendingDeliveryCount,
} from '../../storage/repositories/operations-repository.js';
import { requireOversight } from '../core/permissions.js';
import type { ServiceContext } from '../core/service-context.js';

/**
 * The server's Prometheus metrics (served at /metrics). Requests, recorded timers and webhook attempts are
 * counted as they happen in this process; clocks by status and queue depths are read from the database when
 * scraped, so every process reports the same figures for them. One registry per server, not prom-client's
 * global one: tests build several apps in one process.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'surety_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly requestSeconds = new Histogram({
    name: 'surety_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly timerLateness = new Histogram({
    name: 'surety_timer_lateness_seconds',
    help: 'How long after its due instant this process recorded a clock warning or breach.',
    labelNames: ['change'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 60],
    registers: [this.registry],
  });
  readonly webhookAttempts = new Counter({
    name: 'surety_webhook_delivery_attempts_total',
    help: 'Webhook delivery attempts made by this process, by outcome (delivered or failed).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  /** `context`: the store's context, asked for at each scrape (a server builds its app before opening its store). */
  constructor(context: () => ServiceContext) {
    new Gauge({
      name: 'surety_clocks',
      help: 'Clocks of all tickets, by status (running, paused, met, breached, cancelled), as their projections keep them.',
      labelNames: ['status'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { status, clocks } of await clockStatusCounts(context().db)) this.set({ status }, clocks);
      },
    });
    new Gauge({
      name: 'surety_timers_due',
      help: 'Timers that have fallen due and are not yet recorded (the timer queue depth).',
      registers: [this.registry],
      async collect() {
        const ctx = context();
        this.set(await dueTimerCount(ctx.db, ctx.now()));
      },
    });
    new Gauge({
      name: 'surety_webhook_deliveries_pending',
      help: 'Webhook deliveries neither delivered nor given up on (the delivery queue depth).',
      registers: [this.registry],
      async collect() {
        this.set(await pendingDeliveryCount(context().db));
      },
    });
  }
}

/**
 * The metrics in Prometheus's text format, for admins and auditors: the counts span every customer, so a
 * customer contact must not read them (a scraper uses an auditor token).
 */
export async function readMetrics(ctx: ServiceContext, metrics: Metrics): Promise<string> {
  requireOversight(ctx, 'read the metrics');
  return metrics.registry.metrics();
}

/** Whether the store answers: a server that cannot reach its database is not ready for traffic. */
export async function storeReady(ctx: ServiceContext): Promise<boolean> {
  return databaseAnswers(ctx.db).then(
    () => true,
    () => false,
  );
}
