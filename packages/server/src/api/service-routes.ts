import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addComponent } from '../services/catalog/add-component.js';
import { createService } from '../services/catalog/create-service.js';
import { getComponent, getService, listComponentsPage, listServicesPage } from '../services/catalog/get-service.js';
import {
  componentSchema as component,
  serviceSchema as service,
  type ComponentJson,
  type ServiceJson,
} from '../services/catalog/service-json.js';
import { updateComponent } from '../services/catalog/update-component.js';
import { updateService } from '../services/catalog/update-service.js';
import type { RouteDeps } from './app.js';
import { createdAt } from './created.js';
import { clientId, pageQuery, pageSchema } from './list-query.js';

export function registerServiceRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/services', {
    config: { created: createdAt('/services/:id', (s: ServiceJson) => ({ id: s.id })) },
    schema: {
      operationId: 'createService',
      tags: ['services'],
      summary: "Define one of the provider's services (admin)",
      body: z.object({ id: clientId, name: z.string().min(1), description: z.string().default('') }),
      response: { 201: service },
    },
    handler: async (req, reply) => reply.status(201).send(await createService(deps.context(req), req.body)),
  });
  api.get('/services', {
    schema: {
      operationId: 'listServices',
      tags: ['services'],
      summary: "The provider's services (every role reads them, as the status page shows them)",
      querystring: z.object(pageQuery),
      response: { 200: pageSchema(service) },
    },
    handler: async (req) => listServicesPage(deps.context(req), req.query),
  });
  api.get('/services/:id', {
    schema: {
      operationId: 'getService',
      tags: ['services'],
      summary: 'A service',
      params: z.object({ id: z.string() }),
      response: { 200: service },
    },
    handler: async (req) => getService(deps.context(req), req.params.id),
  });
  api.patch('/services/:id', {
    schema: {
      operationId: 'updateService',
      tags: ['services'],
      summary: 'Rename a service or change its description (admin)',
      params: z.object({ id: z.string() }),
      body: z.object({ name: z.string().min(1).optional(), description: z.string().optional() }),
      response: { 200: service },
    },
    handler: async (req) => updateService(deps.context(req), req.params.id, req.body),
  });
  api.post('/services/:id/components', {
    config: {
      created: createdAt('/services/:serviceId/components/:componentId', (c: ComponentJson) => ({
        serviceId: c.serviceId,
        componentId: c.id,
      })),
    },
    schema: {
      operationId: 'addComponent',
      tags: ['services'],
      summary: 'Add a component to a service (admin)',
      params: z.object({ id: z.string() }),
      body: z.object({ id: clientId, name: z.string().min(1) }),
      response: { 201: component },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await addComponent(deps.context(req), req.params.id, req.body)),
  });
  api.get('/services/:id/components', {
    schema: {
      operationId: 'listComponents',
      tags: ['services'],
      summary: "A service's components",
      params: z.object({ id: z.string() }),
      querystring: z.object(pageQuery),
      response: { 200: pageSchema(component) },
    },
    handler: async (req) => listComponentsPage(deps.context(req), req.params.id, req.query),
  });
  api.get('/services/:serviceId/components/:componentId', {
    schema: {
      operationId: 'getComponent',
      tags: ['services'],
      summary: 'A component of a service',
      params: z.object({ serviceId: z.string(), componentId: z.string() }),
      response: { 200: component },
    },
    handler: async (req) => getComponent(deps.context(req), req.params.serviceId, req.params.componentId),
  });
  api.patch('/services/:serviceId/components/:componentId', {
    schema: {
      operationId: 'updateComponent',
      tags: ['services'],
      summary: 'Rename a component (admin)',
      params: z.object({ serviceId: z.string(), componentId: z.string() }),
      body: z.object({ name: z.string().min(1) }),
      response: { 200: component },
    },
    handler: async (req) => updateComponent(deps.context(req), req.params.serviceId, req.params.componentId, req.body),
  });
}
