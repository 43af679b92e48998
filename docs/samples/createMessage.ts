// Send a user message: it starts a turn. A plain string becomes one text part.
import { Everruns } from "@everruns/sessions-sdk";

const client = new Everruns();

const message = await client.messages.create(
  "session_01933b5a00007000800000000000001",
  "What's the weather in Lisbon tomorrow?",
);
console.log(message.id, message.role, message.sequence);

// The full body: several parts, per-message controls and your own metadata. One turn runs at a
// time per session (another message meanwhile is a 409), so this goes to a second session.
const other = await client.sessions.create({ title: "Outfit check" });
await client.messages.create(other.id, {
  message: {
    role: "user",
    content: [
      { type: "text", text: "Does this outfit suit the forecast?" },
      { type: "image", url: "https://assets.example.com/outfit.png", media_type: "image/png" },
    ],
  },
  controls: { reasoning: { effort: "low" } },
  metadata: { source: "mobile-app" },
});
