// Unpin a session for the current user.
import { Everruns } from "@everruns/sessions-sdk";

const client = new Everruns();

await client.sessions.unpin("session_01933b5a00007000800000000000001");
console.log("unpinned");
