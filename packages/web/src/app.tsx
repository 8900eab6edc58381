import { Center, Loader } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useMemo } from 'react';
import { APP_BASE } from './app-base';
import { signInWithTicket, whoAmI, type Me } from './auth/me';
import { MeContext } from './auth/me-context';
import { AcceptInvitationPage } from './auth/accept-invitation-page';
import { SignInPage } from './auth/sign-in-page';
import { createAppRouter } from './router';

/** Signs in first (or sets up the first admin), then shows the console or the customer portal. */
export function App() {
  const queryClient = useQueryClient();
  const me = useQuery({ queryKey: ['me'], queryFn: signInOnLoad, staleTime: Infinity });
  if (me.isPending)
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  const signedIn = (who: Me) => queryClient.setQueryData(['me'], who);
  if (!me.data) {
    // An invitation's one-time link (`/accept-invitation?token=…`, sent by email) opens the page that accepts it.
    const invitation =
      window.location.pathname === '/accept-invitation'
        ? new URLSearchParams(window.location.search).get('token')
        : null;
    if (invitation) return <AcceptInvitationPage token={invitation} onSignedIn={signedIn} />;
    return <SignInPage onSignedIn={signedIn} />;
  }
  return <SignedIn me={me.data} />;
}

function SignedIn({ me }: { me: Me }) {
  const router = useMemo(() => createAppRouter(me), [me]);
  return (
    <MeContext.Provider value={me}>
      <RouterProvider router={router} />
    </MeContext.Provider>
  );
}

/**
 * Who is signed in when the app loads. A one-time link (`/sign-in?ticket=…`, printed by `surety demo`) signs in
 * with its ticket first; a ticket already used or expired leaves the sign-in page to say so by showing itself.
 */
async function signInOnLoad(): Promise<Me | null> {
  const ticket =
    window.location.pathname === '/sign-in' ? new URLSearchParams(window.location.search).get('ticket') : null;
  if (ticket) {
    window.history.replaceState(null, '', `${APP_BASE}/`);
    const me = await signInWithTicket(ticket).catch(() => null);
    if (me) return me;
  }
  return whoAmI();
}
