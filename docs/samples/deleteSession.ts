// Delete a session, treating "already gone" as success.
import { Everruns, NotFoundError } from "@everruns/sessions-sdk";

const client = new Everruns();

try {
  await client.sessions.delete("session_01933b5a00007000800000000000001");
  console.log("deleted");
} catch (err) {
  if (!(err instanceof NotFoundError)) throw err;
  console.log("already deleted");
}
