import { defineConfig } from "vitest/config";

/** The reliability suite (`npm run test:reliability`): fault injection, reconnects, soak runs. */
export default defineConfig({
  test: {
    include: ["test/reliability/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
