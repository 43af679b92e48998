/**
 * The data a fresh mock starts with: the session, conversation and events of the spec's documented
 * examples (`components.examples` of the bundled spec), so what the docs show is what the mock serves.
 */
import bundledSpec from "../../generated/openapi.json" with { type: "json" };
import type { MockStore } from "./store.js";
import type { Message, MockEvent, Session } from "./types.js";

interface ExampleObject {
  value?: unknown;
}

const examples =
  (bundledSpec as { components?: { examples?: Record<string, ExampleObject> } }).components
    ?.examples ?? {};

/** The value of a documented example, deep-copied so the store can change it freely. */
export function exampleValue<T>(name: string): T {
  const example = examples[name];
  if (example?.value === undefined)
    throw new Error(`The bundled spec has no example named ${name}.`);
  return structuredClone(example.value) as T;
}

/** Loads the documented story into an empty store: one idle session with its messages and events. */
export function seedDocumentedExamples(store: MockStore): void {
  const { is_pinned: pinned, ...session } = exampleValue<Session>("SessionIdle");
  const record = store.insert(session as Session, pinned === true);
  record.messages.push(...exampleValue<{ data: Message[] }>("MessageListConversation").data);
  record.events.push(...exampleValue<{ data: MockEvent[] }>("EventListTurn").data);
}

/** Event types the spec names (listed in the `UnknownEvent` schema's exclusion), and type families by prefix (`budget.`). */
export function documentedEventTypes(): { types: Set<string>; prefixes: string[] } {
  interface TypeSchema {
    not?: { anyOf?: { enum?: string[]; pattern?: string }[] };
  }
  const schemas = (
    bundledSpec as unknown as {
      components: { schemas: Record<string, { allOf?: { properties?: { type?: TypeSchema } }[] }> };
    }
  ).components.schemas;
  const exclusions = (schemas.UnknownEvent?.allOf ?? []).flatMap(
    (part) => part.properties?.type?.not?.anyOf ?? [],
  );
  const types = new Set(exclusions.flatMap((e) => e.enum ?? []));
  // `^budget\.` -> `budget.`
  const prefixes = exclusions.flatMap((e) =>
    e.pattern ? [e.pattern.replace(/^\^/, "").replace(/\\\./g, ".")] : [],
  );
  return { types, prefixes };
}
