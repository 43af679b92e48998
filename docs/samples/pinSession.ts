// Pin a session for the current user (pinning twice is fine).
import { Everruns } from "@everruns/sessions-sdk";

const client = new Everruns();

await client.sessions.pin("session_01933b5a00007000800000000000001");
const session = await client.sessions.get("session_01933b5a00007000800000000000001");
console.log("pinned:", session.is_pinned);
