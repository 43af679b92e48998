/**
 * Client-side tools: the agent calls tools that run in your process. `runTurn` runs the handlers
 * (concurrently), submits all their results in one call and follows the turn to its end. A handler
 * that throws becomes an error result the agent can read.
 *
 *   EVERRUNS_API_KEY=evr_pat_... npx tsx examples/client-tools.ts
 */
import { Everruns, defineTools, tool } from "@everruns/sessions-sdk";

const client = new Everruns();

const tools = defineTools({
  get_weather: tool<{ city: string }>({
    description: "Current weather for a city.",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
    run: async ({ city }) => ({ city, forecast: "sunny", high_c: 27 }),
  }),
  get_local_time: tool<{ city: string }>({
    description: "The local time in a city.",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
    run: async () => {
      throw new Error("the time service is down");
    },
  }),
});

const session = await client.sessions.create({ title: "Client tools", tools: tools.definitions });

const result = await client.sessions.runTurn(
  session.id,
  "What is the weather in Lisbon, and what time is it there?",
  {
    tools,
    onEvent: (event) => {
      if (event.type === "tool.call_requested") {
        for (const call of event.data.tool_calls) {
          console.log(`agent calls ${call.name}(${JSON.stringify(call.arguments)})`);
        }
      }
    },
  },
);

console.log(`turn ${result.status}: ${result.text}`);
const submitted = result.events.filter((e) => e.type === "tool.completed").length;
console.log(`${submitted} tool results went back to the agent`);
