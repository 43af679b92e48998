// Count the organization's sessions by status.
import { Everruns } from "@everruns/sessions-sdk";

const client = new Everruns();

const stats = await client.sessions.stats();
console.log(`${stats.total} sessions: ${stats.active} active, ${stats.idle} idle`);
console.log(`${stats.waiting_for_tool_results} waiting for client-side tool results`);
