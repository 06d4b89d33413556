import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    globalSetup: ['./test/support/temp-root.ts'],
    // The API tests state types with expectTypeOf, which only tsc can fail: vitest runs it on them.
    typecheck: { enabled: true, include: ['test/*.api.test.ts'], tsconfig: './tsconfig.json' },
  },
});
