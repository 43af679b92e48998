/**
 * `client.messages`: the conversation of a session.
 */
import type { Everruns } from "../client.js";
import type { APIPromise } from "../core/api-promise.js";
import { sessionInit } from "../core/params.js";
import type { RequestOptions } from "../core/transport.js";
import { invalid } from "../errors.js";
import type { IdInput, SessionId } from "../ids.js";
import type { CreateMessageBody, Message } from "../types.js";

/** A session's messages, oldest first. */
export interface MessageList {
  /** The messages. */
  data: Message[];
}

const PATH = "/v1/sessions/{session_id}/messages";

/** Message operations. Every method takes a last `options` argument (signal, timeout, retries, headers). */
export class Messages {
  readonly #client: Everruns;

  /** Use `client.messages`. */
  constructor(client: Everruns) {
    this.#client = client;
  }

  /**
   * Sends a user message, which starts a turn. A string becomes one text part. Never retried on a 5xx:
   * a message must not be sent twice.
   *
   * @example
   * ```ts
   * await client.messages.create(session.id, "What's the weather in Kyiv?");
   * ```
   */
  create<I extends string>(
    sessionId: IdInput<I, SessionId>,
    body: CreateMessageBody | string,
    options?: RequestOptions,
  ): APIPromise<Message> {
    return this.#client._request("POST", PATH, options, () => {
      const message: CreateMessageBody =
        typeof body === "string" ? { message: { content: [{ type: "text", text: body }] } } : body;
      const init = sessionInit(sessionId, message);
      const content: unknown = message?.message?.content;
      if (!Array.isArray(content) || !content.length) {
        invalid("body", "a string or a message with at least one content part");
      }
      return init;
    });
  }

  /** Lists the session's messages: user messages, the agent's answers and tool calls, tool results. */
  list<I extends string>(
    sessionId: IdInput<I, SessionId>,
    options?: RequestOptions,
  ): APIPromise<MessageList> {
    return this.#client._request("GET", PATH, options, () => sessionInit(sessionId));
  }
}
