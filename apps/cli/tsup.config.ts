import { defineConfig } from 'tsup';

export default defineConfig({
  // cli.ts is the command; program.ts builds the commander program without running it, for the docs
  // generator (`import { buildProgram } from 'mailports/program'`).
  entry: ['src/cli.ts', 'src/program.ts'],
  format: ['esm'],
  sourcemap: true,
  clean: true,
  dts: { entry: { program: 'src/program.ts' } },
  // A `require` for the bundled CommonJS (commander asks for node:events and friends).
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  tsconfig: 'tsconfig.build.json',
  // commander and picocolors load on every run: bundled, they cost no module resolution at start-up.
  // The @mailports packages stay external and load lazily, per command.
  noExternal: ['commander', 'picocolors'],
});
