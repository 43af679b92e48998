/**
 * Quickstart: create a session with a client-side tool, run one turn while printing the agent's
 * answer as it is written, answer its tool call from your code, then print the usage and the
 * session's event log.
 *
 *   EVERRUNS_API_KEY=evr_pat_... npx tsx examples/quickstart.ts
 *   npm start            # the same program against the local mock API when no key is set
 */
import { Everruns, defineTools, tool } from "@everruns/sessions-sdk";

const client = new Everruns(); // EVERRUNS_API_KEY, EVERRUNS_API_URL, EVERRUNS_ORG_ID

// A tool that runs here, in your process. It is declared once: definitions for the session,
// handlers for the turn runner.
const tools = defineTools({
  get_weather: tool<{ city: string; date: string }>({
    description: "Look up the weather forecast for a city on a date.",
    parameters: {
      type: "object",
      properties: { city: { type: "string" }, date: { type: "string", format: "date" } },
      required: ["city", "date"],
    },
    run: async ({ city, date }) => {
      console.log(`\n  [tool] get_weather(${JSON.stringify({ city, date })}) -> sunny, 27 °C`);
      return { city, date, forecast: "sunny", high_c: 27 };
    },
  }),
});

const session = await client.sessions.create({
  title: "Quickstart",
  tools: tools.definitions,
});
console.log(`Created ${session.id} (status: ${session.status})`);

const question = "What's the weather in Lisbon today?";
console.log(`\nyou:   ${question}`);
const turn = client.sessions.runTurn(session.id, question, { tools });

process.stdout.write("agent: ");
for await (const text of turn.textStream) process.stdout.write(text);
const result = await turn;

console.log(`\n\nTurn ${result.turnId} ${result.status}.`);
if (result.usage) {
  console.log(
    `Usage: ${result.usage.input_tokens} input + ${result.usage.output_tokens} output tokens`,
  );
}

const { data: events } = await client.events.list(session.id);
console.log(`\nThe session's events (${events.length}):`);
for (const event of events) console.log(`  #${event.sequence ?? "-"} ${event.type}`);
