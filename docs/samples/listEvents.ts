// Query a session's event log: filter by type, page forward, or walk it all.
import { Everruns } from "@everruns/sessions-sdk";

const client = new Everruns();
const sessionId = "session_01933b5a00007000800000000000001";

// Arrays are sent as repeated keys: ?types=turn.completed&types=tool.call_requested
const { data: events } = await client.events.list(sessionId, {
  types: ["turn.completed", "tool.call_requested"],
  limit: 50,
});
for (const event of events) console.log(event.sequence, event.type);

// Every event after sequence 0, fetched page by page through `after_sequence`.
for await (const event of client.events.iterate(sessionId, { exclude: ["output.message.delta"] })) {
  if (event.type === "turn.completed") console.log("turn done, usage:", event.data.usage);
}
