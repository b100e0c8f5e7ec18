import { defineConfig } from 'vitest/config';

// Tests against real Postfix and Dovecot started by scripts/interop/up.sh; run with `npm run test:interop`.
export default defineConfig({
  test: {
    include: ['src/**/*.interop.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
