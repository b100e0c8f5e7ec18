import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // Keep `node:` specifiers in the dynamic imports so that browser bundlers see they are Node-only.
  removeNodeProtocol: false,
  tsconfig: 'tsconfig.build.json',
});
