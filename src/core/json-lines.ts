/**
 * JSON Lines (`application/x-ndjson`) read line by line as the bytes arrive, so a long export never
 * has to fit in memory.
 */
import { APIError, ConnectionError, EverrunsError } from "../errors.js";
import type { Message } from "../types.js";
import { APIPromise } from "./api-promise.js";
import { aborted } from "./transport.js";

/**
 * The body's text as it arrives. Aborting `signal` cancels the download at once (a pending read then
 * fails with an abort error), and so does leaving the loop early; `done` runs once the body is over.
 * A read that fails (a reset, a cut) is a `ConnectionError`.
 */
export function readText(
  body: ReadableStream<Uint8Array> | null,
  signal?: AbortSignal,
  done?: () => void,
): AsyncGenerator<string, void, undefined> {
  const reader = body?.getReader();
  const cancel = () => reader?.cancel().catch(() => undefined);
  if (signal?.aborted) void cancel();
  else signal?.addEventListener("abort", cancel);
  return (async function* () {
    const decoder = new TextDecoder();
    try {
      for (let end = !reader; !end;) {
        let value: Uint8Array | undefined;
        ({ done: end, value } = await reader!.read());
        if (signal?.aborted) throw signal.reason;
        yield decoder.decode(value, { stream: !end });
      }
    } catch (error) {
      throw signal?.aborted
        ? aborted(signal)
        : new ConnectionError("Connection failed while reading the response", { cause: error });
    } finally {
      signal?.removeEventListener("abort", cancel);
      await cancel();
      done?.();
    }
  })();
}

/**
 * A session export: iterate it for the messages, parsed one line at a time, or read `text()` for the
 * raw JSON Lines. The body can be read once.
 */
export class MessageExport implements AsyncIterable<Message> {
  /** The HTTP response (status, headers such as `Content-Disposition`). */
  declare readonly response: Response;
  #read: (() => AsyncGenerator<string, void, undefined>) | undefined;

  /** Wraps an export response whose body is unread; `done` runs once the body is read or dropped. */
  constructor(
    response: Response,
    body: ReadableStream<Uint8Array> | null,
    signal?: AbortSignal,
    done?: () => void,
  ) {
    this.response = response;
    this.#read = () => readText(body, signal, done);
  }

  /** The whole export as JSON Lines text. */
  async text(): Promise<string> {
    let out = "";
    for await (const chunk of this.#take()) out += chunk;
    return out;
  }

  /**
   * Yields the exported messages in order. Lines and characters may be split across chunks; CRLF
   * endings, blank lines and a last line without a line ending are fine.
   */
  async *[Symbol.asyncIterator](): AsyncGenerator<Message, void, undefined> {
    const { status, headers } = this.response;
    let rest = "";
    let n = 0;
    const parse = (line: string): Message => {
      n++;
      try {
        return JSON.parse(line) as Message; // JSON.parse skips the CR of a CRLF ending
      } catch {
        throw new APIError(
          status,
          undefined,
          headers,
          `${status} invalid JSON on line ${n} of the export`,
        );
      }
    };
    for await (const chunk of this.#take()) {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop()!;
      for (const line of lines) if (line.trim()) yield parse(line);
    }
    if (rest.trim()) yield parse(rest);
  }

  #take(): AsyncGenerator<string, void, undefined> {
    const read = this.#read;
    if (!read) throw new EverrunsError("The export body was already read");
    this.#read = undefined;
    return read();
  }
}

/**
 * What `sessions.export` returns: await it for the `MessageExport` (errors surface there), or iterate
 * it directly, or call `text()` on it.
 */
export class ExportPromise extends APIPromise<MessageExport> implements AsyncIterable<Message> {
  /** Yields the exported messages in order. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Message, void, undefined> {
    yield* await this;
  }

  /** The whole export as raw JSON Lines text. */
  text(): Promise<string> {
    return this.then((exported) => exported.text());
  }
}
