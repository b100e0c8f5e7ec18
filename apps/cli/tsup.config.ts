import { defineConfig } from 'tsup';

export default defineConfig({
  // cli.ts is the command; program.ts builds the commander program without running it, for the docs
  // generator (`import { buildProgram } from 'mailports/program'`).
  entry: ['src/cli.ts', 'src/program.ts'],
  format: ['esm'],
  sourcemap: true,
  clean: true,
  dts: { entry: { program: 'src/program.ts' } },
  banner: { js: '#!/usr/bin/env node' },
  tsconfig: 'tsconfig.build.json',
});
