/**
 * A loopback `node:http` server for the benchmarks, run in its own process so the client under test
 * has a core to itself. It answers `GET /api/v1/sessions/{id}` with one fixed session, and
 * `GET /api/v1/sessions?offset&limit` with pages generated on the fly over `total` sessions (argv[2],
 * default 100,000). Keep-alive is on. Prints its port, then serves until killed.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const total = Number(process.argv[2] ?? 100_000);

/** One realistic session as the API returns it, with `index` in its id and title. */
function session(index: number): Record<string, unknown> {
  const hex = index.toString(16).padStart(12, "0");
  return {
    id: `session_01933b5a0000700080${hex}`,
    organization_id: "org_00000000000000000000000000000001",
    harness_id: "harness_01933b5a00007000800000000000001",
    agent_id: "agent_01933b5a00007000800000000000001",
    owner_principal_id: "principal_01933b5a000070008000000000000001",
    title: `Q3 marketing brief #${index}`,
    locale: "en-US",
    tags: ["marketing", "q3"],
    status: "idle",
    usage: { input_tokens: 1520, output_tokens: 412 },
    created_at: "2025-01-01T12:00:00Z",
    updated_at: "2025-01-01T12:05:00Z",
  };
}

const single = JSON.stringify(session(1));
const JSON_HEADERS = { "content-type": "application/json", "x-request-id": "req_bench" };

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (url.pathname === "/api/v1/sessions") {
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const limit = Number(url.searchParams.get("limit") ?? 20);
    const data = [];
    for (let i = offset; i < Math.min(total, offset + limit); i++) data.push(session(i));
    const next =
      offset + limit < total
        ? `http://127.0.0.1${url.pathname}?offset=${offset + limit}&limit=${limit}`
        : undefined;
    res.writeHead(200, JSON_HEADERS);
    res.end(JSON.stringify({ data, total, offset, limit, ...(next ? { next_url: next } : {}) }));
    return;
  }
  res.writeHead(200, { ...JSON_HEADERS, "content-length": Buffer.byteLength(single) });
  res.end(single);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
