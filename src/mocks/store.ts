/**
 * The mock API's in-memory state: sessions, their messages and events, pins. Every change that the
 * real service records as an event is appended here with the next `sequence`, and live listeners (the
 * SSE streams) hear about it at once.
 */
import type { MockClock } from "./clock.js";
import type { IdFactory } from "./ids.js";
import type {
  CreateSessionRequest,
  Message,
  MockEvent,
  Session,
  SessionStats,
  TokenUsage,
  UpdateSessionRequest,
} from "./types.js";

/** The ids a fresh mock uses for the caller's organization, harness and principal. */
export const DEFAULT_IDS = {
  organization: "org_00000000000000000000000000000001",
  harness: "harness_01933b5a00007000800000000000001",
  principal: "principal_01933b5a000070008000000000000001",
  agentVersion: "agentver_01933b5a00007000800000000000001",
  agent: "agent_01933b5a00007000800000000000001",
} as const;

/** Hears each event appended to one session; `null` means the session was deleted. */
export type EventListener = (event: MockEvent | null) => void;

/** Everything the store keeps about one session. */
export interface SessionRecord {
  /** The session as stored (without the per-user `is_pinned`). */
  session: Session;
  /** The conversation, oldest first. */
  messages: Message[];
  /** The session's events, in `sequence` order. */
  events: MockEvent[];
  /** Pinned by the current user. */
  pinned: boolean;
  /** Live listeners (open SSE streams). */
  listeners: Set<EventListener>;
  /** Position of creation, to order sessions created in the same millisecond. */
  order: number;
}

/** Options of a session list query. */
export interface ListQuery {
  agentId?: string;
  search?: string;
  offset: number;
  limit: number;
}

const PREVIEW_CHARS = 120;

/** The mock API's state. */
export class MockStore {
  private readonly records = new Map<string, SessionRecord>();
  private readonly harnessIds = new Map<string, string>([["default", DEFAULT_IDS.harness]]);
  private readonly agentVersions = new Map<string, string>([
    [DEFAULT_IDS.agent, DEFAULT_IDS.agentVersion],
  ]);
  private created = 0;

  constructor(
    private readonly ids: IdFactory,
    private readonly clock: MockClock,
  ) {}

  /** The current time as an RFC 3339 string. */
  timestamp(): string {
    return new Date(this.clock.now()).toISOString();
  }

  /** A new server-format id with the given prefix (`session`, `message`, `event`, ...). */
  newId(prefix: string): string {
    return this.ids.make(prefix, this.clock.now());
  }

  /** Creates a session the way the server does: defaults filled, empty collections left out. */
  createSession(body: CreateSessionRequest): Session {
    const now = this.timestamp();
    const input = body as CreateSessionRequest & { mcp_servers?: Session["mcpServers"] };
    const session: Session = {
      id: this.newId("session"),
      organization_id: DEFAULT_IDS.organization,
      harness_id: input.harness_id ?? this.harnessFor(input.harness_name ?? "default"),
      owner_principal_id: DEFAULT_IDS.principal,
      owner: { id: DEFAULT_IDS.principal, kind: "user" },
      tags: input.tags ?? [],
      status: "started",
      created_at: now,
      updated_at: now,
    };
    if (input.agent_id !== undefined) {
      session.agent_id = input.agent_id;
      session.agent_version_id = this.agentVersionFor(input.agent_id);
    }
    const optional = [
      "agent_identity_id",
      "title",
      "locale",
      "model_id",
      "system_prompt",
      "hints",
      "network_access",
      "max_iterations",
    ] as const;
    for (const key of optional) {
      if (input[key] !== undefined) (session as Record<string, unknown>)[key] = input[key];
    }
    for (const key of ["capabilities", "tools", "initial_files"] as const) {
      const list = input[key];
      if (list !== undefined && list.length > 0) (session as Record<string, unknown>)[key] = list;
    }
    const mcp = input.mcpServers ?? input.mcp_servers;
    if (mcp !== undefined && Object.keys(mcp).length > 0) session.mcpServers = mcp;
    this.insert(session);
    return session;
  }

  /** Adds a session as given (seeding); replaces one with the same id. */
  insert(session: Session, pinned = false): SessionRecord {
    const record: SessionRecord = {
      session,
      messages: [],
      events: [],
      pinned,
      listeners: new Set(),
      order: this.created++,
    };
    this.records.set(session.id, record);
    return record;
  }

  /** The stored record of a session, if it exists. */
  get(id: string): SessionRecord | undefined {
    return this.records.get(id);
  }

  /** The session as the current user sees it (with `is_pinned`). */
  view(record: SessionRecord): Session {
    return { ...record.session, is_pinned: record.pinned };
  }

  /** Sessions matching the query, newest first, and how many match in all. */
  list(query: ListQuery): { items: SessionRecord[]; total: number } {
    const search = query.search?.toLowerCase();
    const matching = [...this.records.values()]
      .filter((r) => query.agentId === undefined || r.session.agent_id === query.agentId)
      .filter((r) => search === undefined || (r.session.title ?? "").toLowerCase().includes(search))
      .sort(
        (a, b) => b.session.created_at.localeCompare(a.session.created_at) || b.order - a.order,
      );
    return {
      items: matching.slice(query.offset, query.offset + query.limit),
      total: matching.length,
    };
  }

  /** Changes only the fields sent. */
  update(record: SessionRecord, patch: UpdateSessionRequest): Session {
    for (const key of ["title", "locale", "tags", "agent_identity_id"] as const) {
      if (patch[key] !== undefined) (record.session as Record<string, unknown>)[key] = patch[key];
    }
    record.session.updated_at = this.timestamp();
    return record.session;
  }

  /** Removes a session and ends its live streams. */
  delete(id: string): boolean {
    const record = this.records.get(id);
    if (!record) return false;
    this.records.delete(id);
    for (const listener of record.listeners) listener(null);
    record.listeners.clear();
    return true;
  }

  /** Counts sessions by status; legacy and stored spellings count under their current status. */
  stats(): SessionStats {
    const stats: SessionStats = {
      total: 0,
      started: 0,
      active: 0,
      idle: 0,
      waiting_for_tool_results: 0,
    };
    for (const { session } of this.records.values()) {
      stats.total++;
      const bucket = statusBucket(session.status);
      if (bucket) stats[bucket]++;
    }
    return stats;
  }

  /** Sets the session's status and `updated_at`. */
  setStatus(record: SessionRecord, status: Session["status"]): void {
    record.session.status = status;
    record.session.updated_at = this.timestamp();
    if (status === "active" && record.session.started_at === undefined)
      record.session.started_at = record.session.updated_at;
  }

  /** Appends a message with the next `sequence`, keeping the session's previews current. */
  addMessage(
    record: SessionRecord,
    fields: Omit<Message, "id" | "session_id" | "sequence" | "created_at">,
  ): Message {
    const message = {
      id: this.newId("message"),
      session_id: record.session.id,
      sequence: record.messages.length + 1,
      ...fields,
      created_at: this.timestamp(),
    } as Message;
    record.messages.push(message);
    const text = textOf(message);
    if (message.role === "user" && record.session.preview === undefined && text) {
      record.session.preview = text.slice(0, PREVIEW_CHARS);
    }
    if (message.role === "agent" && text)
      record.session.output_preview = text.slice(0, PREVIEW_CHARS);
    return message;
  }

  /** Appends an event with the next `sequence` and tells the live listeners. */
  emit(
    record: SessionRecord,
    type: string,
    data: Record<string, unknown>,
    context: Record<string, string>,
    tags?: string[],
  ): MockEvent {
    const event: MockEvent = {
      id: this.newId("event"),
      type,
      ts: this.timestamp(),
      session_id: record.session.id,
      sequence: (record.events.at(-1)?.sequence ?? 0) + 1,
      context,
      data,
    };
    if (tags !== undefined && tags.length > 0) event.tags = tags;
    record.events.push(event);
    for (const listener of record.listeners) listener(event);
    return event;
  }

  /** Adds a turn's token counts to the session's cumulative usage. */
  addUsage(record: SessionRecord, usage: TokenUsage): void {
    const total = record.session.usage ?? { input_tokens: 0, output_tokens: 0 };
    record.session.usage = {
      ...total,
      input_tokens: total.input_tokens + usage.input_tokens,
      output_tokens: total.output_tokens + usage.output_tokens,
    };
  }

  /** Drops everything. */
  clear(): void {
    for (const record of this.records.values()) record.listeners.clear();
    this.records.clear();
    this.created = 0;
  }

  private harnessFor(name: string): string {
    let id = this.harnessIds.get(name);
    if (id === undefined) {
      id = this.newId("harness");
      this.harnessIds.set(name, id);
    }
    return id;
  }

  private agentVersionFor(agentId: string): string {
    let id = this.agentVersions.get(agentId);
    if (id === undefined) {
      id = this.newId("agentver");
      this.agentVersions.set(agentId, id);
    }
    return id;
  }
}

/** Maps every known spelling of a status (wire, stored, legacy) to its stats key. */
export function statusBucket(status: string): Exclude<keyof SessionStats, "total"> | undefined {
  switch (status) {
    case "started":
      return "started";
    case "active":
    case "running":
      return "active";
    case "idle":
    case "pending":
    case "completed":
    case "failed":
      return "idle";
    case "waitingfortoolresults":
    case "waiting_for_tool_results":
      return "waiting_for_tool_results";
    default:
      return undefined;
  }
}

/** The text parts of a message, joined by newlines. */
export function textOf(message: Message): string {
  return message.content.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("\n");
}
