// Answer the agent's client-side tool calls (from a `tool.call_requested` event).
import { Everruns } from "@everruns/sessions-sdk";

const client = new Everruns();

const result = await client.sessions.submitToolResults("session_01933b5a00007000800000000000001", [
  {
    tool_call_id: "call_01933b5a00007000800000000000c01",
    result: { forecast: "sunny", high_c: 27 },
  },
]);
console.log(result.accepted, result.status);

// `sessions.runTurn(sessionId, input, { tools })` does all of this for you: it runs your handlers
// when the agent calls a tool and submits their results.
