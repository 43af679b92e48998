import { defineConfig } from "vitest/config";

/** The default suite (`npm test`): fast unit, spec and end-to-end tests. */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Long-running and browser suites have their own configs and CI steps.
    exclude: ["test/reliability/**", "test/browser/**", "**/node_modules/**"],
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
      // Type errors elsewhere in the project are `npm run typecheck`'s job; here only the
      // type tests themselves decide the outcome.
      ignoreSourceErrors: true,
    },
    testTimeout: 10_000,
  },
});
