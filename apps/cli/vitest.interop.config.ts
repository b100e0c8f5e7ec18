import { defineConfig } from 'vitest/config';

// The built CLI against real Postfix and Dovecot started by scripts/interop/up.sh; run with
// `npm run test:interop` at the repository root.
export default defineConfig({
  test: {
    include: ['src/**/*.interop.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
