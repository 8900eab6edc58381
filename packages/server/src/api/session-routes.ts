import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acceptInvitation } from '../services/people/accept-invitation.js';
import { SESSION_COOKIE } from '../services/people/authenticate-request.js';
import { currentSession, signOut } from '../services/people/current-session.js';
import { createFirstAdmin, setupNeeded } from '../services/people/first-admin.js';
import { email, password, personName, session } from '../services/people/people-schemas.js';
import { signIn } from '../services/people/sign-in.js';
import { SignInLimited } from '../services/people/sign-in-limit.js';
import { redeemSignInTicket } from '../services/people/sign-in-ticket.js';
import type { StartedSession } from '../services/people/start-session.js';
import type { RouteDeps } from './app.js';
import { createdAt } from './created.js';
import { noContent } from './list-query.js';

const secret = z.string().min(1).max(200);

/**
 * Signing in from a browser: first-run setup, password sign-in, one-time links and invitations, each answering
 * the session and setting its HttpOnly, SameSite=Lax cookie (Secure over https). These routes are public.
 */
export function registerSessionRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const open = { public: true };
  // Signing in creates the browser's session, read at GET /session (the cookie says which).
  const signingIn = { ...open, created: createdAt('/session', () => ({})) };
  api.get('/setup', {
    config: open,
    schema: {
      tags: ['session'],
      operationId: 'getSetup',
      summary: 'Whether this server still needs its first admin (a fresh store has no users)',
      security: [],
      response: { 200: z.object({ needed: z.boolean() }) },
    },
    handler: async (req) => ({ needed: await setupNeeded(deps.context(req)) }),
  });
  api.post('/setup', {
    config: signingIn,
    schema: {
      tags: ['session'],
      operationId: 'createFirstAdmin',
      summary: 'Create the first admin on a fresh store, and sign in as them (refused once anyone exists)',
      security: [],
      body: z.object({ email, password, name: personName }).strict(),
      response: { 201: session },
    },
    handler: async (req, reply) =>
      signedIn(reply, req, await createFirstAdmin(deps.context(req), { ...req.body, ip: req.ip })),
  });
  api.post('/session', {
    config: signingIn,
    schema: {
      tags: ['session'],
      operationId: 'signIn',
      summary: 'Sign in with email and password (rate limited per email and per address; audited)',
      security: [],
      body: z.object({ email: z.string().max(254), password: z.string().max(256) }).strict(),
      response: { 201: session },
    },
    handler: async (req, reply) => {
      try {
        return signedIn(reply, req, await signIn(deps.context(req), { ...req.body, ip: req.ip }));
      } catch (error) {
        if (error instanceof SignInLimited) void reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      }
    },
  });
  api.post('/session/ticket', {
    config: signingIn,
    schema: {
      tags: ['session'],
      operationId: 'signInWithTicket',
      summary: 'Sign in with a one-time link (`surety demo` prints them): the ticket is used up',
      security: [],
      body: z.object({ ticket: secret }).strict(),
      response: { 201: session },
    },
    handler: async (req, reply) =>
      signedIn(reply, req, await redeemSignInTicket(deps.context(req), { ticket: req.body.ticket, ip: req.ip })),
  });
  api.post('/invitations/accept', {
    config: signingIn,
    schema: {
      tags: ['session'],
      operationId: 'acceptInvitation',
      summary: 'Accept an invitation: choose a name and password; the account is created and signed in',
      security: [],
      body: z.object({ token: secret, name: personName, password }).strict(),
      response: { 201: session },
    },
    handler: async (req, reply) =>
      signedIn(reply, req, await acceptInvitation(deps.context(req), { ...req.body, ip: req.ip })),
  });
  api.get('/session', {
    config: open,
    schema: {
      tags: ['session'],
      operationId: 'getSession',
      summary: "The browser's session: who is signed in, and the CSRF token its writes must send",
      security: [],
      response: { 200: session },
    },
    handler: async (req) => currentSession(deps.context(req), req.cookies[SESSION_COOKIE]),
  });
  api.delete('/session', {
    schema: {
      tags: ['session'],
      operationId: 'signOut',
      summary: 'Sign out: the session ends and its cookie is cleared',
      response: { 204: noContent },
    },
    handler: async (req, reply) => {
      await signOut(deps.context(req), req.cookies[SESSION_COOKIE]);
      return reply.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).send(null);
    },
  });
}

function signedIn(reply: FastifyReply, request: FastifyRequest, started: StartedSession) {
  return reply
    .setCookie(SESSION_COOKIE, started.sessionId, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      path: '/',
      expires: new Date(started.session.expiresAt),
    })
    .status(201)
    .send(started.session);
}
