/**
 * `npm run mock`: the Everruns Sessions mock API as a real HTTP server on loopback.
 *
 *   npm run mock -- --port 4010 --seed 1 --tick-ms 20 --cycle-ms 300000
 *
 * Prints the base URL and a curl example, then serves until Ctrl-C (SIGINT) or SIGTERM.
 */
import { parseArgs } from "node:util";
import { startMockServer } from "../src/mocks/node.js";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    host: { type: "string", default: "127.0.0.1" },
    seed: { type: "string", default: "1" },
    "tick-ms": { type: "string", default: "20" },
    "cycle-ms": { type: "string", default: "300000" },
    "api-key": { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help) {
  console.log(
    `Usage: npm run mock -- [--port 4010] [--host 127.0.0.1] [--seed 1] [--tick-ms 20] [--cycle-ms 300000] [--api-key evr_pat_...]`,
  );
  process.exit(0);
}

function integer(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a non-negative integer, not ${JSON.stringify(raw)}.`);
    process.exit(2);
  }
  return value;
}

const seed = /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
const server = await startMockServer({
  port: integer("port", values.port),
  host: values.host,
  seed,
  tickMs: integer("tick-ms", values["tick-ms"]),
  cycleMs: integer("cycle-ms", values["cycle-ms"]),
  apiKey: values["api-key"],
});

const token = values["api-key"] === undefined ? "evr_pat_mock" : "<your --api-key>";
console.log(`Everruns Sessions mock API listening on ${server.url}
Any raw token is accepted${values["api-key"] === undefined ? "" : " (only the one given with --api-key)"}; the documented example session is preloaded.

Try it:
  curl -s -X POST ${server.url}/v1/sessions -H 'Authorization: ${token}' -H 'Content-Type: application/json' -d '{"title":"Hello"}'
  curl -s ${server.url}/v1/sessions -H 'Authorization: ${token}'
  curl -N ${server.url}/v1/sessions/session_01933b5a00007000800000000000001/sse -H 'Authorization: ${token}'

Use it from the SDK with baseUrl: "${server.url}". Ctrl-C stops it.`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => {
      console.log("Mock API stopped.");
      process.exit(0);
    });
  });
}
