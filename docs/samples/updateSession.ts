// Change a session's title and tags; fields you do not send stay as they are.
import { Everruns } from "@everruns/sessions-sdk";

const client = new Everruns();

const session = await client.sessions.update("session_01933b5a00007000800000000000001", {
  title: "Lisbon trip, May",
  tags: ["travel", "lisbon"],
});
console.log(session.title, session.tags);
