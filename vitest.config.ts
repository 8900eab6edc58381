import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@surety/engine': fileURLToPath(new URL('./packages/engine/src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    // Hooks build stores and load the demo: on a busy 2-core machine that can take longer than the 10 s default.
    hookTimeout: 60_000,
  },
});
