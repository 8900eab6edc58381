import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { strictValidatorCompiler } from './strict-validator.js';
import { ANONYMOUS, authenticateRequest, SESSION_COOKIE } from '../services/people/authenticate-request.js';
import {
  IdempotentReplay,
  idempotentRequest,
  replayIdempotent,
  type IdempotentRequest,
  type StoredResponse,
} from '../services/core/idempotency.js';
import { SYSTEM, type Principal, type ServiceContext } from '../services/core/service-context.js';
import { registerAdminRoutes } from './admin-routes.js';
import { registerAvailabilityRoutes } from './availability-routes.js';
import { registerCalendarRoutes } from './calendar-routes.js';
import { registerClaimRoutes } from './claim-routes.js';
import { registerClockRoutes } from './clock-routes.js';
import { registerContractRoutes } from './contract-routes.js';
import { registerCustomerRoutes } from './customer-routes.js';
import { registerEventStreamRoutes } from './event-stream-routes.js';
import { registerMaintenanceRoutes } from './maintenance-routes.js';
import { registerOutboxRoutes } from './outbox-routes.js';
import { registerPeopleRoutes } from './people-routes.js';
import { registerMonitorRoutes } from './monitor-routes.js';
import { registerIncidentRoutes } from './incident-routes.js';
import { registerStatusRoutes } from './status/status-routes.js';
import { PUBLIC_READER } from './status/render-status-page.js';
import type { StatusPageThreads } from './status/status-page-threads.js';
import { registerStatusLinkRoutes } from './status-link-routes.js';
import { registerDemoTargetRoutes } from './demo-target-routes.js';
import { clientErrorHandler } from './client-error.js';
import { locate, type CreatedAt } from './created.js';
import { openApiOverride, withLocationHeaders, withoutUnusedComponents } from './openapi-override.js';
import { pathOf, problem, problemHandler, sendProblem } from './problem.js';
import { problemSchema } from './problem-schema.js';
import { RequestLog } from './request-log.js';
import { registerOverviewRoutes } from './overview-routes.js';
import { registerReportRoutes } from './report-routes.js';
import { registerServiceRoutes } from './service-routes.js';
import { registerSessionRoutes } from './session-routes.js';
import { registerTicketRoutes } from './ticket-routes.js';
import { registerWebhookRoutes } from './webhook-routes.js';
import { registerNoticeGroupRoutes } from './notice-group-routes.js';
import { registerOperationsRoutes } from './operations-routes.js';
import { Metrics } from '../services/operations/metrics.js';
import { registerWebApp } from './web-app.js';

export interface AppOptions {
  /** A service context for a principal (the server's store and clock). */
  context(principal: Principal): ServiceContext;
  /** Called after a write that saved a timer (due at `timerAt`) or may have queued webhook deliveries. */
  onScheduleChanged?(change: ScheduleChange): void;
  logger?: boolean;
  /** Why email is not sent (SMTP_URL unset), shown with the outbox; null or absent: it is configured. */
  emailNotice?: string | null;
  /**
   * Called after every successful write, with its path: it may have queued email (the sender then looks at once)
   * or scheduled maintenance.
   */
  onWrite?(path: string): void;
  /** Where requests are counted and /metrics reads from (the server shares it with its workers); default: its own. */
  metrics?: Metrics;
  /** Threads that render the public status page (SQLite servers); without them it is rendered on the server's thread. */
  statusPageThreads?: StatusPageThreads;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
    /** A write made with an Idempotency-Key that has no response stored yet: its write transaction stores one. */
    idempotency?: IdempotentRequest;
  }
  interface FastifyContextConfig {
    /** A route anyone may call (sign-in, setup): its principal is ANONYMOUS. */
    public?: boolean;
    /** A route that answers 201: where the created resource is read (api/created.ts); required of every one. */
    created?: CreatedAt;
  }
}

/** Paths anyone may read: the API description and the public status pages. */
const PUBLIC = /^\/(docs|openapi\.json|status)(\/|$|\?)/;

const PROBLEM_RESPONSE = {
  description: 'A problem document (RFC 9457); its code is one of docs/errors.md',
  content: { 'application/problem+json': { schema: problemSchema } },
};

/** Longer request targets are refused (414) before routing: no route of ours needs more. */
const MAX_URL_LENGTH = 8192;

/**
 * Builds the HTTP API (no listen: tests use inject). Every route but the API description needs a bearer
 * token; OpenAPI 3.1 at /openapi.json, browsable at /docs.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    logController: new RequestLog(),
    bodyLimit: 1 << 20,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  // Bodies are JSON only: anything else is 415, not a string that then fails its schema.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(strictValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler<FastifyError>((error, request, reply) =>
    error instanceof IdempotentReplay ? replay(reply, error.response) : problemHandler(error, request, reply),
  );
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem('route_not_found', request.url, `no route ${request.method} ${pathOf(request.url)}`)),
  );
  // Every operation answers its errors as problem documents: the OpenAPI document says so for each one.
  app.addHook('onRoute', (route) => {
    if (!route.schema || route.schema.hide) return;
    const declared = route.schema.response as Record<string, unknown> | undefined;
    // A create says where its resource is read, so that its answer carries Location (set below).
    if (declared?.['201'] && !route.config?.created)
      throw new Error(`${route.method} ${route.url} answers 201 without config.created (api/created.ts)`);
    route.schema = { ...route.schema, response: { ...declared, '4xx': PROBLEM_RESPONSE, '5xx': PROBLEM_RESPONSE } };
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Surety API',
        description: 'SLA contracts as code, measured.',
        version: '0.1.0',
        // The package is private (package.json): no public licence is granted.
        license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'surety_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
      servers: [{ url: '/', description: 'this server' }],
    },
    transform: withLocationHeaders(createJsonSchemaTransform({ zodToJsonConfig: { override: openApiOverride } })),
    transformObject: withoutUnusedComponents(
      createJsonSchemaTransformObject({ zodToJsonConfig: { override: openApiOverride } }),
    ),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(fastifyCookie);
  // A bearer token (machines) or the session cookie (browsers; writes carry X-CSRF-Token).
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.length > MAX_URL_LENGTH)
      return sendProblem(reply, problem('uri_too_long', '/', `the request target exceeds ${MAX_URL_LENGTH} bytes`));
    // Unknown routes answer 404 to anyone: there is nothing behind them to protect.
    if (PUBLIC.test(request.url) || request.is404) return;
    if (request.routeOptions.config.public) return void (request.principal = ANONYMOUS);
    const csrf = request.headers['x-csrf-token'];
    request.principal = await authenticateRequest(options.context(ANONYMOUS), {
      method: request.method,
      authorization: request.headers.authorization,
      sessionId: request.cookies[SESSION_COOKIE],
      csrfToken: typeof csrf === 'string' ? csrf : undefined,
    });
  });
  // Writes with an Idempotency-Key: a retry gets the first response back instead of a second write. A retry of a
  // committed write is answered here; one that races the first is answered by its write transaction.
  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || request.method === 'GET' || !request.principal) return;
    const idempotent = idempotentRequest(key, request.method, request.url, request.body, successStatus(request));
    const stored = await replayIdempotent(options.context(request.principal), idempotent);
    if (stored) return replay(reply, stored);
    request.idempotency = idempotent;
  });
  // A created resource's Location, from the answer itself: the handler's, or the first one replayed to a retry.
  app.addHook('preSerialization', async (request, reply, payload) => {
    const created = request.routeOptions.config.created;
    if (created && reply.statusCode === 201)
      void reply.header('location', locate(created, payload, request.params as Record<string, string>));
    return payload;
  });
  if (options.onWrite)
    app.addHook('onResponse', async (request, reply) => {
      if (request.method !== 'GET' && reply.statusCode < 300) options.onWrite!(request.url);
    });
  const deps: RouteDeps = {
    context: (request) => {
      const ctx = options.context(request.principal!);
      return request.idempotency ? { ...ctx, idempotency: request.idempotency } : ctx;
    },
    changed: (change) => options.onScheduleChanged?.(change),
  };
  const system = () => options.context(SYSTEM);
  registerOperationsRoutes(app, deps, options.metrics ?? new Metrics(system), system);
  registerCustomerRoutes(app, deps);
  registerContractRoutes(app, deps);
  registerTicketRoutes(app, deps);
  registerClockRoutes(app, deps);
  registerAvailabilityRoutes(app, deps);
  registerCalendarRoutes(app, deps);
  registerServiceRoutes(app, deps);
  registerMaintenanceRoutes(app, deps);
  registerStatusLinkRoutes(app, deps);
  registerClaimRoutes(app, deps);
  registerAdminRoutes(app, deps);
  registerWebhookRoutes(app, deps);
  registerNoticeGroupRoutes(app, deps);
  registerOutboxRoutes(app, deps, { notice: options.emailNotice ?? null });
  registerSessionRoutes(app, deps);
  registerPeopleRoutes(app, deps);
  registerMonitorRoutes(app, deps);
  registerDemoTargetRoutes(app, Date.now);
  registerEventStreamRoutes(app, deps);
  registerIncidentRoutes(app, deps);
  // The public status pages read as no one in particular: they show nothing that is one customer's.
  await registerStatusRoutes(app, (principal = PUBLIC_READER) => options.context(principal), options.statusPageThreads);
  registerReportRoutes(app, deps);
  registerOverviewRoutes(app, deps);
  await registerWebApp(app);
  return app;
}

/**
 * The status a write route answers success with, stored with the key: the 2xx its schema declares, or 204 No
 * Content for a route that declares no response.
 */
function successStatus(request: FastifyRequest): number {
  const declared = Object.keys(request.routeOptions.schema?.response ?? {}).find((status) => status.startsWith('2'));
  return declared ? Number(declared) : 204;
}

/** The first response again, sent through the route's serializer as it was then. */
function replay(reply: FastifyReply, stored: StoredResponse): FastifyReply {
  return reply.status(stored.status).header('idempotent-replayed', 'true').send(stored.result);
}

export type Api = FastifyInstance;
export interface ScheduleChange {
  timerAt: number | null;
  delivering: boolean;
}
export interface RouteDeps {
  context(request: FastifyRequest): ServiceContext;
  changed(change: ScheduleChange): void;
}
