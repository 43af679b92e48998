import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { APIError, EverrunsError, NotFoundError } from "../../src/errors.js";
import { Page } from "../../src/pagination.js";
import type { Session } from "../../src/types.js";
import {
  BASE,
  example,
  problem,
  SESSION_ID,
  SESSION_PATH as S,
  useMockApi,
} from "../support/msw.js";

const { server, contract, client } = useMockApi();

const template = example<{ data: Session[] }>("SessionPageFirst").data[0]!;

// Serves `total` sessions; next_url names another host (a proxy's view) to prove only offset/limit are followed.
function sessionServer(total: number, onPage?: (offset: number, limit: number) => void) {
  return http.get(`${BASE}/v1/sessions`, ({ request }) => {
    const q = new URL(request.url).searchParams;
    const offset = Number(q.get("offset") ?? 0);
    const limit = Number(q.get("limit") ?? 20);
    onPage?.(offset, limit);
    const count = Math.max(0, Math.min(limit, total - offset));
    const data = Array.from({ length: count }, (_, i) => ({
      ...template,
      id: `session_${(offset + i).toString(16).padStart(32, "0")}`,
    }));
    const page: Record<string, unknown> = { data, total, offset, limit };
    if (offset + count < total)
      page.next_url = `https://public.example/api/v1/sessions?offset=${offset + count}&limit=${limit}`;
    if (offset > 0)
      page.prev_url = `https://public.example/api/v1/sessions?offset=${Math.max(0, offset - limit)}&limit=${limit}`;
    return HttpResponse.json(page);
  });
}

describe("sessions.list", () => {
  it("sends the query and returns a page with the wire fields", async () => {
    const page = await client.sessions.list({
      search: "marketing",
      agent_id: "agent_01933b5a00007000800000000000001",
      limit: 20,
    });
    const { url } = await contract.last();
    expect(Object.fromEntries(url.searchParams)).toEqual({
      search: "marketing",
      agent_id: "agent_01933b5a00007000800000000000001",
      limit: "20",
    });
    const body = example<{ data: unknown[]; total: number; next_url: string }>("SessionPageFirst");
    expect(page).toBeInstanceOf(Page);
    expect(page.data).toEqual(body.data);
    expect([page.total, page.offset, page.limit, page.next_url]).toEqual([
      body.total,
      0,
      20,
      body.next_url,
    ]);
    expect(page.hasNextPage()).toBe(true);
    expect(page.nextPageParams()).toEqual({ offset: 20, limit: 20 });
  });

  it("follows next_url's offset and limit against the client's own base URL, keeping the filters", async () => {
    const seen: number[] = [];
    server.use(sessionServer(45, (offset) => seen.push(offset)));
    let page = await client.sessions.list({ limit: 20, search: "q3" });
    page = await page.getNextPage();
    expect(page.offset).toBe(20);
    const { url } = await contract.last();
    expect(url.host).toBe("api.everruns.test");
    expect(url.searchParams.get("search")).toBe("q3");
    page = await page.getNextPage();
    expect(page.data).toHaveLength(5);
    expect(page.hasNextPage()).toBe(false);
    await expect(page.getNextPage()).rejects.toBeInstanceOf(EverrunsError);
    expect(seen).toEqual([0, 20, 40]);
  });

  it("iterates every session of every page, from list() with for await and from iterate()", async () => {
    server.use(sessionServer(45));
    const fromPage: string[] = [];
    for await (const s of await client.sessions.list({ limit: 20 })) fromPage.push(s.id);
    const fromIterate: string[] = [];
    for await (const s of client.sessions.iterate({ limit: 20 })) fromIterate.push(s.id);
    expect(fromPage).toHaveLength(45);
    expect(new Set(fromPage).size).toBe(45);
    expect(fromIterate).toEqual(fromPage);
  });

  it("stops when a server points next_url back at the same page", async () => {
    server.use(
      http.get(`${BASE}/v1/sessions`, () =>
        HttpResponse.json({
          data: [template],
          total: 9,
          offset: 0,
          limit: 1,
          next_url: "https://x.example/v1/sessions?offset=0&limit=1",
        }),
      ),
    );
    const ids: string[] = [];
    for await (const s of client.sessions.iterate({ limit: 1 })) ids.push(s.id);
    expect(ids).toHaveLength(1);
  });

  it(
    "walks 100,000 sessions in pages of 100 without keeping earlier pages",
    { timeout: 60_000 },
    async () => {
      setFlagsFromString("--expose-gc");
      const gc = runInNewContext("gc") as () => void;
      server.use(sessionServer(100_000));
      contract.allowOffSpecResponses(); // validating 100,000 sessions would dominate the run
      gc();
      const baseline = process.memoryUsage().heapUsed;
      let peak = 0;
      let count = 0;
      let firstPage: WeakRef<object> | undefined;
      for await (const session of client.sessions.iterate({ limit: 100 })) {
        if (count === 0) firstPage = new WeakRef(session);
        if (++count % 10_000 === 0) {
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 0)); // a WeakRef holds its target until the job ends
      gc();
      expect(count).toBe(100_000);
      expect(firstPage?.deref()).toBeUndefined();
      expect(peak).toBeLessThan(32 * 1024 * 1024);
    },
  );
});

describe("sessions.export", () => {
  const lines = example<string>("SessionExportLines");
  const expected = lines
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);

  it("iterates the exported messages directly, and after awaiting", async () => {
    const direct: unknown[] = [];
    for await (const message of client.sessions.export(SESSION_ID)) direct.push(message);
    expect(direct).toEqual(expected);
    expect((await contract.last()).url.pathname).toBe(`/api/v1/sessions/${SESSION_ID}/export`);
    const exported = await client.sessions.export(SESSION_ID);
    expect(exported.response.headers.get("content-disposition")).toContain("attachment");
    const awaited: unknown[] = [];
    for await (const message of exported) awaited.push(message);
    expect(awaited).toEqual(expected);
  });

  it("returns the raw JSON Lines text, and refuses a second read", async () => {
    expect(await client.sessions.export(SESSION_ID).text()).toBe(lines);
    const exported = await client.sessions.export(SESSION_ID);
    await exported.text();
    await expect(exported.text()).rejects.toBeInstanceOf(EverrunsError);
  });

  it("parses lines split across chunks, CRLF endings, multi-byte characters and a last line without newline", async () => {
    const messages = [
      { n: 1, text: "Київ ☀️" },
      { n: 2, text: "a\\nb" },
      { n: 3, text: "last" },
    ];
    const raw = `${JSON.stringify(messages[0])}\r\n\r\n${JSON.stringify(messages[1])}\n${JSON.stringify(messages[2])}`;
    const bytes = new TextEncoder().encode(raw);
    // One byte per chunk splits every line and every multi-byte character.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    server.use(
      http.get(
        `${S}/export`,
        () => new HttpResponse(body, { headers: { "content-type": "application/x-ndjson" } }),
      ),
    );
    contract.allowOffSpecResponses(); // the body is a stream the check cannot re-read
    const seen: unknown[] = [];
    for await (const message of client.sessions.export(SESSION_ID)) seen.push(message);
    expect(seen).toEqual(messages);
  });

  it("turns a broken line into an APIError naming the line", async () => {
    server.use(
      http.get(
        `${S}/export`,
        () =>
          new HttpResponse('{"a":1}\n{"b":', {
            headers: { "content-type": "application/x-ndjson" },
          }),
      ),
    );
    contract.allowOffSpecResponses();
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const message of client.sessions.export(SESSION_ID)) seen.push(message);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ a: 1 }]);
    expect(error).toBeInstanceOf(APIError);
    expect((error as Error).message).toContain("line 2");
  });

  it("maps 404 before any line is read", async () => {
    server.use(http.get(`${S}/export`, () => problem(404, "ProblemSessionNotFound")));
    await expect(client.sessions.export(SESSION_ID)).rejects.toBeInstanceOf(NotFoundError);
  });
});
