/**
 * JSON Lines (`application/x-ndjson`) read line by line as the bytes arrive, so a long export never
 * has to fit in memory. Handles lines and characters split across chunks, CRLF endings and a last
 * line without a line ending.
 */
import { APIError, ConnectionError, EverrunsError } from "../errors.js";
import type { Message } from "../types.js";
import { APIPromise } from "./api-promise.js";
import { aborted } from "./transport.js";

/** Yields the stream's text as it arrives; cancels the download on abort or when the loop ends early. */
export async function* readText(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
  done?: () => void,
): AsyncGenerator<string, void, undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const onAbort = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener("abort", onAbort);
  try {
    for (;;) {
      if (signal?.aborted) throw aborted(signal);
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        if (signal?.aborted) throw aborted(signal);
        // A reset or a cut in the middle of the download.
        throw new ConnectionError("Connection failed while reading the response", { cause: error });
      }
      if (signal?.aborted) throw aborted(signal);
      if (chunk.done) break;
      yield decoder.decode(chunk.value, { stream: true });
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } finally {
    signal?.removeEventListener("abort", onAbort);
    await reader.cancel().catch(() => undefined);
    done?.();
  }
}

/** Yields each non-empty line of a byte stream, without its line ending (`\n` or `\r\n`). */
export async function* readLines(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
  done?: () => void,
): AsyncGenerator<string, void, undefined> {
  let rest = "";
  for await (const chunk of readText(body, signal, done)) {
    const text = rest + chunk;
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
      start = end + 1;
      if (line.trim()) yield line;
    }
    rest = text.slice(start);
  }
  const last = rest.endsWith("\r") ? rest.slice(0, -1) : rest;
  if (last.trim()) yield last;
}

/**
 * A session export: iterate it for the messages, parsed one line at a time, or read `text()` for the
 * raw JSON Lines. The body can be read once.
 */
export class MessageExport implements AsyncIterable<Message> {
  /** The HTTP response (status, headers such as `Content-Disposition`). */
  readonly response: Response;
  readonly #body: ReadableStream<Uint8Array> | null;
  readonly #signal: AbortSignal | undefined;
  readonly #done: (() => void) | undefined;
  #used = false;

  /** Wraps an export response whose body is unread; `done` runs once the body is read or dropped. */
  constructor(
    response: Response,
    body: ReadableStream<Uint8Array> | null,
    signal?: AbortSignal,
    done?: () => void,
  ) {
    this.response = response;
    this.#body = body;
    this.#signal = signal;
    this.#done = done;
  }

  /** The whole export as JSON Lines text. */
  async text(): Promise<string> {
    const body = this.#take();
    if (!body) return (this.#done?.(), "");
    let out = "";
    for await (const chunk of readText(body, this.#signal, this.#done)) out += chunk;
    return out;
  }

  /** Yields the exported messages in order. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Message, void, undefined> {
    const body = this.#take();
    if (!body) return this.#done?.();
    let n = 0;
    for await (const line of readLines(body, this.#signal, this.#done)) {
      n++;
      let message: Message;
      try {
        message = JSON.parse(line) as Message;
      } catch {
        throw new APIError(
          this.response.status,
          undefined,
          this.response.headers,
          `${this.response.status} invalid JSON on line ${n} of the export`,
        );
      }
      yield message;
    }
  }

  #take(): ReadableStream<Uint8Array> | null {
    if (this.#used) throw new EverrunsError("The export body was already read");
    this.#used = true;
    return this.#body;
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
