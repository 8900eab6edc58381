import { createContext, useContext } from 'react';
import type { Me } from './me';

export const MeContext = createContext<Me | null>(null);

/** The signed-in person; pages are only shown once someone is. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside a signed-in app');
  return me;
}

/** Whether the signed-in person is the provider's (console) rather than a customer's contact (portal). */
export function useIsProvider(): boolean {
  return useMe().role !== 'customer';
}
