/**
 * Frontend work against the mock API: no account, no network. The mock runs in-process through
 * msw (as in a test runner; `setupWorker` from `msw/browser` does the same in a browser), with a
 * scripted agent and a rehearsed rate limit.
 *
 *   npx tsx examples/frontend-mock.ts
 */
import { setupServer } from "msw/node";
import { Everruns, RateLimitError } from "@everruns/sessions-sdk";
import { createMockApi } from "@everruns/sessions-sdk/mocks";

const mock = createMockApi({
  baseUrl: "https://app.everruns.com/api",
  seed: 7,
  // The agent's replies, in order: first a tool call, then an answer built from its result.
  responder: [
    { toolCalls: [{ name: "get_weather", arguments: { city: "Lisbon" } }] },
    "Pack sunglasses: Lisbon will be sunny.",
  ],
});
const server = setupServer(...mock.handlers);
server.listen({ onUnhandledRequest: "error" });

try {
  const client = new Everruns({
    apiKey: "evr_pat_frontend",
    baseUrl: "https://app.everruns.com/api",
  });

  const session = await client.sessions.create({
    title: "Frontend demo",
    tools: [
      {
        type: "client_side",
        name: "get_weather",
        description: "Weather for a city.",
        parameters: { type: "object", properties: { city: { type: "string" } } },
      },
    ],
  });
  const turn = client.sessions.runTurn(session.id, "Packing tips for my trip?", {
    tools: { get_weather: async () => ({ forecast: "sunny" }) },
  });
  const shown: string[] = [];
  for await (const text of turn.textStream) shown.push(text); // what a UI would render, chunk by chunk
  const result = await turn;
  console.log(`UI rendered ${shown.length} chunks: ${shown.join("")}`);
  console.log(`turn ${result.status}, ${result.usage?.output_tokens ?? 0} output tokens`);

  // Rehearse a bad day: the next two requests get 429. The SDK waits `Retry-After` and retries.
  mock.faults.add({ operations: "getSession", status: 429, retryAfterSeconds: 0, times: 2 });
  const again = await client.sessions.get(session.id, { maxRetries: 2 });
  console.log(`after two 429s the retries got the session: ${again.status}`);

  mock.faults.add({ operations: "getSession", status: 429, retryAfterSeconds: 0, times: 1 });
  try {
    await client.sessions.get(session.id, { maxRetries: 0 });
  } catch (err) {
    if (err instanceof RateLimitError)
      console.log(`with no retries left: RateLimitError ${err.status}`);
    else throw err;
  }
} finally {
  server.close();
  mock.close();
}
