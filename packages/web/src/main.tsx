import '@mantine/core/styles.css';
import './ui/contrast.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { APP_BASE } from './app-base';
import { theme } from './ui/theme';

// `/` opens the app at its base (a one-time sign-in or invitation link keeps its address until the app has read it).
const ONE_TIME_LINKS = ['/sign-in', '/accept-invitation'];
if (!window.location.pathname.startsWith(APP_BASE) && !ONE_TIME_LINKS.includes(window.location.pathname))
  window.history.replaceState(null, '', `${APP_BASE}/`);

const queryClient = new QueryClient({
  // Live data arrives through the event stream and deadline refreshes, not by refetching on a timer.
  defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: true } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
