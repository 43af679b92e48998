// Export a session's messages. The JSON Lines body is parsed line by line as it arrives.
import { Everruns } from "@everruns/sessions-sdk";

const client = new Everruns();

for await (const message of client.sessions.export("session_01933b5a00007000800000000000001")) {
  console.log(message.sequence, message.role, message.content.length, "part(s)");
}
