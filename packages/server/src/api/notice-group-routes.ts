import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listNoticeGroups, noticeGroupSchema, setNoticeGroup } from '../services/notices/notice-groups.js';
import type { RouteDeps } from './app.js';

/** The provider's notice groups: the on-duty group told of clock warnings and breaches, and groups contracts name. */
export function registerNoticeGroupRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/notice-groups', {
    schema: {
      operationId: 'listNoticeGroups',
      tags: ['notices'],
      summary: "The provider's notice groups and their members (on-duty always listed)",
      response: { 200: z.object({ items: z.array(noticeGroupSchema) }) },
    },
    handler: async (req) => ({ items: await listNoticeGroups(deps.context(req)) }),
  });
  api.put('/notice-groups/:groupId', {
    schema: {
      operationId: 'setNoticeGroup',
      tags: ['notices'],
      summary: "Set a notice group's members (admin; audited): on-duty, or a group a contract names such as ceo",
      params: z.object({ groupId: z.string().max(64) }),
      body: z.object({ userIds: z.array(z.string().max(64)).max(200) }),
      response: { 200: noticeGroupSchema },
    },
    handler: async (req) => setNoticeGroup(deps.context(req), req.params.groupId, req.body.userIds),
  });
}
