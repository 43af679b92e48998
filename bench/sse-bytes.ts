/**
 * Pre-encoded SSE bytes of a realistic session (about 500-byte `output.message.delta` events, the
 * test server's own frames), and a `ReadableStream` over them that both stream contenders read.
 */
import { frameOf, makeEvents } from "../test/support/sse-server.js";

const CHUNK = 64 * 1024;
const encoder = new TextEncoder();

/** `count` events as 64 KiB chunks, after the `retry:` hint and the `connected` frame. */
export function encodeEvents(count: number, firstSequence = 1): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let text = `retry: 100\nevent: connected\ndata: {"status":"connected"}\n\n`;
  for (let start = firstSequence; start < firstSequence + count; start += 1_000) {
    for (const event of makeEvents(Math.min(1_000, firstSequence + count - start), start))
      text += frameOf(event);
    while (text.length >= CHUNK) {
      chunks.push(encoder.encode(text.slice(0, CHUNK)));
      text = text.slice(CHUNK);
    }
  }
  if (text) chunks.push(encoder.encode(text));
  return chunks;
}

/** A byte stream that hands out `chunks` one per pull, as a network body would. */
export function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else controller.close();
    },
  });
}

/** A byte stream of `count` events encoded as they are pulled, so memory stays independent of count. */
export function generatedStream(count: number): ReadableStream<Uint8Array> {
  let next = 1;
  let first = true;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next > count) return controller.close();
      const batch = Math.min(128, count - next + 1);
      let text = first ? `retry: 100\nevent: connected\ndata: {"status":"connected"}\n\n` : "";
      first = false;
      for (const event of makeEvents(batch, next)) text += frameOf(event);
      next += batch;
      controller.enqueue(encoder.encode(text));
    },
  });
}
