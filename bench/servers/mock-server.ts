/**
 * The loopback mock API (`startMockServer`, as `npm run mock` runs it) in its own process for the
 * throughput benchmark. Prints its base URL, then serves until killed.
 */
import { startMockServer } from "../../src/mocks/node.js";

const server = await startMockServer({ port: 0 });
process.stdout.write(`${server.url}\n`);
process.on("SIGTERM", () => {
  void server.close().then(() => process.exit(0));
});
