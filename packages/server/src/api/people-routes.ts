import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invite } from '../services/people/invite.js';
import {
  changeUser,
  getInvitation,
  listInvitationsPage,
  listUsersPage,
  revokeInvitation,
} from '../services/people/manage-users.js';
import {
  email,
  invitation,
  issuedInvitation,
  type InvitationJson,
  personName,
  role,
  userDetail,
} from '../services/people/people-schemas.js';
import type { RouteDeps } from './app.js';
import { createdAt } from './created.js';
import { noContent, pageQuery, pageSchema } from './list-query.js';

const customerId = z.string().max(64);

/** Admins manage the people who sign in: invitations, roles, disabling. */
export function registerPeopleRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/invitations', {
    config: {
      created: createdAt('/invitations/:invitationId', (i: InvitationJson) => ({ invitationId: i.id })),
    },
    schema: {
      tags: ['people'],
      operationId: 'createInvitation',
      summary: 'Invite a person by email with a role (a customer contact with its customer): a one-time link',
      body: z.object({ email, role, customerId: customerId.optional() }).strict(),
      response: { 201: issuedInvitation },
    },
    handler: async (req, reply) => {
      const created = await invite(deps.context(req), { ...req.body, origin: `${req.protocol}://${req.host}` });
      return reply.status(201).send(created);
    },
  });
  api.get('/invitations', {
    schema: {
      tags: ['people'],
      operationId: 'listInvitations',
      summary: 'Invitations, newest first, accepted and revoked ones included (never their links)',
      querystring: z.object(pageQuery).strict(),
      response: { 200: pageSchema(invitation) },
    },
    handler: async (req) => listInvitationsPage(deps.context(req), req.query),
  });
  api.get('/invitations/:invitationId', {
    schema: {
      tags: ['people'],
      operationId: 'getInvitation',
      summary: 'An invitation, accepted, revoked or open (never its link)',
      params: z.object({ invitationId: z.string().max(64) }),
      response: { 200: invitation },
    },
    handler: async (req) => getInvitation(deps.context(req), req.params.invitationId),
  });
  api.delete('/invitations/:invitationId', {
    schema: {
      tags: ['people'],
      operationId: 'revokeInvitation',
      summary: 'Revoke an open invitation: its link no longer works',
      params: z.object({ invitationId: z.string().max(64) }),
      response: { 204: noContent },
    },
    handler: async (req, reply) => {
      await revokeInvitation(deps.context(req), req.params.invitationId);
      return reply.status(204).send(null);
    },
  });
  api.get('/users', {
    schema: {
      tags: ['people'],
      operationId: 'listUsers',
      summary: "People who sign in, by email (the provider's staff; customers are refused)",
      querystring: z.object(pageQuery).strict(),
      response: { 200: pageSchema(userDetail) },
    },
    handler: async (req) => listUsersPage(deps.context(req), req.query),
  });
  api.patch('/users/:userId', {
    schema: {
      tags: ['people'],
      operationId: 'updateUser',
      summary:
        "Rename, change the role of, disable or re-enable a user (a role change or disabling ends the user's sessions)",
      params: z.object({ userId: z.string().max(64) }),
      body: z
        .object({
          name: personName.optional(),
          role: role.optional(),
          customerId: customerId.nullable().optional(),
          disabled: z.boolean().optional(),
        })
        .strict(),
      response: { 200: userDetail },
    },
    handler: async (req) => changeUser(deps.context(req), req.params.userId, req.body),
  });
}
