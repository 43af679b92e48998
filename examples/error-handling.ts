/**
 * Error handling: every error is an `EverrunsError`; API errors carry status, code and request id;
 * bad arguments fail before a request is sent; a signal or a timeout stops a call at once.
 *
 *   EVERRUNS_API_KEY=evr_pat_... npx tsx examples/error-handling.ts
 */
import {
  AbortError,
  APIError,
  ConflictError,
  Everruns,
  EverrunsError,
  NotFoundError,
  ValidationError,
} from "@everruns/sessions-sdk";

const client = new Everruns({ maxRetries: 1 });

// An id of the wrong kind never reaches the server.
const fromElsewhere: string = "agent_01933b5a00007000800000000000001";
try {
  await client.sessions.get(fromElsewhere);
} catch (err) {
  if (err instanceof ValidationError) console.log(`ValidationError: ${err.message}`);
  else throw err;
}

// A session that does not exist: 404 with a stable code and the request id for support.
try {
  await client.sessions.get("session_0000000000000000000000000000dead");
} catch (err) {
  if (err instanceof NotFoundError) {
    console.log(`NotFoundError: status ${err.status}, code ${err.code}, request ${err.requestId}`);
  } else throw err;
}

// Tool results for a session that is not waiting for any: 409, which is never retried.
const session = await client.sessions.create({ title: "Error handling" });
try {
  await client.sessions.submitToolResults(session.id, [
    { tool_call_id: "call_01933b5a00007000800000000000c01", result: "too early" },
  ]);
} catch (err) {
  if (err instanceof ConflictError) console.log(`ConflictError: ${err.code}: ${err.detail}`);
  else throw err;
}

// Your signal cancels a call at once, even during retries.
const controller = new AbortController();
controller.abort();
try {
  await client.sessions.get(session.id, { signal: controller.signal });
} catch (err) {
  if (err instanceof AbortError) console.log("AbortError: the call was cancelled");
  else throw err;
}

// One catch for everything the SDK throws.
try {
  await client.sessions.delete(session.id);
  await client.sessions.delete(session.id);
} catch (err) {
  if (err instanceof APIError) console.log(`APIError ${err.status}: ${err.message}`);
  else if (err instanceof EverrunsError) console.log(`EverrunsError: ${err.message}`);
  else throw err;
}
