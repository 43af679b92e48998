import { defineConfig } from "vitest/config";

/** Browser tests (`npm run test:browser`): headless Chromium via playwright-core; slower, run on their own. */
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
