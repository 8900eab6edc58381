import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API's top-level paths: `npm run dev` proxies them to the server (API_URL, default the server's own port),
// except a browser asking for a page, which gets the app.
const apiPaths = [
  'audit',
  'clocks',
  'contracts',
  'customers',
  'docs',
  'events',
  'exclusions',
  'incidents',
  'maintenance',
  'openapi.json',
  'overview',
  'services',
  'session',
  'setup',
  'status',
  'tickets',
  'tokens',
  'webhooks',
  'reports',
  'statements',
];
const target = process.env.API_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: { chunkSizeWarningLimit: 600 },
  server: {
    proxy: Object.fromEntries(
      apiPaths.map((path) => [
        `/${path}`,
        {
          target,
          bypass: (req: { headers: { accept?: string } }) =>
            req.headers.accept?.includes('text/html') ? '/index.html' : undefined,
        },
      ]),
    ),
  },
});
