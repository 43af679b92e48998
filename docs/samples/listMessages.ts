// Read a session's conversation, oldest first.
import { Everruns } from "@everruns/sessions-sdk";

const client = new Everruns();

const { data: messages } = await client.messages.list("session_01933b5a00007000800000000000001");
for (const message of messages) {
  const text = message.content
    .map((part) => (part.type === "text" ? part.text : `[${part.type}]`))
    .join(" ");
  console.log(`${message.role}: ${text}`);
}
