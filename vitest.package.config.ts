import { defineConfig } from "vitest/config";

/** The package suite (`npm run test:package`): build, `npm pack`, install the tarball, use it. Slow. */
export default defineConfig({
  test: {
    include: ["test/package/**/*.e2e.ts"],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
