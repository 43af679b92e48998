// Fetch one session and read its status, whatever form the server sends it in.
import { Everruns, isTurnRunning, isWaitingForToolResults } from "@everruns/sessions-sdk";

const client = new Everruns();

const session = await client.sessions.get("session_01933b5a00007000800000000000001");
console.log(session.title, session.status, session.usage);
if (isWaitingForToolResults(session)) console.log("the agent waits for your tool results");
else if (isTurnRunning(session)) console.log("a turn is running");
