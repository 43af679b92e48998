// Stop the agent's running turn. Cancelling an idle session is a harmless no-op.
import { Everruns } from "@everruns/sessions-sdk";

const client = new Everruns();

const result = await client.sessions.cancel("session_01933b5a00007000800000000000001");
console.log(result.status, result.message); // "cancelled" or "no_op"
