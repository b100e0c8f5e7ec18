import { defineConfig } from 'vitest/config';

// `mailports mx` against the real NSD + Unbound rig of scripts/dnssec/up.sh; run with `npm run test:dnssec`.
export default defineConfig({
  test: {
    include: ['src/**/*.dnssec.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
