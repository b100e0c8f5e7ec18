import { performance } from 'node:perf_hooks';

/** Milliseconds since `started` (a `performance.now()` reading), to 0.1 ms. */
export const since = (started: number): number => Math.round((performance.now() - started) * 10) / 10;
