import { defineConfig } from "vitest/config";

/** The docs site suite (`npm run test:docs`): builds the site and checks it in headless Chromium. */
export default defineConfig({
  test: {
    include: ["test/docs/**/*.e2e.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
