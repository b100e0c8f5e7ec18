import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.interop.test.ts', 'src/**/*.redis.test.ts', 'src/**/*.dnssec.test.ts'],
    // Behaviour tests run the built CLI as a subprocess (a Node start-up each), several per test.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
