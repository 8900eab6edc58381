import type { FastifyInstance } from 'fastify';

/** Minutes of every twenty during which the flaky demo target fails. */
const FLAKY_MINUTES = 2;

/**
 * Targets for `surety demo`'s monitors, answered by the server itself so a newcomer sees bars fill and an outage
 * appear with no other process: a steady page, and one that answers 503 for the first two minutes of every twenty.
 */
export function registerDemoTargetRoutes(app: FastifyInstance, now: () => number): void {
  const hidden = { config: { public: true }, schema: { hide: true } };
  app.get('/demo-targets/steady', hidden, async () => 'ok');
  app.get('/demo-targets/flaky', hidden, async (_req, reply) => {
    const minute = Math.floor(now() / 60_000) % 20;
    return minute < FLAKY_MINUTES ? reply.status(503).send('failing on purpose') : 'ok';
  });
}
