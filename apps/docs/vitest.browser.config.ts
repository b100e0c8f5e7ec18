import { defineConfig } from 'vitest/config';

// Drives Debian's Chromium through playwright-core against the built site; needs `npm run build` first.
export default defineConfig({
  test: {
    include: ['test/**/*.browser.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
