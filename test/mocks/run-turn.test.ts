/**
 * The SDK end to end against `npm run mock`: a real process, real HTTP on loopback, a client-side tool
 * answered by the turn runner.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Everruns, defineTools, tool } from "../../src/index.js";
import { TOKEN, WEATHER_TOOL } from "./helpers.js";

let child: ChildProcess;
let baseUrl: string;
let output = "";

beforeAll(async () => {
  child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/mock-server.ts", "--port", "0", "--tick-ms", "5"],
    {
      cwd: new URL("../..", import.meta.url),
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const deadline = Date.now() + 15_000;
  while (!/listening on (\S+)/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`npm run mock did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  baseUrl = /listening on (\S+)/.exec(output)![1]!;
}, 20_000);

afterAll(() => {
  if (child.exitCode === null) child.kill("SIGKILL");
});

it("prints its base URL on 127.0.0.1 and a ready-to-paste curl example", () => {
  expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
  expect(output).toContain(
    `curl -s -X POST ${baseUrl}/v1/sessions -H 'Authorization: evr_pat_mock'`,
  );
});

it("runs a turn with a client-side tool through the SDK", async () => {
  const client = new Everruns({ apiKey: TOKEN, baseUrl });
  const calls: unknown[] = [];
  const tools = defineTools({
    get_weather: tool<{ city: string; date: string }>({
      description: WEATHER_TOOL.description,
      parameters: WEATHER_TOOL.parameters,
      run: (args) => {
        calls.push(args);
        return { forecast: "sunny", high_c: 27 };
      },
    }),
  });
  const session = await client.sessions.create({ title: "Launch", tools: tools.definitions });
  const turn = client.sessions.runTurn(session.id, "Will the weather in Kyiv hold on 2026-07-15?", {
    tools,
  });
  let streamed = "";
  for await (const text of turn.textStream) streamed += text;
  const result = await turn;

  expect(calls).toEqual([{ city: "Kyiv", date: "2026-07-15" }]);
  expect(result.status).toBe("completed");
  expect(result.text).toContain('"forecast":"sunny"');
  expect(streamed).toBe(result.text);
  const types = result.events.map((e) => e.type);
  expect(types).toContain("tool.call_requested");
  expect(types.at(-1)).toBe("turn.completed");
  expect((await client.sessions.get(session.id)).status).toBe("idle");
});

it("shuts down cleanly on SIGTERM", async () => {
  child.kill("SIGTERM");
  const [code] = await once(child, "exit");
  expect(code).toBe(0);
  expect(output).toContain("Mock API stopped.");
});
