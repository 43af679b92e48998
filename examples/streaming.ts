/**
 * Streaming with reconnects: follow a session's events live while a turn runs, show the
 * connection's health, then resume from a saved position as a restarted process would.
 *
 * The stream reconnects by itself: after the server's routine connection cycle (`planned`), and
 * with exponential backoff after a drop; no event is lost or repeated.
 *
 *   EVERRUNS_API_KEY=evr_pat_... npx tsx examples/streaming.ts
 */
import { Everruns, type StreamStateChange } from "@everruns/sessions-sdk";

const client = new Everruns();

function health(change: StreamStateChange): void {
  if (change.state === "reconnecting") {
    const why = change.planned ? "planned cycle" : `attempt ${change.attempt}`;
    console.log(`  [stream reconnecting in ${change.delayMs} ms: ${why}]`);
  } else {
    console.log(`  [stream ${change.state}]`);
  }
}

const session = await client.sessions.create({ title: "Streaming example" });
const stream = client.events.stream(session.id, { onStateChange: health });

// Start a turn; its events arrive on the stream opened above.
await client.messages.create(session.id, "Tell me something about streams.");

let answer = "";
for await (const event of stream) {
  console.log(`#${event.sequence} ${event.type}`);
  if (event.type === "output.message.delta") answer += event.data.delta;
  if (event.type === "turn.completed") break; // leaving the loop closes the connection
}
console.log(`agent: ${answer}`);

// Persist lastEventId; a later process resumes from it with `sinceId`.
const saved = stream.lastEventId;
console.log(`saved position: ${saved}`);
await client.messages.create(session.id, "And one more thing?");
const resumed = client.events.stream(session.id, {
  sinceId: saved,
  types: ["input.message", "turn.completed"],
});
for await (const event of resumed) {
  console.log(`resumed: #${event.sequence} ${event.type}`);
  if (event.type === "turn.completed") break;
}
