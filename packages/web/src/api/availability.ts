import { api, ok } from './client';
import type { AvailabilityView, CustomerView } from './views';

export async function fetchCustomer(id: string): Promise<CustomerView> {
  return ok(await api.GET('/customers/{customerId}', { params: { path: { customerId: id } } }));
}

export async function fetchAvailability(
  customerId: string,
  contractId: string,
  period: string,
): Promise<AvailabilityView> {
  const result = await api.GET('/customers/{customerId}/availability', {
    params: { path: { customerId }, query: { contractId, period } },
  });
  return ok(result);
}

/** Every customer with its assigned contracts and each one's availability in `period`. */
export async function fetchAvailabilityByContract(period: string) {
  const customers = ok(await api.GET('/customers', { params: { query: { limit: 500 } } })).items;
  const rows = await Promise.all(
    customers.map(async (c) => {
      const customer = await fetchCustomer(c.id);
      return Promise.all(
        customer.contracts.map(async (k) => ({
          customer,
          contractId: k.contractId,
          report: await fetchAvailability(c.id, k.contractId, period).catch((e: Error) => e),
        })),
      );
    }),
  );
  return rows.flat();
}
