import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addContact } from '../services/contacts/add.js';
import { getContact } from '../services/contacts/get.js';
import { createCustomer } from '../services/customers/create.js';
import { getCustomer, listCustomerPage } from '../services/customers/get.js';
import { listContactsPage } from '../services/contacts/list.js';
import { removeContact } from '../services/contacts/remove.js';
import { updateContact } from '../services/contacts/update.js';
import type { RouteDeps } from './app.js';
import { createdAt } from './created.js';
import { contactSchema as contact } from '../services/contacts/contact-json.js';
import {
  customerDetailSchema,
  customerSchema as customer,
  type CustomerDetailJson,
} from '../services/customers/customer-json.js';
import type { ContactJson } from '../services/contacts/contact-json.js';
import { noContent, pageQuery, pageSchema } from './list-query.js';

/** Roles as the customer's contracts name them (`contacts.roles`), compared without regard to case. */
const contactRoles = z
  .array(z.string().min(1).max(100))
  .max(20)
  .describe("roles the customer's contracts name (TechJutsu: Customer SME, Alternative Customer Contact)");

export function registerCustomerRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/customers', {
    config: { created: createdAt('/customers/:customerId', (c: CustomerDetailJson) => ({ customerId: c.id })) },
    schema: {
      operationId: 'createCustomer',
      tags: ['customers'],
      summary: 'Create a customer',
      body: z.object({ id: z.string().regex(/^[\w-]{1,64}$/), name: z.string().min(1) }),
      response: { 201: customerDetailSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await createCustomer(deps.context(req), req.body)),
  });
  api.get('/customers', {
    schema: {
      operationId: 'listCustomers',
      tags: ['customers'],
      summary: "Customers by id (a customer contact's list holds its own customer)",
      querystring: z.object(pageQuery),
      response: { 200: pageSchema(customer) },
    },
    handler: async (req) => listCustomerPage(deps.context(req), req.query),
  });
  api.get('/customers/:customerId', {
    schema: {
      operationId: 'getCustomer',
      tags: ['customers'],
      summary: 'A customer with its contacts and contracts',
      params: z.object({ customerId: z.string() }),
      response: { 200: customerDetailSchema },
    },
    handler: async (req) => getCustomer(deps.context(req), req.params.customerId),
  });
  api.post('/customers/:customerId/contacts', {
    config: {
      created: createdAt('/customers/:customerId/contacts/:contactId', (c: ContactJson, path) => ({
        customerId: path.customerId!,
        contactId: c.id,
      })),
    },
    schema: {
      operationId: 'addContact',
      tags: ['customers'],
      summary: "Add a contact (a contract's designated-contact limit is enforced)",
      params: z.object({ customerId: z.string() }),
      body: z.object({
        name: z.string().min(1),
        email: z.email(),
        designated: z.boolean().default(false),
        roles: contactRoles.default([]),
      }),
      response: { 201: contact },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await addContact(deps.context(req), { customerId: req.params.customerId, ...req.body })),
  });
  api.get('/customers/:customerId/contacts', {
    schema: {
      operationId: 'listContacts',
      tags: ['customers'],
      summary: "A customer's contacts (removed ones are kept in the audit log, not listed)",
      params: z.object({ customerId: z.string() }),
      querystring: z.object(pageQuery),
      response: { 200: pageSchema(contact) },
    },
    handler: async (req) => listContactsPage(deps.context(req), req.params.customerId, req.query),
  });
  api.get('/customers/:customerId/contacts/:contactId', {
    schema: {
      operationId: 'getContact',
      tags: ['customers'],
      summary: "One of a customer's current contacts",
      params: z.object({ customerId: z.string(), contactId: z.string() }),
      response: { 200: contact },
    },
    handler: async (req) => getContact(deps.context(req), req.params.customerId, req.params.contactId),
  });
  api.patch('/customers/:customerId/contacts/:contactId', {
    schema: {
      operationId: 'updateContact',
      tags: ['customers'],
      summary:
        "Change a contact, or transfer the designated role (the contracts' designated-contact limit is enforced)",
      params: z.object({ customerId: z.string(), contactId: z.string() }),
      body: z.object({
        name: z.string().min(1).optional(),
        email: z.email().optional(),
        designated: z.boolean().optional(),
        roles: contactRoles.optional().describe('replaces the roles it holds'),
      }),
      response: { 200: contact },
    },
    handler: async (req) => updateContact(deps.context(req), req.params.customerId, req.params.contactId, req.body),
  });
  api.delete('/customers/:customerId/contacts/:contactId', {
    schema: {
      operationId: 'removeContact',
      tags: ['customers'],
      summary: 'Remove a contact (the claims it filed still name it; the audit log records who it was)',
      params: z.object({ customerId: z.string(), contactId: z.string() }),
      response: { 204: noContent },
    },
    handler: async (req, reply) => {
      await removeContact(deps.context(req), req.params.customerId, req.params.contactId);
      return reply.status(204).send(null);
    },
  });
}
