import { defineConfig } from 'vitest/config';

// The queue suite needs the redis-server scripts/redis/up.sh starts (`npm run test:redis` at the root).
export default defineConfig({
  test: {
    include: ['src/**/*.redis.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 30_000,
    fileParallelism: false,
  },
});
