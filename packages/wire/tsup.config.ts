import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', probe: 'src/probe/index.ts', text: 'src/text.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  tsconfig: 'tsconfig.build.json',
});
