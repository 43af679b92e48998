/**
 * The browser demo: the SDK against the mock API running in a service worker. Create a session with a
 * client-side tool, send a message, watch the answer stream in, and answer the tool call by hand.
 */
import { setupWorker } from "msw/browser";
import { Everruns, defineTools, tool } from "@everruns/sessions-sdk";
import { createMockApi } from "@everruns/sessions-sdk/mocks";

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

// The API lives on this page's origin under /api; the worker answers it, so nothing leaves the browser.
const baseUrl = `${location.origin}/api`;
const mock = createMockApi({ baseUrl, tickMs: 60 });
const worker = setupWorker(...mock.handlers);

const client = new Everruns({ apiKey: "evr_pat_browser_demo", baseUrl });
let sessionId: string | undefined;

/** Resolves with the JSON the user types once they press "Send tool result". */
function askUserForResult(name: string, args: unknown): Promise<unknown> {
  $("tool-name").textContent = name;
  $("tool-args").textContent = JSON.stringify(args);
  $("tool-call").hidden = false;
  return new Promise((resolve) => {
    $("answer-tool").onclick = () => {
      $("tool-call").hidden = true;
      resolve(JSON.parse($<HTMLTextAreaElement>("tool-result").value));
    };
  });
}

const tools = defineTools({
  get_weather: tool<{ city: string; date: string }>({
    description: "Look up the weather forecast for a city on a date.",
    parameters: {
      type: "object",
      properties: { city: { type: "string" }, date: { type: "string", format: "date" } },
      required: ["city", "date"],
    },
    run: (args) => askUserForResult("get_weather", args),
  }),
});

async function refreshStatus(): Promise<void> {
  if (sessionId) $("session-status").textContent = (await client.sessions.get(sessionId)).status;
}

$("create").onclick = async () => {
  const session = await client.sessions.create({ title: "Browser demo", tools: tools.definitions });
  sessionId = session.id;
  $("session-id").textContent = session.id;
  $("session-status").textContent = session.status;
  $<HTMLButtonElement>("send").disabled = false;
};

$("send").onclick = async () => {
  if (!sessionId) return;
  $<HTMLButtonElement>("send").disabled = true;
  $("answer").textContent = "";
  $("turn-status").textContent = "running";
  let updates = 0;
  const turn = client.sessions.runTurn(sessionId, $<HTMLInputElement>("message").value, {
    tools,
    onEvent: () => void refreshStatus(),
  });
  for await (const text of turn.textStream) {
    $("answer").textContent += text;
    $("delta-count").textContent = String(++updates);
  }
  const result = await turn;
  $("turn-status").textContent = result.status;
  await refreshStatus();
  $<HTMLButtonElement>("send").disabled = false;
};

await worker.start({
  onUnhandledRequest: "bypass",
  quiet: true,
  serviceWorker: { url: "./mockServiceWorker.js" },
});
$("worker-status").textContent = "mock API ready";
$<HTMLButtonElement>("create").disabled = false;
