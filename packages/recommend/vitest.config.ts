import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.interop.test.ts', 'src/**/*.dnssec.test.ts'],
    // Real sockets and TLS handshakes on a 2-core machine where turbo runs packages side by side: the
    // ceiling only stops a hung test; no test measures time against it.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
