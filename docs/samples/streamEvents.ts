// Follow a session live. The stream reconnects by itself and resumes where it left off.
import { Everruns } from "@everruns/sessions-sdk";

const client = new Everruns();

const stream = client.events.stream("session_01933b5a00007000800000000000001", {
  onStateChange: (change) => console.error(`[stream ${change.state}]`),
});
for await (const event of stream) {
  if (event.type === "output.message.delta") process.stdout.write(event.data.delta);
  if (event.type === "turn.completed") break; // leaving the loop closes the connection
}
console.log("\nresume later from", stream.lastEventId);
