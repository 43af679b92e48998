/**
 * DO NOT EDIT: generated from openapi/ by `npm run generate` (scripts/generate.mjs).
 * Change the spec and regenerate; `npm run generate:check` fails when this file is stale.
 */

export interface paths {
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sessions
         * @description Lists the sessions you can see, newest first, one page at a time. Filter by agent with `agent_id` and by
         *     title with `search` (case-insensitive substring). Walk pages with `offset` and `limit`, or follow
         *     `next_url` until it is absent.
         */
        get: operations["listSessions"];
        put?: never;
        /**
         * Create a session
         * @description Creates a session: a conversation with an agent. Every field is optional. Pick the harness by
         *     `harness_id` or `harness_name` (not both); with neither, your organization's default harness runs it.
         *     Declare client-side tools in `tools` to have the agent call back into your code. The new session's
         *     status is `started`; send a message to start its first turn.
         *
         *     Not idempotent: a retried request that reached the server creates a second session.
         */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count sessions by status
         * @description Counts your sessions, in total and by status. Use it for dashboards; it is cheaper than listing.
         */
        get: operations["getSessionStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Get a session
         * @description Returns one session with its current `status`. Poll it, or better, watch `/sse`, to see a turn run.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        /**
         * Delete a session
         * @description Deletes a session with its messages and events. A running turn is stopped. This cannot be undone.
         */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        /**
         * Update a session
         * @description Changes a session's `title`, `locale`, `tags` or `agent_identity_id`. Only the fields you send change;
         *     `tags` replaces the whole list.
         */
        patch: operations["updateSession"];
        trace?: never;
    };
    "/v1/sessions/{session_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel the running turn
         * @description Stops the turn that is running, if any. The turn ends with a `turn.cancelled` event and the session goes
         *     idle. When nothing is running the answer is `no_op`, so it is safe to call more than once.
         */
        post: operations["cancelTurn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Pin a session
         * @description Pins the session for you (the token's user): it then shows `is_pinned: true` to you only. Pinning a
         *     pinned session changes nothing.
         */
        put: operations["pinSession"];
        post?: never;
        /**
         * Unpin a session
         * @description Removes your pin from the session. Unpinning a session that is not pinned changes nothing.
         */
        delete: operations["unpinSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Export a session's messages
         * @description Downloads every message of the session as JSON Lines (`application/x-ndjson`): one `Message` object per
         *     line, oldest first, each line ending in `\n`. Read it line by line; a long session is a large file.
         */
        get: operations["exportSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * List a session's messages
         * @description Returns the session's conversation, oldest first: user messages, the agent's messages (text and tool
         *     calls) and tool results.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send a message
         * @description Sends a user message to the session. This starts a turn: the session becomes `active`, the agent works,
         *     and events record what it does (watch them live on `/sse`). The response returns as soon as the message
         *     is stored; it does not wait for the agent's answer. The turn's events carry this message's id as
         *     `context.input_message_id`.
         *
         *     Not idempotent: a retried request that reached the server sends the message twice. Only one turn runs at
         *     a time: a message sent while a turn runs is a `409`.
         */
        post: operations["createMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * List a session's events
         * @description Returns what happened in the session, oldest first. Narrow it with `types` (then `exclude`), a time
         *     range, a turn, an execution, a trace, tags, a tool or full text.
         *
         *     To read forward in pages, pass the last `sequence` you saw as `after_sequence`; to read backward, pass
         *     the first as `before_sequence`. `limit` returns only the last N matching events and adds
         *     `X-Total-Count`. `around` with `window` returns the events around one `sequence`.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/sse": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Watch a session's events live
         * @description Streams the session's events as they happen, as [Server-Sent
         *     Events](https://html.spec.whatwg.org/multipage/server-sent-events.html) (`text/event-stream`). Send the
         *     same `Authorization` header as for any other call (so use `fetch`, not the browser's `EventSource`).
         *
         *     **Frames.** Each frame has `event: <type>`, `id: <event id>` and `data: <Event JSON>`; the `data` is the
         *     same `Event` object that `listEvents` returns. A `retry: <ms>` line tells how long to wait before
         *     reconnecting: 100 ms while the session is active, up to 500 ms while idle.
         *
         *     **Control frames.** The first frame is `event: connected` with data `{"status":"connected"}`. About every
         *     five minutes the server cycles the connection: it sends `event: disconnecting` with data
         *     `{"reason":"connection_cycle","retry_ms":100}` and closes. Neither is a session event, and a cycle is not
         *     an error.
         *
         *     **Reconnecting.** After `disconnecting`, wait `retry_ms` and reconnect with `since_id` set to the id of
         *     the last event you received: no event is lost. After an unplanned drop (network error, the stream ending
         *     without `disconnecting`, or silence for longer than you expect), reconnect the same way but back off
         *     exponentially (1 s, 2 s, 4 s ... capped at 30 s), resetting the backoff once an event arrives. Events are
         *     delivered in `sequence` order; drop any event whose id you have already handled.
         *
         *     `types` and `exclude` filter the stream as they filter `listEvents`.
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/tool-results": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit client-side tool results
         * @description Answers the agent's calls to client-side tools. When a turn emits `tool.call_requested`, run each call in
         *     `data.tool_calls` and post all the results here in one request, each with the call's `tool_call_id`:
         *     `result` on success, `error` (a message) on failure. The turn then goes on.
         *
         *     The session reaches `waitingfortoolresults` a moment after `tool.call_requested` is emitted; until then,
         *     and when nothing is pending, the answer is `409` with code `session_not_waiting_for_tool_results`. A
         *     `tool_call_id` that was not requested is a `400`.
         */
        post: operations["submitToolResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * AgentCapabilityConfig
         * @description A capability to enable, by reference, with optional configuration.
         * @example {
         *       "ref": "file_system",
         *       "config": {
         *         "root": "/workspace"
         *       }
         *     }
         */
        AgentCapabilityConfig: {
            /**
             * @description The capability's reference name.
             * @example file_system
             */
            ref: string;
            /**
             * @description Capability-specific configuration.
             * @example {
             *       "root": "/workspace"
             *     }
             */
            config?: {
                [key: string]: unknown;
            };
        };
        /**
         * AllowedAction
         * @description Something the caller can do next, as a link.
         * @example {
         *       "rel": "cancel",
         *       "href": "/v1/sessions/session_01933b5a00007000800000000000001/cancel",
         *       "method": "POST",
         *       "hint": "Cancel the running turn before sending another message."
         *     }
         */
        AllowedAction: {
            /**
             * @description What the action is.
             * @example cancel
             */
            rel: string;
            /**
             * @description Where to send it.
             * @example /v1/sessions/session_01933b5a00007000800000000000001/cancel
             */
            href?: string;
            /**
             * @description The HTTP method to use.
             * @example POST
             */
            method?: string;
            /**
             * @description A hint for people.
             * @example Cancel the running turn before sending another message.
             */
            hint?: string;
        };
        /**
         * BudgetEvent
         * @description A budget changed: `budget.*` events report its balance against its limit. When a budget runs out the session is `paused`.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0012",
         *       "type": "budget.exceeded",
         *       "ts": "2026-05-25T10:00:09.500Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 12,
         *       "context": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "budget_id": "budget_01933b5a00007000800000000000001",
         *         "balance": 0,
         *         "limit": 25,
         *         "currency": "USD"
         *       }
         *     }
         */
        BudgetEvent: components["schemas"]["EventBase"] & {
            /**
             * @description `budget.` followed by what happened (for example `budget.exceeded`).
             * @example budget.exceeded
             */
            type: string;
            /**
             * @description The payload.
             * @example {
             *       "budget_id": "budget_01933b5a00007000800000000000001",
             *       "balance": 0,
             *       "limit": 25,
             *       "currency": "USD"
             *     }
             */
            data: {
                /**
                 * @description The budget.
                 * @example budget_01933b5a00007000800000000000001
                 */
                budget_id: string;
                /**
                 * @description What is left.
                 * @example 0
                 */
                balance: number;
                /**
                 * @description The budget's limit.
                 * @example 25
                 */
                limit: number;
                /**
                 * @description The unit of `balance` and `limit` (a currency code or `tokens`).
                 * @example USD
                 */
                currency: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * BuiltinToolDefinition
         * @description A tool that runs on the Everruns platform.
         * @example {
         *       "type": "builtin",
         *       "name": "web_fetch",
         *       "description": "Fetch a web page and return its text.",
         *       "parameters": {
         *         "type": "object",
         *         "properties": {
         *           "url": {
         *             "type": "string"
         *           }
         *         },
         *         "required": [
         *           "url"
         *         ]
         *       },
         *       "policy": "auto"
         *     }
         */
        BuiltinToolDefinition: {
            /**
             * @description Always `builtin`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "builtin";
            /**
             * @description The name the agent calls the tool by.
             * @example web_fetch
             */
            name: string;
            /**
             * @description What the tool does, for the model.
             * @example Fetch a web page and return its text.
             */
            description: string;
            /**
             * @description The tool's arguments as a JSON Schema.
             * @example {
             *       "type": "object",
             *       "properties": {
             *         "url": {
             *           "type": "string"
             *         }
             *       }
             *     }
             */
            parameters: {
                [key: string]: unknown;
            };
            /**
             * @description A name for people.
             * @example Web fetch
             */
            display_name?: string;
            /**
             * @description A grouping for people.
             * @example web
             */
            category?: string;
            /**
             * @description Whether the tool runs at once, after approval, or on the client.
             * @example auto
             * @enum {string}
             */
            policy?: "auto" | "requires_approval" | "client_side";
        };
        /**
         * CancelTurnResponse
         * @description What cancelling did.
         * @example {
         *       "status": "cancelled",
         *       "message": "The running turn was cancelled."
         *     }
         */
        CancelTurnResponse: {
            /**
             * @description `cancelled` when a running turn was stopped; `no_op` when no turn was running.
             * @example cancelled
             * @enum {string}
             */
            status: "cancelled" | "no_op";
            /**
             * @description A sentence for people.
             * @example The running turn was cancelled.
             */
            message: string;
        };
        /**
         * ClientSideToolDefinition
         * @description A tool that runs in your code. When the agent calls it, the turn emits `tool.call_requested` and the
         *     session waits until you post the result to `/v1/sessions/{session_id}/tool-results`.
         * @example {
         *       "type": "client_side",
         *       "name": "get_weather",
         *       "display_name": "Weather",
         *       "description": "Look up the weather forecast for a city on a date.",
         *       "parameters": {
         *         "type": "object",
         *         "properties": {
         *           "city": {
         *             "type": "string"
         *           },
         *           "date": {
         *             "type": "string",
         *             "format": "date"
         *           }
         *         },
         *         "required": [
         *           "city",
         *           "date"
         *         ]
         *       }
         *     }
         */
        ClientSideToolDefinition: {
            /**
             * @description Always `client_side`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "client_side";
            /**
             * @description The name the agent calls the tool by.
             * @example get_weather
             */
            name: string;
            /**
             * @description What the tool does, for the model.
             * @example Look up the weather forecast for a city on a date.
             */
            description: string;
            /**
             * @description The tool's arguments as a JSON Schema.
             * @example {
             *       "type": "object",
             *       "properties": {
             *         "city": {
             *           "type": "string"
             *         }
             *       },
             *       "required": [
             *         "city"
             *       ]
             *     }
             */
            parameters: {
                [key: string]: unknown;
            };
            /**
             * @description A name for people.
             * @example Weather
             */
            display_name?: string;
            /**
             * @description A grouping for people.
             * @example data
             */
            category?: string;
        };
        /**
         * ContentPart
         * @description One part of a message, tagged by `type`.
         * @example {
         *       "type": "text",
         *       "text": "Here is a Q3 plan covering the three pillars we discussed..."
         *     }
         */
        ContentPart: components["schemas"]["TextContentPart"] | components["schemas"]["ImageContentPart"] | components["schemas"]["ImageFileContentPart"] | components["schemas"]["ToolCallContentPart"] | components["schemas"]["ToolResultContentPart"];
        /**
         * CreateMessageRequest
         * @description A user message. Sending it starts a turn.
         * @example {
         *       "message": {
         *         "role": "user",
         *         "content": [
         *           {
         *             "type": "text",
         *             "text": "Help me draft the Q3 marketing plan. Will the weather in Kyiv hold for the launch event on 2026-07-15?"
         *           }
         *         ]
         *       },
         *       "metadata": {
         *         "client_message_id": "web-7f3a"
         *       }
         *     }
         */
        CreateMessageRequest: {
            message: components["schemas"]["InputMessage"];
            controls?: components["schemas"]["MessageControls"];
            external_actor?: components["schemas"]["ExternalActor"];
            /**
             * @description Your own key-value data, stored with the message.
             * @example {
             *       "client_message_id": "web-7f3a"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description Tags for the message's events.
             * @example [
             *       "launch"
             *     ]
             */
            tags?: string[];
        };
        /**
         * CreateSessionRequest
         * @description Everything is optional. Choose the harness by `harness_id` or by `harness_name`, never both; with
         *     neither, the organization's default harness is used.
         * @example {
         *       "harness_name": "default",
         *       "agent_id": "agent_01933b5a00007000800000000000001",
         *       "title": "Q3 marketing brief",
         *       "locale": "en-US",
         *       "tags": [
         *         "marketing",
         *         "q3",
         *         "draft"
         *       ],
         *       "tools": [
         *         {
         *           "type": "client_side",
         *           "name": "get_weather",
         *           "display_name": "Weather",
         *           "description": "Look up the weather forecast for a city on a date.",
         *           "parameters": {
         *             "type": "object",
         *             "properties": {
         *               "city": {
         *                 "type": "string"
         *               },
         *               "date": {
         *                 "type": "string",
         *                 "format": "date"
         *               }
         *             },
         *             "required": [
         *               "city",
         *               "date"
         *             ]
         *           }
         *         }
         *       ]
         *     }
         */
        CreateSessionRequest: {
            /**
             * @description The harness to run the session in (`harness_...`). Do not send with `harness_name`.
             * @example harness_01933b5a00007000800000000000001
             */
            harness_id?: string;
            /**
             * @description The harness to run the session in, by name (lowercase words joined by `-`). Do not send with `harness_id`.
             * @example default
             */
            harness_name?: string;
            /**
             * @description The agent to work in the session (`agent_...`).
             * @example agent_01933b5a00007000800000000000001
             */
            agent_id?: string;
            /**
             * @description A resident agent identity for unattended/background execution (`identity_...`).
             * @example identity_01933b5a00007000800000000000001
             */
            agent_identity_id?: string;
            /**
             * @description Human-readable title.
             * @example Q3 marketing brief
             */
            title?: string;
            /**
             * @description Locale for localized agent behavior and formatting (BCP 47).
             * @example en-US
             */
            locale?: string;
            /**
             * @description Overrides the agent's default model (`model_...`).
             * @example model_01933b5a00007000800000000000001
             */
            model_id?: string;
            /**
             * @description Tags for organizing and filtering sessions.
             * @example [
             *       "marketing",
             *       "q3"
             *     ]
             */
            tags?: string[];
            /** @description Session-level capabilities, added to the agent's. */
            capabilities?: components["schemas"]["AgentCapabilityConfig"][];
            /** @description Client-side tools for this session, added to the agent's. */
            tools?: components["schemas"]["ToolDefinition"][];
            /** @description Remote MCP servers for this session only, keyed by name. */
            mcpServers?: components["schemas"]["ScopedMcpServers"];
            /**
             * @description Prepended to the agent's system prompt.
             * @example Answer in plain English and keep plans under one page.
             */
            system_prompt?: string;
            /** @description Files placed in the workspace before the first turn. */
            initial_files?: components["schemas"]["InitialFile"][];
            /**
             * @description Client hints used as defaults for every turn.
             * @example {
             *       "rich_media": true
             *     }
             */
            hints?: {
                [key: string]: unknown;
            };
            network_access?: components["schemas"]["NetworkAccessList"];
            /**
             * Format: int64
             * @description Maximum number of LLM iterations per turn.
             * @example 50
             */
            max_iterations?: number;
        };
        /**
         * Event
         * @description Something that happened in a session. `type` says what, and decides the shape of `data`. Types not listed here arrive as `UnknownEvent`: keep them.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0002",
         *       "type": "turn.started",
         *       "ts": "2026-05-25T10:00:02.000Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 2,
         *       "context": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       }
         *     }
         */
        Event: components["schemas"]["InputMessageEvent"] | components["schemas"]["TurnStartedEvent"] | components["schemas"]["SessionActivityEvent"] | components["schemas"]["OutputMessageStartedEvent"] | components["schemas"]["ToolCallRequestedEvent"] | components["schemas"]["ToolStartedEvent"] | components["schemas"]["ToolCompletedEvent"] | components["schemas"]["OutputMessageDeltaEvent"] | components["schemas"]["ReasonThinkingDeltaEvent"] | components["schemas"]["OutputMessageCompletedEvent"] | components["schemas"]["TurnCompletedEvent"] | components["schemas"]["TurnFailedEvent"] | components["schemas"]["TurnCancelledEvent"] | components["schemas"]["SubagentEvent"] | components["schemas"]["BudgetEvent"] | components["schemas"]["UnknownEvent"];
        /**
         * EventBase
         * @description What every event has. `data` depends on `type`.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0002",
         *       "type": "turn.started",
         *       "ts": "2026-05-25T10:00:01.120Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 2,
         *       "context": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       }
         *     }
         */
        EventBase: {
            /**
             * @description The event's id (`event_...`). Pass the last one you saw as `since_id` to resume.
             * @example event_01933b5a0000700080000000000e0002
             */
            id: string;
            /**
             * @description What happened, in dot notation (`turn.started`). New types appear over time.
             * @example turn.started
             */
            type: string;
            /**
             * Format: date-time
             * @description When it happened.
             * @example 2026-05-25T10:00:01.120Z
             */
            ts: string;
            /**
             * @description The session it happened in.
             * @example session_01933b5a00007000800000000000001
             */
            session_id: string;
            /**
             * Format: int64
             * @description The event's position in the session; increases by event.
             * @example 2
             */
            sequence?: number;
            context: components["schemas"]["EventContext"];
            /**
             * @description The event's payload; its shape depends on `type`.
             * @example {
             *       "turn_id": "turn_01933b5a000070008000000000000b01"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
            /**
             * @description More about the event.
             * @example {
             *       "source": "api"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description Tags of the message that started the turn.
             * @example [
             *       "launch"
             *     ]
             */
            tags?: string[];
        };
        /**
         * EventContext
         * @description Correlation ids that tie an event to its turn, input message, execution and trace.
         * @example {
         *       "turn_id": "turn_01933b5a000070008000000000000b01",
         *       "input_message_id": "message_01933b5a000070008000000000000a01"
         *     }
         */
        EventContext: {
            /**
             * @description The turn the event belongs to (`turn_...`).
             * @example turn_01933b5a000070008000000000000b01
             */
            turn_id?: string;
            /**
             * @description The user message that started the turn (`message_...`).
             * @example message_01933b5a000070008000000000000a01
             */
            input_message_id?: string;
            /**
             * @description The execution (one model or tool run) the event belongs to (`exec_...`).
             * @example exec_01933b5a000070008000000000000d01
             */
            exec_id?: string;
            /**
             * @description The distributed trace id.
             * @example 4bf92f3577b34da6a3ce929d0e0e4736
             */
            trace_id?: string;
            /**
             * @description The span id within the trace.
             * @example 00f067aa0ba902b7
             */
            span_id?: string;
            /**
             * @description The parent span id within the trace.
             * @example 53995c3f42cd8ad8
             */
            parent_span_id?: string;
        };
        /**
         * EventList
         * @description A session's events, oldest first unless `order_desc` is set.
         * @example {
         *       "data": [
         *         {
         *           "id": "event_01933b5a0000700080000000000e0002",
         *           "type": "turn.started",
         *           "ts": "2026-05-25T10:00:02.000Z",
         *           "session_id": "session_01933b5a00007000800000000000001",
         *           "sequence": 2,
         *           "context": {
         *             "turn_id": "turn_01933b5a000070008000000000000b01",
         *             "input_message_id": "message_01933b5a000070008000000000000a01"
         *           },
         *           "data": {
         *             "turn_id": "turn_01933b5a000070008000000000000b01",
         *             "input_message_id": "message_01933b5a000070008000000000000a01"
         *           }
         *         }
         *       ]
         *     }
         */
        EventList: {
            /** @description The events. */
            data: components["schemas"]["Event"][];
        };
        /**
         * ExternalActor
         * @description The person or system outside Everruns on whose behalf a message is sent (for example a chat user).
         * @example {
         *       "actor_id": "U024BE7LH",
         *       "source": "slack",
         *       "actor_name": "Olena Kovalenko"
         *     }
         */
        ExternalActor: {
            /**
             * @description The actor's id in the source system.
             * @example U024BE7LH
             */
            actor_id: string;
            /**
             * @description The source system.
             * @example slack
             */
            source: string;
            /**
             * @description The actor's name, for people.
             * @example Olena Kovalenko
             */
            actor_name?: string;
            /**
             * @description More about the actor.
             * @example {
             *       "channel": "C01Q3PLAN"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /**
         * ImageContentPart
         * @description An image, inline as base64 or by URL.
         * @example {
         *       "type": "image",
         *       "url": "https://assets.example.com/q3/moodboard.png",
         *       "media_type": "image/png"
         *     }
         */
        ImageContentPart: {
            /**
             * @description Always `image`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "image";
            /**
             * @description The image bytes, base64-encoded. Send this or `url`.
             * @example iVBORw0KGgo=
             */
            base64?: string;
            /**
             * Format: uri
             * @description Where the image can be fetched. Send this or `base64`.
             * @example https://assets.example.com/q3/moodboard.png
             */
            url?: string;
            /**
             * @description The image's media type.
             * @example image/png
             */
            media_type?: string;
        };
        /**
         * ImageFileContentPart
         * @description An image uploaded earlier, by id.
         * @example {
         *       "type": "image_file",
         *       "image_id": "image_01933b5a00007000800000000000001",
         *       "filename": "moodboard.png"
         *     }
         */
        ImageFileContentPart: {
            /**
             * @description Always `image_file`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "image_file";
            /**
             * @description The uploaded image's id.
             * @example image_01933b5a00007000800000000000001
             */
            image_id: string;
            /**
             * @description The file's name, for people.
             * @example moodboard.png
             */
            filename?: string;
        };
        /**
         * InitialFile
         * @description A file placed in the session's workspace before the first turn.
         * @example {
         *       "path": "/workspace/brief.md",
         *       "content": "# Q3 goals",
         *       "encoding": "text",
         *       "is_readonly": true
         *     }
         */
        InitialFile: {
            /**
             * @description Path of the file in the session's workspace.
             * @example /workspace/brief.md
             */
            path: string;
            /**
             * @description The file's content, as text or base64 (see `encoding`).
             * @example # Q3 goals
             */
            content: string;
            /**
             * @description How `content` is encoded.
             * @default text
             * @example text
             * @enum {string}
             */
            encoding?: "text" | "base64";
            /**
             * @description Whether the agent may not change the file.
             * @default false
             * @example true
             */
            is_readonly?: boolean;
        };
        /**
         * InputContentPart
         * @description One part of a message you send, tagged by `type`.
         * @example {
         *       "type": "text",
         *       "text": "Help me draft the Q3 marketing plan."
         *     }
         */
        InputContentPart: components["schemas"]["TextContentPart"] | components["schemas"]["ImageContentPart"] | components["schemas"]["ImageFileContentPart"];
        /**
         * InputMessage
         * @description The message you send.
         * @example {
         *       "role": "user",
         *       "content": [
         *         {
         *           "type": "text",
         *           "text": "Help me draft the Q3 marketing plan."
         *         }
         *       ]
         *     }
         */
        InputMessage: {
            /**
             * @description Always `user`; may be left out.
             * @default user
             * @example user
             * @constant
             */
            role?: "user";
            /** @description The message's parts, in order. */
            content: components["schemas"]["InputContentPart"][];
        };
        /**
         * InputMessageEvent
         * @description A user message was recorded.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0001",
         *       "type": "input.message",
         *       "ts": "2026-05-25T10:00:01.000Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 1,
         *       "context": {
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "message": {
         *           "id": "message_01933b5a000070008000000000000a01",
         *           "session_id": "session_01933b5a00007000800000000000001",
         *           "sequence": 1,
         *           "role": "user",
         *           "content": [
         *             {
         *               "type": "text",
         *               "text": "Help me draft the Q3 marketing plan. Will the weather in Kyiv hold for the launch event on 2026-07-15?"
         *             }
         *           ],
         *           "created_at": "2026-05-25T10:00:01Z"
         *         }
         *       }
         *     }
         */
        InputMessageEvent: components["schemas"]["EventBase"] & {
            /**
             * @description Always `input.message`.
             * @example input.message
             * @constant
             */
            type: "input.message";
            /**
             * @description The payload.
             * @example {
             *       "message": {
             *         "id": "message_01933b5a000070008000000000000a01",
             *         "session_id": "session_01933b5a00007000800000000000001",
             *         "sequence": 1,
             *         "role": "user",
             *         "content": [
             *           {
             *             "type": "text",
             *             "text": "Help me draft the Q3 marketing plan. Will the weather in Kyiv hold for the launch event on 2026-07-15?"
             *           }
             *         ],
             *         "created_at": "2026-05-25T10:00:01Z"
             *       }
             *     }
             */
            data: {
                message: components["schemas"]["Message"];
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * McpServerConfig
         * @description How to reach one remote MCP server.
         * @example {
         *       "url": "https://mcp.crm.example/mcp",
         *       "type": "http",
         *       "auth_mode": "api_key",
         *       "headers": {
         *         "X-Tenant": "acme"
         *       }
         *     }
         */
        McpServerConfig: {
            /**
             * Format: uri
             * @description The server's MCP endpoint.
             * @example https://mcp.crm.example/mcp
             */
            url: string;
            /**
             * @description The transport.
             * @default http
             * @example http
             * @enum {string}
             */
            type?: "http";
            /**
             * @description How the session authenticates to the server.
             * @default none
             * @example api_key
             * @enum {string}
             */
            auth_mode?: "none" | "api_key" | "o_auth";
            /**
             * @description Extra headers sent to the server.
             * @example {
             *       "X-Tenant": "acme"
             *     }
             */
            headers?: {
                [key: string]: string;
            };
            /**
             * @description The OAuth provider to use when `auth_mode` is `o_auth`.
             * @example oauthprov_01933b5a00007000800000000000001
             */
            oauth_provider_id?: string;
            /**
             * @description Which of the server's tools to expose, and how.
             * @example {
             *       "mode": "all"
             *     }
             */
            tool_discovery?: {
                [key: string]: unknown;
            };
        };
        /**
         * Message
         * @description One message of a session's conversation.
         * @example {
         *       "id": "message_01933b5a000070008000000000000a01",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 1,
         *       "role": "user",
         *       "content": [
         *         {
         *           "type": "text",
         *           "text": "Help me draft the Q3 marketing plan. Will the weather in Kyiv hold for the launch event on 2026-07-15?"
         *         }
         *       ],
         *       "created_at": "2026-05-25T10:00:01Z"
         *     }
         */
        Message: {
            /**
             * @description The message's id (`message_...`).
             * @example message_01933b5a000070008000000000000a01
             */
            id: string;
            /**
             * @description The session the message belongs to.
             * @example session_01933b5a00007000800000000000001
             */
            session_id: string;
            /**
             * Format: int64
             * @description The message's position in the conversation.
             * @example 1
             */
            sequence: number;
            role: components["schemas"]["MessageRole"];
            /** @description The message's parts, in order. */
            content: components["schemas"]["ContentPart"][];
            /**
             * Format: date-time
             * @description When the message was recorded.
             * @example 2026-05-25T10:00:01Z
             */
            created_at: string;
            controls?: components["schemas"]["MessageControls"];
            external_actor?: components["schemas"]["ExternalActor"];
            /**
             * @description Your own key-value data, as sent.
             * @example {
             *       "client_message_id": "web-7f3a"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description For agent messages, the stage of the turn that produced it.
             * @example final
             */
            phase?: string;
            /**
             * @description For agent messages, the model's reasoning summary when the model exposes one.
             * @example The user wants a plan for the launch event; check the weather first.
             */
            thinking?: string;
        };
        /**
         * MessageControls
         * @description Per-turn settings that override the session's for this message only.
         * @example {
         *       "locale": "en-US",
         *       "reasoning": {
         *         "effort": "medium"
         *       }
         *     }
         */
        MessageControls: {
            /**
             * @description The model to use for this turn (`model_...`).
             * @example model_01933b5a00007000800000000000001
             */
            model_id?: string;
            /**
             * @description The locale for this turn (BCP 47).
             * @example en-US
             */
            locale?: string;
            /**
             * @description Client hints for this turn; override the session's hints key by key.
             * @example {
             *       "rich_media": false
             *     }
             */
            hints?: {
                [key: string]: unknown;
            };
            /**
             * @description Reasoning settings for models that support them.
             * @example {
             *       "effort": "medium"
             *     }
             */
            reasoning?: {
                [key: string]: unknown;
            };
        };
        /**
         * MessageList
         * @description A session's messages, oldest first.
         * @example {
         *       "data": [
         *         {
         *           "id": "message_01933b5a000070008000000000000a01",
         *           "session_id": "session_01933b5a00007000800000000000001",
         *           "sequence": 1,
         *           "role": "user",
         *           "content": [
         *             {
         *               "type": "text",
         *               "text": "Help me draft the Q3 marketing plan."
         *             }
         *           ],
         *           "created_at": "2026-05-25T10:00:01Z"
         *         }
         *       ]
         *     }
         */
        MessageList: {
            /** @description The messages. */
            data: components["schemas"]["Message"][];
        };
        /**
         * MessageRole
         * @description Who wrote a message. New roles may appear.
         * @example user
         * @enum {string}
         */
        MessageRole: "system" | "user" | "agent" | "tool_result";
        /**
         * NetworkAccessList
         * @description Which hosts and URLs a session may reach. Patterns: `example.com`, `*.example.com`,
         *     `https://example.com/api/`. When a pattern is both allowed and blocked, blocked wins.
         * @example {
         *       "allowed": [
         *         "*.example.com",
         *         "https://api.weather.example/v2/"
         *       ],
         *       "blocked": [
         *         "internal.example.com"
         *       ]
         *     }
         */
        NetworkAccessList: {
            /**
             * @description Patterns the session may reach.
             * @example [
             *       "*.example.com"
             *     ]
             */
            allowed?: string[];
            /**
             * @description Patterns the session may never reach.
             * @example [
             *       "internal.example.com"
             *     ]
             */
            blocked?: string[];
        };
        /**
         * OutputMessageCompletedEvent
         * @description The agent finished a message.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0010",
         *       "type": "output.message.completed",
         *       "ts": "2026-05-25T10:00:09.000Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 10,
         *       "context": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "message": {
         *           "id": "message_01933b5a000070008000000000000a04",
         *           "session_id": "session_01933b5a00007000800000000000001",
         *           "sequence": 4,
         *           "role": "agent",
         *           "content": [
         *             {
         *               "type": "text",
         *               "text": "Here is a Q3 plan covering the three pillars we discussed. The forecast for Kyiv on 2026-07-15 is sunny (27 °C), so the outdoor launch can go ahead."
         *             }
         *           ],
         *           "created_at": "2026-05-25T10:00:09Z"
         *         },
         *         "usage": {
         *           "input_tokens": 1820,
         *           "output_tokens": 412
         *         }
         *       }
         *     }
         */
        OutputMessageCompletedEvent: components["schemas"]["EventBase"] & {
            /**
             * @description Always `output.message.completed`.
             * @example output.message.completed
             * @constant
             */
            type: "output.message.completed";
            /**
             * @description The payload.
             * @example {
             *       "message": {
             *         "id": "message_01933b5a000070008000000000000a04",
             *         "session_id": "session_01933b5a00007000800000000000001",
             *         "sequence": 4,
             *         "role": "agent",
             *         "content": [
             *           {
             *             "type": "text",
             *             "text": "Here is a Q3 plan covering the three pillars we discussed. The forecast for Kyiv on 2026-07-15 is sunny (27 °C), so the outdoor launch can go ahead."
             *           }
             *         ],
             *         "created_at": "2026-05-25T10:00:09Z"
             *       },
             *       "usage": {
             *         "input_tokens": 1820,
             *         "output_tokens": 412
             *       }
             *     }
             */
            data: {
                message: components["schemas"]["Message"];
                usage?: components["schemas"]["TokenUsage"];
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * OutputMessageDeltaEvent
         * @description The agent wrote more of its message. `delta` is the new text; `accumulated` is all of it so far.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0008",
         *       "type": "output.message.delta",
         *       "ts": "2026-05-25T10:00:08.000Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 8,
         *       "context": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "delta": "Here is a Q3 plan",
         *         "accumulated": "Here is a Q3 plan"
         *       }
         *     }
         */
        OutputMessageDeltaEvent: components["schemas"]["EventBase"] & {
            /**
             * @description Always `output.message.delta`.
             * @example output.message.delta
             * @constant
             */
            type: "output.message.delta";
            /**
             * @description The payload.
             * @example {
             *       "turn_id": "turn_01933b5a000070008000000000000b01",
             *       "delta": "Here is a Q3 plan",
             *       "accumulated": "Here is a Q3 plan"
             *     }
             */
            data: {
                /**
                 * @description The turn (`turn_...`).
                 * @example turn_01933b5a000070008000000000000b01
                 */
                turn_id: string;
                /**
                 * @description The new text.
                 * @example covering the three pillars
                 */
                delta: string;
                /**
                 * @description The message so far.
                 * @example Here is a Q3 plan covering the three pillars
                 */
                accumulated: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * OutputMessageStartedEvent
         * @description The agent began writing a message.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0004",
         *       "type": "output.message.started",
         *       "ts": "2026-05-25T10:00:04.000Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 4,
         *       "context": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "model": "gpt-5",
         *         "iteration": 1
         *       }
         *     }
         */
        OutputMessageStartedEvent: components["schemas"]["EventBase"] & {
            /**
             * @description Always `output.message.started`.
             * @example output.message.started
             * @constant
             */
            type: "output.message.started";
            /**
             * @description The payload.
             * @example {
             *       "turn_id": "turn_01933b5a000070008000000000000b01",
             *       "model": "gpt-5",
             *       "iteration": 1
             *     }
             */
            data: {
                /**
                 * @description The turn (`turn_...`).
                 * @example turn_01933b5a000070008000000000000b01
                 */
                turn_id: string;
                /**
                 * @description The model writing it.
                 * @example gpt-5
                 */
                model?: string;
                /**
                 * @description The LLM iteration within the turn, from 1.
                 * @example 1
                 */
                iteration?: number;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * PrincipalSummary
         * @description Who a principal is, in brief.
         * @example {
         *       "id": "principal_01933b5a000070008000000000000001",
         *       "kind": "user",
         *       "subject_id": "550e8400-e29b-41d4-a716-446655440000",
         *       "metadata": {
         *         "display_name": "Olena Kovalenko"
         *       }
         *     }
         */
        PrincipalSummary: {
            /**
             * @description The principal's id (`principal_...`).
             * @example principal_01933b5a000070008000000000000001
             */
            id: string;
            /**
             * @description What kind of actor the principal is. New kinds may appear.
             * @example user
             * @enum {string}
             */
            kind: "user" | "agent_identity" | "system";
            /**
             * @description The id of the user, agent identity or system actor behind the principal.
             * @example 550e8400-e29b-41d4-a716-446655440000
             */
            subject_id?: string;
            /**
             * @description Display data about the principal, such as a name or an email address.
             * @example {
             *       "display_name": "Olena Kovalenko"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /**
         * ProblemDetails
         * @description An error, as RFC 9457 problem details (`application/problem+json`). Branch on `code`, which is stable;
         *     `title` and `detail` are for people.
         * @example {
         *       "type": "https://docs.everruns.com/errors/session_not_found",
         *       "title": "Session not found",
         *       "status": 404,
         *       "detail": "No session with id session_01933b5a00007000800000000000001 in this organization.",
         *       "code": "session_not_found",
         *       "instance": "/v1/sessions/session_01933b5a00007000800000000000001"
         *     }
         */
        ProblemDetails: {
            /**
             * Format: uri-reference
             * @description A URI that identifies the problem type.
             * @example https://docs.everruns.com/errors/session_not_found
             */
            type?: string;
            /**
             * @description A short summary of the problem type.
             * @example Session not found
             */
            title: string;
            /**
             * @description The HTTP status code.
             * @example 404
             */
            status: number;
            /**
             * @description What went wrong in this occurrence, for people.
             * @example No session with id session_01933b5a00007000800000000000001 in this organization.
             */
            detail?: string;
            /**
             * @description A stable snake_case error code, e.g. `session_not_found`.
             * @example session_not_found
             */
            code?: string;
            /**
             * @description The request path that failed.
             * @example /v1/sessions/session_01933b5a00007000800000000000001
             */
            instance?: string;
            /**
             * @description On `429` and transient `503`, how many seconds to wait before trying again.
             * @example 2
             */
            retry_after_seconds?: number;
            /** @description What the caller can do next. */
            allowed_actions?: components["schemas"]["AllowedAction"][];
        };
        /**
         * ReasonThinkingDeltaEvent
         * @description The model's reasoning grew. `delta` is the new text; `accumulated` is all of it so far.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0008",
         *       "type": "reason.thinking.delta",
         *       "ts": "2026-05-25T10:00:08.000Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 8,
         *       "context": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "delta": "Check the weather",
         *         "accumulated": "Check the weather"
         *       }
         *     }
         */
        ReasonThinkingDeltaEvent: components["schemas"]["EventBase"] & {
            /**
             * @description Always `reason.thinking.delta`.
             * @example reason.thinking.delta
             * @constant
             */
            type: "reason.thinking.delta";
            /**
             * @description The payload.
             * @example {
             *       "turn_id": "turn_01933b5a000070008000000000000b01",
             *       "delta": "Check the weather",
             *       "accumulated": "Check the weather"
             *     }
             */
            data: {
                /**
                 * @description The turn (`turn_...`).
                 * @example turn_01933b5a000070008000000000000b01
                 */
                turn_id: string;
                /**
                 * @description The new text.
                 * @example first.
                 */
                delta: string;
                /**
                 * @description The reasoning so far.
                 * @example Check the weather first.
                 */
                accumulated: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * ScopedMcpServers
         * @description Remote MCP servers scoped to one session, keyed by server name.
         * @example {
         *       "crm": {
         *         "url": "https://mcp.crm.example/mcp",
         *         "type": "http",
         *         "auth_mode": "api_key",
         *         "headers": {
         *           "X-Tenant": "acme"
         *         }
         *       }
         *     }
         */
        ScopedMcpServers: {
            [key: string]: components["schemas"]["McpServerConfig"];
        };
        /**
         * Session
         * @description Session - instance of agentic loop execution. A session represents a single conversation with an agent.
         *
         *     Fields the server leaves out when they are empty are optional here. The server adds fields over time:
         *     keep the ones you do not know.
         * @example {
         *       "id": "session_01933b5a00007000800000000000001",
         *       "organization_id": "org_00000000000000000000000000000001",
         *       "harness_id": "harness_01933b5a00007000800000000000001",
         *       "agent_id": "agent_01933b5a00007000800000000000001",
         *       "agent_version_id": "agentver_01933b5a00007000800000000000001",
         *       "owner_principal_id": "principal_01933b5a000070008000000000000001",
         *       "resolved_owner_user_id": "550e8400-e29b-41d4-a716-446655440000",
         *       "title": "Q3 marketing brief",
         *       "locale": "en-US",
         *       "preview": "Help me draft the Q3 marketing plan",
         *       "output_preview": "Here is a Q3 plan covering the three pillars we discussed...",
         *       "tags": [
         *         "marketing",
         *         "q3",
         *         "draft"
         *       ],
         *       "tools": [
         *         {
         *           "type": "client_side",
         *           "name": "get_weather",
         *           "display_name": "Weather",
         *           "description": "Look up the weather forecast for a city on a date.",
         *           "parameters": {
         *             "type": "object",
         *             "properties": {
         *               "city": {
         *                 "type": "string"
         *               },
         *               "date": {
         *                 "type": "string",
         *                 "format": "date"
         *               }
         *             },
         *             "required": [
         *               "city",
         *               "date"
         *             ]
         *           }
         *         }
         *       ],
         *       "status": "idle",
         *       "created_at": "2026-05-25T10:00:00Z",
         *       "updated_at": "2026-05-25T10:14:32Z",
         *       "started_at": "2026-05-25T10:00:01Z",
         *       "usage": {
         *         "input_tokens": 1820,
         *         "output_tokens": 412
         *       },
         *       "is_pinned": false,
         *       "features": [
         *         "file_system",
         *         "secrets"
         *       ]
         *     }
         */
        Session: {
            /**
             * @description Unique identifier for the session (format `session_{32-hex}`).
             * @example session_01933b5a00007000800000000000001
             */
            id: string;
            /**
             * @description Organization this session belongs to (format `org_{32-hex}`).
             * @example org_00000000000000000000000000000001
             */
            organization_id: string;
            /**
             * @description ID of the harness for this session (format `harness_{32-hex}`).
             * @example harness_01933b5a00007000800000000000001
             */
            harness_id: string;
            /**
             * @description ID of the agent working in this session (format `agent_{32-hex}`). Optional.
             * @example agent_01933b5a00007000800000000000001
             */
            agent_id?: string;
            /**
             * @description Immutable agent version captured when the session was created or rebound (format `agentver_{32-hex}`).
             * @example agentver_01933b5a00007000800000000000001
             */
            agent_version_id?: string;
            /**
             * @description Optional resident agent identity for unattended/background execution (format `identity_{32-hex}`).
             * @example identity_01933b5a00007000800000000000001
             */
            agent_identity_id?: string;
            /**
             * @description Owning principal for this session (format `principal_{32-hex}`).
             * @example principal_01933b5a000070008000000000000001
             */
            owner_principal_id: string;
            /**
             * Format: uuid
             * @description Denormalized effective human owner of the owning principal lineage.
             * @example 550e8400-e29b-41d4-a716-446655440000
             */
            resolved_owner_user_id?: string;
            /** @description Owning principal summary. */
            owner?: components["schemas"]["PrincipalSummary"];
            /** @description Effective human owner summary. */
            effective_owner?: components["schemas"]["PrincipalSummary"];
            /**
             * @description Human-readable title for the session.
             * @example Q3 marketing brief
             */
            title?: string;
            /**
             * @description Locale for localized agent behavior and formatting (BCP 47, e.g. `uk-UA`).
             * @example en-US
             */
            locale?: string;
            /**
             * @description Preview text from the first user message (truncated).
             * @example Help me draft the Q3 marketing plan
             */
            preview?: string;
            /**
             * @description Preview text from the last assistant response (truncated).
             * @example Here is a Q3 plan covering the three pillars we discussed...
             */
            output_preview?: string;
            /**
             * @description Tags for organizing and filtering sessions. Always present; empty when the session has none.
             * @example [
             *       "marketing",
             *       "q3",
             *       "draft"
             *     ]
             */
            tags: string[];
            /**
             * @description LLM model ID to use for this session (format `model_{32-hex}`). Overrides the agent's default model if set.
             * @example model_01933b5a00007000800000000000001
             */
            model_id?: string;
            /**
             * @description Session-level capabilities (additive to agent capabilities). Applied after agent capabilities when
             *     building the runtime agent. Left out when empty.
             */
            capabilities?: components["schemas"]["AgentCapabilityConfig"][];
            /** @description Client-side tools for this session (additive to agent tools). Left out when empty. */
            tools?: components["schemas"]["ToolDefinition"][];
            /**
             * @description Remote MCP servers scoped to this session only, keyed by server name. The wire name is `mcpServers`;
             *     the server also accepts `mcp_servers` on input. Left out when empty.
             */
            mcpServers?: components["schemas"]["ScopedMcpServers"];
            /**
             * @description Session-level system prompt override. Prepended to the agent's system prompt when building the runtime agent.
             * @example Answer in plain English and keep plans under one page.
             */
            system_prompt?: string;
            /**
             * @description Session-level initial files (additive to agent initial files). Files with matching paths override
             *     agent/harness files; new paths are appended. Left out when empty.
             */
            initial_files?: components["schemas"]["InitialFile"][];
            /**
             * @description Session-level client hints: arbitrary key-value pairs declared by the client at session creation time.
             *     These are defaults for every turn; per-message `controls.hints` override these key by key (shallow merge).
             * @example {
             *       "setup_connection": true,
             *       "rich_media": true
             *     }
             */
            hints?: {
                [key: string]: unknown;
            };
            /**
             * @description Network access list controlling which hosts/URLs this session can reach. Merged with harness and agent
             *     layers (allowed: intersect, blocked: union).
             */
            network_access?: components["schemas"]["NetworkAccessList"];
            /**
             * Format: int64
             * @description Maximum number of LLM iterations per turn for this session.
             * @example 50
             */
            max_iterations?: number;
            status: components["schemas"]["SessionStatus"];
            /**
             * Format: date-time
             * @description Timestamp when the session was created.
             * @example 2026-05-25T10:00:00Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description Timestamp when the session was last updated.
             * @example 2026-05-25T10:14:32Z
             */
            updated_at: string;
            /**
             * Format: date-time
             * @description Timestamp when the session started executing.
             * @example 2026-05-25T10:00:01Z
             */
            started_at?: string;
            /**
             * Format: date-time
             * @description Timestamp when the session finished (completed or failed).
             * @example 2026-05-25T10:14:32Z
             */
            finished_at?: string;
            /** @description Cumulative token usage for all LLM calls in this session. */
            usage?: components["schemas"]["TokenUsage"];
            /**
             * @description Whether this session is pinned by the current user. Only populated when the request has an
             *     authenticated user context.
             * @example false
             */
            is_pinned?: boolean;
            /**
             * Format: int64
             * @description Number of active (enabled) schedules for this session. Populated when the session is fetched for API responses.
             * @example 2
             */
            active_schedule_count?: number;
            /**
             * @description Aggregated UI features from all active capabilities (harness + agent + session), computed at read time.
             *     Known features: `file_system`, `schedules`, `secrets`, `key_value`, `sql_database`, `leased_resources`;
             *     others may appear. Left out when empty.
             * @example [
             *       "file_system",
             *       "secrets"
             *     ]
             */
            features?: string[];
            /**
             * @description Parent session that spawned this subagent. Left out for top-level sessions.
             * @example session_01933b5a00007000800000000000000
             */
            parent_session_id?: string;
            /**
             * @description Human-readable subagent name, unique per parent. Only set when this session is a subagent.
             * @example Test Runner
             */
            subagent_name?: string;
            /**
             * @description Original task description given to this subagent.
             * @example Run the integration test suite and report failures.
             */
            subagent_task?: string;
            subagent_status?: components["schemas"]["SubagentStatus"];
            /**
             * @description Blueprint ID. Only set when this session runs a blueprint agent: the runtime agent is then built from the
             *     blueprint definition instead of from `harness_id`/`agent_id`.
             * @example blueprint_research_pack
             */
            blueprint_id?: string;
            /**
             * @description Validated config passed by the host at blueprint spawn time.
             * @example {
             *       "target_repo": "acme/everruns"
             *     }
             */
            blueprint_config?: {
                [key: string]: unknown;
            };
        };
        /**
         * SessionActivityEvent
         * @description The session became active (a turn is running) or idle (waiting for the next message).
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0003",
         *       "type": "session.activated",
         *       "ts": "2026-05-25T10:00:03.000Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 3,
         *       "context": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01"
         *       }
         *     }
         */
        SessionActivityEvent: components["schemas"]["EventBase"] & {
            /**
             * @description Which of these it is.
             * @example session.activated
             * @enum {string}
             */
            type: "session.activated" | "session.idled";
            /**
             * @description The payload.
             * @example {
             *       "turn_id": "turn_01933b5a000070008000000000000b01"
             *     }
             */
            data: {
                /**
                 * @description The turn (`turn_...`).
                 * @example turn_01933b5a000070008000000000000b01
                 */
                turn_id: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * SessionPage
         * @description One page of sessions, newest first.
         * @example {
         *       "data": [
         *         {
         *           "id": "session_01933b5a00007000800000000000001",
         *           "organization_id": "org_00000000000000000000000000000001",
         *           "harness_id": "harness_01933b5a00007000800000000000001",
         *           "owner_principal_id": "principal_01933b5a000070008000000000000001",
         *           "title": "Q3 marketing brief",
         *           "tags": [
         *             "marketing",
         *             "q3",
         *             "draft"
         *           ],
         *           "status": "idle",
         *           "created_at": "2026-05-25T10:00:00Z",
         *           "updated_at": "2026-05-25T10:14:32Z"
         *         }
         *       ],
         *       "total": 21,
         *       "offset": 0,
         *       "limit": 20,
         *       "next_url": "https://app.everruns.com/api/v1/sessions?offset=20&limit=20"
         *     }
         */
        SessionPage: {
            /** @description The sessions on this page. */
            data: components["schemas"]["Session"][];
            /**
             * @description How many sessions match, across all pages.
             * @example 42
             */
            total: number;
            /**
             * @description How many matching sessions come before this page.
             * @example 0
             */
            offset: number;
            /**
             * @description The page size asked for.
             * @example 20
             */
            limit: number;
            /**
             * Format: uri
             * @description Absolute URL of the next page. Left out on the last page.
             * @example https://app.everruns.com/api/v1/sessions?offset=20&limit=20
             */
            next_url?: string;
            /**
             * Format: uri
             * @description Absolute URL of the previous page. Left out on the first page.
             * @example https://app.everruns.com/api/v1/sessions?offset=0&limit=20
             */
            prev_url?: string;
        };
        /**
         * SessionStats
         * @description How many of your sessions are in each status.
         * @example {
         *       "total": 42,
         *       "started": 3,
         *       "active": 2,
         *       "idle": 36,
         *       "waiting_for_tool_results": 1
         *     }
         */
        SessionStats: {
            /**
             * @description All sessions.
             * @example 42
             */
            total: number;
            /**
             * @description Sessions with no turn yet.
             * @example 3
             */
            started: number;
            /**
             * @description Sessions with a turn running.
             * @example 2
             */
            active: number;
            /**
             * @description Sessions waiting for the next message.
             * @example 36
             */
            idle: number;
            /**
             * @description Sessions waiting for client-side tool results.
             * @example 1
             */
            waiting_for_tool_results: number;
        };
        /**
         * SessionStatus
         * @description Session execution status, as the server writes it in JSON:
         *
         *     - `started`: session just created, no turn executed yet
         *     - `active`: a turn is currently running
         *     - `idle`: turn completed, session waiting for the next input
         *     - `waitingfortoolresults`: the agent called a client-side tool; the session waits for you to post tool results
         *     - `paused`: a budget limit was reached; the session waits for the user to increase the limit or resume
         *
         *     The JSON form lowercases the variant name (`waitingfortoolresults`). Stored and legacy rows use another
         *     string form: `waiting_for_tool_results`, and the legacy values `running` (= `active`) and `pending`,
         *     `completed`, `failed` (= `idle`). New statuses may appear: treat an unknown value as opaque.
         * @example active
         * @enum {string}
         */
        SessionStatus: "started" | "active" | "idle" | "waitingfortoolresults" | "paused";
        /**
         * SubagentEvent
         * @description A subagent session spawned by this session changed state.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0006",
         *       "type": "subagent.spawned",
         *       "ts": "2026-05-25T10:00:06.000Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 6,
         *       "context": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "subagent_session_id": "session_01933b5a00007000800000000000002",
         *         "subagent_name": "Test Runner",
         *         "task": "Run the integration test suite and report failures.",
         *         "status": "completed",
         *         "result": "All 212 tests passed."
         *       }
         *     }
         */
        SubagentEvent: components["schemas"]["EventBase"] & {
            /**
             * @description Which of these it is.
             * @example subagent.spawned
             * @enum {string}
             */
            type: "subagent.spawned" | "subagent.completed" | "subagent.failed" | "subagent.cancelled";
            /**
             * @description The payload.
             * @example {
             *       "subagent_session_id": "session_01933b5a00007000800000000000002",
             *       "subagent_name": "Test Runner",
             *       "task": "Run the integration test suite and report failures.",
             *       "status": "completed",
             *       "result": "All 212 tests passed."
             *     }
             */
            data: {
                /**
                 * @description The subagent's session.
                 * @example session_01933b5a00007000800000000000002
                 */
                subagent_session_id: string;
                /**
                 * @description The subagent's name.
                 * @example Test Runner
                 */
                subagent_name: string;
                /**
                 * @description The task given.
                 * @example Run the integration test suite and report failures.
                 */
                task: string;
                status: components["schemas"]["SubagentStatus"];
                /**
                 * @description The subagent's result (any JSON value).
                 * @example All 212 tests passed.
                 */
                result?: unknown;
                /**
                 * @description Why it failed.
                 * @example Timed out.
                 */
                error?: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * SubagentStatus
         * @description Subagent lifecycle status. Only set when the session is a subagent.
         * @example running
         * @enum {string}
         */
        SubagentStatus: "spawning" | "running" | "completed" | "failed" | "cancelled" | "max_iterations_reached";
        /**
         * SubmitToolResultsRequest
         * @description Results for the tool calls of one `tool.call_requested` event, all in one request.
         * @example {
         *       "tool_results": [
         *         {
         *           "tool_call_id": "call_01933b5a00007000800000000000c01",
         *           "result": {
         *             "forecast": "sunny",
         *             "high_c": 27
         *           }
         *         }
         *       ]
         *     }
         */
        SubmitToolResultsRequest: {
            /** @description One result per tool call. */
            tool_results: components["schemas"]["ToolResult"][];
        };
        /**
         * SubmitToolResultsResponse
         * @description The results were taken; the turn goes on.
         * @example {
         *       "accepted": 1,
         *       "status": "active"
         *     }
         */
        SubmitToolResultsResponse: {
            /**
             * @description How many tool results were accepted.
             * @example 1
             */
            accepted: number;
            status: components["schemas"]["SessionStatus"];
        };
        /**
         * TextContentPart
         * @description Plain text.
         * @example {
         *       "type": "text",
         *       "text": "Help me draft the Q3 marketing plan."
         *     }
         */
        TextContentPart: {
            /**
             * @description Always `text`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "text";
            /**
             * @description The text.
             * @example Help me draft the Q3 marketing plan.
             */
            text: string;
        };
        /**
         * TokenUsage
         * @description Token counts of LLM calls.
         * @example {
         *       "input_tokens": 1820,
         *       "output_tokens": 412,
         *       "cache_read_tokens": 1024
         *     }
         */
        TokenUsage: {
            /**
             * Format: int64
             * @description Tokens sent to the model.
             * @example 1820
             */
            input_tokens: number;
            /**
             * Format: int64
             * @description Tokens the model produced.
             * @example 412
             */
            output_tokens: number;
            /**
             * Format: int64
             * @description Input tokens served from the provider's prompt cache.
             * @example 1024
             */
            cache_read_tokens?: number;
            /**
             * Format: int64
             * @description Input tokens written to the provider's prompt cache.
             * @example 512
             */
            cache_creation_tokens?: number;
        };
        /**
         * ToolCall
         * @description A call the agent made to a tool.
         * @example {
         *       "id": "call_01933b5a00007000800000000000c01",
         *       "name": "get_weather",
         *       "arguments": {
         *         "city": "Kyiv",
         *         "date": "2026-07-15"
         *       }
         *     }
         */
        ToolCall: {
            /**
             * @description The tool call's id; the tool result must refer to it.
             * @example call_01933b5a00007000800000000000c01
             */
            id: string;
            /**
             * @description The tool's name.
             * @example get_weather
             */
            name: string;
            /**
             * @description The arguments, as the tool's parameters schema describes.
             * @example {
             *       "city": "Kyiv",
             *       "date": "2026-07-15"
             *     }
             */
            arguments: {
                [key: string]: unknown;
            };
        };
        /**
         * ToolCallContentPart
         * @description The agent called a tool.
         * @example {
         *       "type": "tool_call",
         *       "id": "call_01933b5a00007000800000000000c01",
         *       "name": "get_weather",
         *       "arguments": {
         *         "city": "Kyiv",
         *         "date": "2026-07-15"
         *       }
         *     }
         */
        ToolCallContentPart: {
            /**
             * @description Always `tool_call`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "tool_call";
            /**
             * @description The tool call's id; tool results refer to it.
             * @example call_01933b5a00007000800000000000c01
             */
            id: string;
            /**
             * @description The tool's name.
             * @example get_weather
             */
            name: string;
            /**
             * @description The arguments, as the tool's parameters schema describes.
             * @example {
             *       "city": "Kyiv",
             *       "date": "2026-07-15"
             *     }
             */
            arguments: {
                [key: string]: unknown;
            };
        };
        /**
         * ToolCallRequestedEvent
         * @description The agent wants client-side tools run. The session waits for tool results: post them to `/v1/sessions/{session_id}/tool-results`.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0005",
         *       "type": "tool.call_requested",
         *       "ts": "2026-05-25T10:00:05.000Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 5,
         *       "context": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "tool_calls": [
         *           {
         *             "id": "call_01933b5a00007000800000000000c01",
         *             "name": "get_weather",
         *             "arguments": {
         *               "city": "Kyiv",
         *               "date": "2026-07-15"
         *             }
         *           }
         *         ]
         *       }
         *     }
         */
        ToolCallRequestedEvent: components["schemas"]["EventBase"] & {
            /**
             * @description Always `tool.call_requested`.
             * @example tool.call_requested
             * @constant
             */
            type: "tool.call_requested";
            /**
             * @description The payload.
             * @example {
             *       "tool_calls": [
             *         {
             *           "id": "call_01933b5a00007000800000000000c01",
             *           "name": "get_weather",
             *           "arguments": {
             *             "city": "Kyiv",
             *             "date": "2026-07-15"
             *           }
             *         }
             *       ]
             *     }
             */
            data: {
                /** @description The calls to run. */
                tool_calls: components["schemas"]["ToolCall"][];
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * ToolCompletedEvent
         * @description A tool call ended.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0007",
         *       "type": "tool.completed",
         *       "ts": "2026-05-25T10:00:07.000Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 7,
         *       "context": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "tool_call_id": "call_01933b5a00007000800000000000c01",
         *         "tool_name": "get_weather",
         *         "success": true,
         *         "status": "success",
         *         "result": {
         *           "forecast": "sunny",
         *           "high_c": 27
         *         }
         *       }
         *     }
         */
        ToolCompletedEvent: components["schemas"]["EventBase"] & {
            /**
             * @description Always `tool.completed`.
             * @example tool.completed
             * @constant
             */
            type: "tool.completed";
            /**
             * @description The payload.
             * @example {
             *       "tool_call_id": "call_01933b5a00007000800000000000c01",
             *       "tool_name": "get_weather",
             *       "success": true,
             *       "status": "success",
             *       "result": {
             *         "forecast": "sunny",
             *         "high_c": 27
             *       }
             *     }
             */
            data: {
                /**
                 * @description The tool call.
                 * @example call_01933b5a00007000800000000000c01
                 */
                tool_call_id: string;
                /**
                 * @description The tool.
                 * @example get_weather
                 */
                tool_name: string;
                /**
                 * @description Whether the tool succeeded.
                 * @example true
                 */
                success: boolean;
                /**
                 * @description How it ended (`success`, `error`, `cancelled`, ...).
                 * @example success
                 */
                status: string;
                /**
                 * @description What the tool returned (any JSON value).
                 * @example {
                 *       "forecast": "sunny",
                 *       "high_c": 27
                 *     }
                 */
                result?: unknown;
                /**
                 * @description Why it failed.
                 * @example Weather service unavailable
                 */
                error?: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * ToolDefinition
         * @description A tool the agent may call, tagged by `type`.
         * @example {
         *       "type": "client_side",
         *       "name": "get_weather",
         *       "display_name": "Weather",
         *       "description": "Look up the weather forecast for a city on a date.",
         *       "parameters": {
         *         "type": "object",
         *         "properties": {
         *           "city": {
         *             "type": "string"
         *           },
         *           "date": {
         *             "type": "string",
         *             "format": "date"
         *           }
         *         },
         *         "required": [
         *           "city",
         *           "date"
         *         ]
         *       }
         *     }
         */
        ToolDefinition: components["schemas"]["BuiltinToolDefinition"] | components["schemas"]["ClientSideToolDefinition"];
        /**
         * ToolResult
         * @description Your answer to one client-side tool call. Send `result` on success or `error` on failure.
         * @example {
         *       "tool_call_id": "call_01933b5a00007000800000000000c01",
         *       "result": {
         *         "forecast": "sunny",
         *         "high_c": 27
         *       }
         *     }
         */
        ToolResult: {
            /**
             * @description The `id` of the tool call you answer.
             * @example call_01933b5a00007000800000000000c01
             */
            tool_call_id: string;
            /**
             * @description What the tool returned (any JSON value).
             * @example {
             *       "forecast": "sunny",
             *       "high_c": 27
             *     }
             */
            result?: unknown;
            /**
             * @description Why the tool failed.
             * @example Weather service unavailable
             */
            error?: string;
        };
        /**
         * ToolResultContentPart
         * @description The result of a tool call.
         * @example {
         *       "type": "tool_result",
         *       "tool_call_id": "call_01933b5a00007000800000000000c01",
         *       "result": {
         *         "forecast": "sunny",
         *         "high_c": 27
         *       }
         *     }
         */
        ToolResultContentPart: {
            /**
             * @description Always `tool_result`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "tool_result";
            /**
             * @description The tool call this answers.
             * @example call_01933b5a00007000800000000000c01
             */
            tool_call_id: string;
            /**
             * @description What the tool returned (any JSON value).
             * @example {
             *       "forecast": "sunny",
             *       "high_c": 27
             *     }
             */
            result?: unknown;
            /**
             * @description Why the tool failed, when it did.
             * @example Weather service unavailable
             */
            error?: string;
        };
        /**
         * ToolStartedEvent
         * @description A tool call began.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0006",
         *       "type": "tool.started",
         *       "ts": "2026-05-25T10:00:06.000Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 6,
         *       "context": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "tool_call": {
         *           "id": "call_01933b5a00007000800000000000c01",
         *           "name": "get_weather",
         *           "arguments": {
         *             "city": "Kyiv",
         *             "date": "2026-07-15"
         *           }
         *         }
         *       }
         *     }
         */
        ToolStartedEvent: components["schemas"]["EventBase"] & {
            /**
             * @description Always `tool.started`.
             * @example tool.started
             * @constant
             */
            type: "tool.started";
            /**
             * @description The payload.
             * @example {
             *       "tool_call": {
             *         "id": "call_01933b5a00007000800000000000c01",
             *         "name": "get_weather",
             *         "arguments": {
             *           "city": "Kyiv",
             *           "date": "2026-07-15"
             *         }
             *       }
             *     }
             */
            data: {
                tool_call: components["schemas"]["ToolCall"];
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * TurnCancelledEvent
         * @description The turn was cancelled.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0011",
         *       "type": "turn.cancelled",
         *       "ts": "2026-05-25T10:00:09.000Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 11,
         *       "context": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "reason": "Cancelled by the user."
         *       }
         *     }
         */
        TurnCancelledEvent: components["schemas"]["EventBase"] & {
            /**
             * @description Always `turn.cancelled`.
             * @example turn.cancelled
             * @constant
             */
            type: "turn.cancelled";
            /**
             * @description The payload.
             * @example {
             *       "turn_id": "turn_01933b5a000070008000000000000b01",
             *       "reason": "Cancelled by the user."
             *     }
             */
            data: {
                /**
                 * @description The turn (`turn_...`).
                 * @example turn_01933b5a000070008000000000000b01
                 */
                turn_id: string;
                /**
                 * @description Why.
                 * @example Cancelled by the user.
                 */
                reason?: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * TurnCompletedEvent
         * @description The turn finished.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0011",
         *       "type": "turn.completed",
         *       "ts": "2026-05-25T10:00:09.000Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 11,
         *       "context": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "iterations": 2,
         *         "usage": {
         *           "input_tokens": 1820,
         *           "output_tokens": 412
         *         },
         *         "duration_ms": 8140,
         *         "final_message_id": "message_01933b5a000070008000000000000a04"
         *       }
         *     }
         */
        TurnCompletedEvent: components["schemas"]["EventBase"] & {
            /**
             * @description Always `turn.completed`.
             * @example turn.completed
             * @constant
             */
            type: "turn.completed";
            /**
             * @description The payload.
             * @example {
             *       "turn_id": "turn_01933b5a000070008000000000000b01",
             *       "iterations": 2,
             *       "usage": {
             *         "input_tokens": 1820,
             *         "output_tokens": 412
             *       },
             *       "duration_ms": 8140,
             *       "final_message_id": "message_01933b5a000070008000000000000a04"
             *     }
             */
            data: {
                /**
                 * @description The turn (`turn_...`).
                 * @example turn_01933b5a000070008000000000000b01
                 */
                turn_id: string;
                /**
                 * @description How many LLM iterations the turn took.
                 * @example 2
                 */
                iterations: number;
                usage?: components["schemas"]["TokenUsage"];
                /**
                 * @description How long the turn took.
                 * @example 8140
                 */
                duration_ms?: number;
                /**
                 * @description The agent's last message in the turn.
                 * @example message_01933b5a000070008000000000000a04
                 */
                final_message_id?: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * TurnFailedEvent
         * @description The turn failed.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0011",
         *       "type": "turn.failed",
         *       "ts": "2026-05-25T10:00:09.000Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 11,
         *       "context": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "error": "The model provider returned an error.",
         *         "error_code": "model_provider_error"
         *       }
         *     }
         */
        TurnFailedEvent: components["schemas"]["EventBase"] & {
            /**
             * @description Always `turn.failed`.
             * @example turn.failed
             * @constant
             */
            type: "turn.failed";
            /**
             * @description The payload.
             * @example {
             *       "turn_id": "turn_01933b5a000070008000000000000b01",
             *       "error": "The model provider returned an error.",
             *       "error_code": "model_provider_error"
             *     }
             */
            data: {
                /**
                 * @description The turn (`turn_...`).
                 * @example turn_01933b5a000070008000000000000b01
                 */
                turn_id: string;
                /**
                 * @description What went wrong, for people.
                 * @example The model provider returned an error.
                 */
                error: string;
                /**
                 * @description A stable snake_case code.
                 * @example model_provider_error
                 */
                error_code?: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * TurnStartedEvent
         * @description A turn began.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0002",
         *       "type": "turn.started",
         *       "ts": "2026-05-25T10:00:02.000Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 2,
         *       "context": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       },
         *       "data": {
         *         "turn_id": "turn_01933b5a000070008000000000000b01",
         *         "input_message_id": "message_01933b5a000070008000000000000a01"
         *       }
         *     }
         */
        TurnStartedEvent: components["schemas"]["EventBase"] & {
            /**
             * @description Always `turn.started`.
             * @example turn.started
             * @constant
             */
            type: "turn.started";
            /**
             * @description The payload.
             * @example {
             *       "turn_id": "turn_01933b5a000070008000000000000b01",
             *       "input_message_id": "message_01933b5a000070008000000000000a01"
             *     }
             */
            data: {
                /**
                 * @description The turn (`turn_...`).
                 * @example turn_01933b5a000070008000000000000b01
                 */
                turn_id: string;
                /**
                 * @description The user message that started the turn.
                 * @example message_01933b5a000070008000000000000a01
                 */
                input_message_id: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * UnknownEvent
         * @description An event of a type this version of the API description does not list. New event types appear over time: keep them, pass them on, and do not fail on them.
         * @example {
         *       "id": "event_01933b5a0000700080000000000e0013",
         *       "type": "schedule.triggered",
         *       "ts": "2026-05-25T11:00:00Z",
         *       "session_id": "session_01933b5a00007000800000000000001",
         *       "sequence": 13,
         *       "context": {},
         *       "data": {
         *         "schedule_id": "schedule_01933b5a00007000800000000000001"
         *       }
         *     }
         */
        UnknownEvent: components["schemas"]["EventBase"] & {
            /**
             * @description A type not listed here.
             * @example schedule.triggered
             */
            type?: string;
        };
        /**
         * UpdateSessionRequest
         * @description Only the fields you send change.
         * @example {
         *       "title": "Q3 marketing plan (final)",
         *       "tags": [
         *         "marketing",
         *         "q3",
         *         "final"
         *       ]
         *     }
         */
        UpdateSessionRequest: {
            /**
             * @description New title.
             * @example Q3 marketing plan (final)
             */
            title?: string;
            /**
             * @description New locale (BCP 47).
             * @example uk-UA
             */
            locale?: string;
            /**
             * @description Replaces the session's tags.
             * @example [
             *       "marketing",
             *       "q3",
             *       "final"
             *     ]
             */
            tags?: string[];
            /**
             * @description A resident agent identity for unattended/background execution (`identity_...`).
             * @example identity_01933b5a00007000800000000000001
             */
            agent_identity_id?: string;
        };
    };
    responses: {
        /** @description A proxy in front of the API could not reach it. The body may be an HTML page rather than problem details. */
        BadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Bad gateway",
                 *       "status": 502,
                 *       "code": "bad_gateway"
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"];
                "text/html": string;
            };
        };
        /** @description The request is malformed: a bad id in the path, a bad query value, or a body that is not JSON. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The request is malformed: a bad id in the path, a bad query value, or an unknown event type in `types` / `exclude`. */
        BadRequestEvents: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The session is not waiting for tool results (nothing is pending, or the session has not reached the waiting status yet). */
        ConflictNotWaiting: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description A turn is already running in the session; wait for it to finish or cancel it. */
        ConflictTurnInProgress: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The token may not act on this organization or session. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The API did not answer a proxy in time. The request may or may not have been acted on. The body may be an HTML page. */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Gateway timeout",
                 *       "status": 504,
                 *       "code": "gateway_timeout"
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"];
                "text/html": string;
            };
        };
        /** @description The server failed. Reads are safe to retry. */
        InternalServerError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description No session with this id in the organization. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Briefly unavailable. When `Retry-After` is present the request was not acted on; try again after it. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Too many requests. Wait as long as `Retry-After` (or `retry_after_seconds`) says, then try again. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The `Authorization` header is missing, or the token is invalid or revoked. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The body is valid JSON but breaks the schema's rules. */
        UnprocessableEntity: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
    };
    parameters: {
        /**
         * @description Forward cursor: only events with a greater `sequence`. Pass the last `sequence` you saw to read on.
         * @example 4
         */
        AfterSequence: number;
        /**
         * @description Only sessions of this agent (`agent_...`).
         * @example agent_01933b5a00007000800000000000001
         */
        AgentIdFilter: string;
        /**
         * @description Centre the result on this `sequence`; use with `window`.
         * @example 5
         */
        Around: number;
        /**
         * @description Backward cursor: only events with a smaller `sequence`.
         * @example 100
         */
        BeforeSequence: number;
        /**
         * @description Only events of these types. Repeat the key for each type: `?types=turn.started&types=turn.completed`.
         *     At most 25. An unknown type is a `400`. `types` narrows first, then `exclude` removes.
         * @example [
         *       "output.message.delta",
         *       "turn.completed"
         *     ]
         */
        EventTypes: string[];
        /**
         * @description Return only the last N matching events (still oldest first). The response then carries `X-Total-Count`,
         *     the number of matching events.
         * @example 100
         */
        EventsLimit: number;
        /**
         * @description Leave out events of these types. Repeat the key for each type: `?exclude=output.message.delta`.
         *     At most 25. An unknown type is a `400`. Applied after `types`.
         * @example [
         *       "reason.thinking.delta"
         *     ]
         */
        ExcludeTypes: string[];
        /**
         * @description Only events of this execution (`exec_...`).
         * @example exec_01933b5a000070008000000000000d01
         */
        ExecIdFilter: string;
        /**
         * @description Only events at or after this time (RFC 3339).
         * @example 2026-05-25T10:00:00Z
         */
        FromTs: string;
        /**
         * @description Full-text search over the events' content.
         * @example weather
         */
        FullText: string;
        /**
         * @description The page size.
         * @example 20
         */
        Limit: number;
        /**
         * @description How many matching sessions to skip.
         * @example 0
         */
        Offset: number;
        /**
         * @description Newest first instead of oldest first.
         * @example false
         */
        OrderDesc: boolean;
        /**
         * @description Only sessions whose title contains this text, ignoring case.
         * @example marketing
         */
        Search: string;
        /**
         * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
         *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
         *     `_`, `~`) may appear, so the id is always one path segment.
         * @example session_01933b5a00007000800000000000001
         */
        SessionId: string;
        /**
         * @description Only events after this event id (`event_...`). Use the last id you saw to resume.
         * @example event_01933b5a0000700080000000000e0004
         */
        SinceId: string;
        /**
         * @description Only events carrying all of these tags. Repeat the key for each tag.
         * @example [
         *       "launch"
         *     ]
         */
        TagsFilter: string[];
        /**
         * @description Only events before this time (RFC 3339).
         * @example 2026-05-25T11:00:00Z
         */
        ToTs: string;
        /**
         * @description Only tool events of this tool.
         * @example get_weather
         */
        ToolNameFilter: string;
        /**
         * @description Only events of this trace.
         * @example 4bf92f3577b34da6a3ce929d0e0e4736
         */
        TraceIdFilter: string;
        /**
         * @description Only events of this turn (`turn_...`).
         * @example turn_01933b5a000070008000000000000b01
         */
        TurnIdFilter: string;
        /**
         * @description With `around`, how many events to return on each side.
         * @example 3
         */
        Window: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Marks the body as a file to save, with a file name.
         * @example attachment; filename="session_01933b5a00007000800000000000001.jsonl"
         */
        ContentDisposition: string;
        /**
         * @description How long to wait before trying again: a number of seconds (`2`) or an HTTP date
         *     (`Mon, 25 May 2026 10:00:05 GMT`).
         * @example 2
         */
        RetryAfter: string;
        /**
         * @description The request's id. Quote it when you contact support.
         * @example req_01933b5a0000700080000000000f0001
         */
        XRequestId: string;
        /**
         * @description With `limit`, how many events matched in all (the response holds only the last `limit`).
         * @example 12
         */
        XTotalCount: number;
    };
    pathItems: never;
}
export type SchemaAgentCapabilityConfig = components['schemas']['AgentCapabilityConfig'];
export type SchemaAllowedAction = components['schemas']['AllowedAction'];
export type SchemaBudgetEvent = components['schemas']['BudgetEvent'];
export type SchemaBuiltinToolDefinition = components['schemas']['BuiltinToolDefinition'];
export type SchemaCancelTurnResponse = components['schemas']['CancelTurnResponse'];
export type SchemaClientSideToolDefinition = components['schemas']['ClientSideToolDefinition'];
export type SchemaContentPart = components['schemas']['ContentPart'];
export type SchemaCreateMessageRequest = components['schemas']['CreateMessageRequest'];
export type SchemaCreateSessionRequest = components['schemas']['CreateSessionRequest'];
export type SchemaEvent = components['schemas']['Event'];
export type SchemaEventBase = components['schemas']['EventBase'];
export type SchemaEventContext = components['schemas']['EventContext'];
export type SchemaEventList = components['schemas']['EventList'];
export type SchemaExternalActor = components['schemas']['ExternalActor'];
export type SchemaImageContentPart = components['schemas']['ImageContentPart'];
export type SchemaImageFileContentPart = components['schemas']['ImageFileContentPart'];
export type SchemaInitialFile = components['schemas']['InitialFile'];
export type SchemaInputContentPart = components['schemas']['InputContentPart'];
export type SchemaInputMessage = components['schemas']['InputMessage'];
export type SchemaInputMessageEvent = components['schemas']['InputMessageEvent'];
export type SchemaMcpServerConfig = components['schemas']['McpServerConfig'];
export type SchemaMessage = components['schemas']['Message'];
export type SchemaMessageControls = components['schemas']['MessageControls'];
export type SchemaMessageList = components['schemas']['MessageList'];
export type SchemaMessageRole = components['schemas']['MessageRole'];
export type SchemaNetworkAccessList = components['schemas']['NetworkAccessList'];
export type SchemaOutputMessageCompletedEvent = components['schemas']['OutputMessageCompletedEvent'];
export type SchemaOutputMessageDeltaEvent = components['schemas']['OutputMessageDeltaEvent'];
export type SchemaOutputMessageStartedEvent = components['schemas']['OutputMessageStartedEvent'];
export type SchemaPrincipalSummary = components['schemas']['PrincipalSummary'];
export type SchemaProblemDetails = components['schemas']['ProblemDetails'];
export type SchemaReasonThinkingDeltaEvent = components['schemas']['ReasonThinkingDeltaEvent'];
export type SchemaScopedMcpServers = components['schemas']['ScopedMcpServers'];
export type SchemaSession = components['schemas']['Session'];
export type SchemaSessionActivityEvent = components['schemas']['SessionActivityEvent'];
export type SchemaSessionPage = components['schemas']['SessionPage'];
export type SchemaSessionStats = components['schemas']['SessionStats'];
export type SchemaSessionStatus = components['schemas']['SessionStatus'];
export type SchemaSubagentEvent = components['schemas']['SubagentEvent'];
export type SchemaSubagentStatus = components['schemas']['SubagentStatus'];
export type SchemaSubmitToolResultsRequest = components['schemas']['SubmitToolResultsRequest'];
export type SchemaSubmitToolResultsResponse = components['schemas']['SubmitToolResultsResponse'];
export type SchemaTextContentPart = components['schemas']['TextContentPart'];
export type SchemaTokenUsage = components['schemas']['TokenUsage'];
export type SchemaToolCall = components['schemas']['ToolCall'];
export type SchemaToolCallContentPart = components['schemas']['ToolCallContentPart'];
export type SchemaToolCallRequestedEvent = components['schemas']['ToolCallRequestedEvent'];
export type SchemaToolCompletedEvent = components['schemas']['ToolCompletedEvent'];
export type SchemaToolDefinition = components['schemas']['ToolDefinition'];
export type SchemaToolResult = components['schemas']['ToolResult'];
export type SchemaToolResultContentPart = components['schemas']['ToolResultContentPart'];
export type SchemaToolStartedEvent = components['schemas']['ToolStartedEvent'];
export type SchemaTurnCancelledEvent = components['schemas']['TurnCancelledEvent'];
export type SchemaTurnCompletedEvent = components['schemas']['TurnCompletedEvent'];
export type SchemaTurnFailedEvent = components['schemas']['TurnFailedEvent'];
export type SchemaTurnStartedEvent = components['schemas']['TurnStartedEvent'];
export type SchemaUnknownEvent = components['schemas']['UnknownEvent'];
export type SchemaUpdateSessionRequest = components['schemas']['UpdateSessionRequest'];
export type ResponseBadGateway = components['responses']['BadGateway'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseBadRequestEvents = components['responses']['BadRequestEvents'];
export type ResponseConflictNotWaiting = components['responses']['ConflictNotWaiting'];
export type ResponseConflictTurnInProgress = components['responses']['ConflictTurnInProgress'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseGatewayTimeout = components['responses']['GatewayTimeout'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseUnprocessableEntity = components['responses']['UnprocessableEntity'];
export type ParameterAfterSequence = components['parameters']['AfterSequence'];
export type ParameterAgentIdFilter = components['parameters']['AgentIdFilter'];
export type ParameterAround = components['parameters']['Around'];
export type ParameterBeforeSequence = components['parameters']['BeforeSequence'];
export type ParameterEventTypes = components['parameters']['EventTypes'];
export type ParameterEventsLimit = components['parameters']['EventsLimit'];
export type ParameterExcludeTypes = components['parameters']['ExcludeTypes'];
export type ParameterExecIdFilter = components['parameters']['ExecIdFilter'];
export type ParameterFromTs = components['parameters']['FromTs'];
export type ParameterFullText = components['parameters']['FullText'];
export type ParameterLimit = components['parameters']['Limit'];
export type ParameterOffset = components['parameters']['Offset'];
export type ParameterOrderDesc = components['parameters']['OrderDesc'];
export type ParameterSearch = components['parameters']['Search'];
export type ParameterSessionId = components['parameters']['SessionId'];
export type ParameterSinceId = components['parameters']['SinceId'];
export type ParameterTagsFilter = components['parameters']['TagsFilter'];
export type ParameterToTs = components['parameters']['ToTs'];
export type ParameterToolNameFilter = components['parameters']['ToolNameFilter'];
export type ParameterTraceIdFilter = components['parameters']['TraceIdFilter'];
export type ParameterTurnIdFilter = components['parameters']['TurnIdFilter'];
export type ParameterWindow = components['parameters']['Window'];
export type HeaderContentDisposition = components['headers']['ContentDisposition'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type HeaderXRequestId = components['headers']['XRequestId'];
export type HeaderXTotalCount = components['headers']['XTotalCount'];
export type $defs = Record<string, never>;
export interface operations {
    listSessions: {
        parameters: {
            query?: {
                /**
                 * @description Only sessions of this agent (`agent_...`).
                 * @example agent_01933b5a00007000800000000000001
                 */
                agent_id?: components["parameters"]["AgentIdFilter"];
                /**
                 * @description Only sessions whose title contains this text, ignoring case.
                 * @example marketing
                 */
                search?: components["parameters"]["Search"];
                /**
                 * @description How many matching sessions to skip.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description The page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionRequest"];
            };
        };
        responses: {
            /** @description The session was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSessionStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStats"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSessionRequest"];
            };
        };
        responses: {
            /** @description The updated session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelTurn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What cancelling did. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelTurnResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    pinSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is pinned. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    unpinSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is not pinned. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    exportSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The messages, one JSON object per line. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMessageRequest"];
            };
        };
        responses: {
            /** @description The message was stored and its turn started. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictTurnInProgress"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /**
                 * @description Only events after this event id (`event_...`). Use the last id you saw to resume.
                 * @example event_01933b5a0000700080000000000e0004
                 */
                since_id?: components["parameters"]["SinceId"];
                /**
                 * @description Only events of these types. Repeat the key for each type: `?types=turn.started&types=turn.completed`.
                 *     At most 25. An unknown type is a `400`. `types` narrows first, then `exclude` removes.
                 * @example [
                 *       "output.message.delta",
                 *       "turn.completed"
                 *     ]
                 */
                types?: components["parameters"]["EventTypes"];
                /**
                 * @description Leave out events of these types. Repeat the key for each type: `?exclude=output.message.delta`.
                 *     At most 25. An unknown type is a `400`. Applied after `types`.
                 * @example [
                 *       "reason.thinking.delta"
                 *     ]
                 */
                exclude?: components["parameters"]["ExcludeTypes"];
                /**
                 * @description Return only the last N matching events (still oldest first). The response then carries `X-Total-Count`,
                 *     the number of matching events.
                 * @example 100
                 */
                limit?: components["parameters"]["EventsLimit"];
                /**
                 * @description Backward cursor: only events with a smaller `sequence`.
                 * @example 100
                 */
                before_sequence?: components["parameters"]["BeforeSequence"];
                /**
                 * @description Forward cursor: only events with a greater `sequence`. Pass the last `sequence` you saw to read on.
                 * @example 4
                 */
                after_sequence?: components["parameters"]["AfterSequence"];
                /**
                 * @description Centre the result on this `sequence`; use with `window`.
                 * @example 5
                 */
                around?: components["parameters"]["Around"];
                /**
                 * @description With `around`, how many events to return on each side.
                 * @example 3
                 */
                window?: components["parameters"]["Window"];
                /**
                 * @description Only events at or after this time (RFC 3339).
                 * @example 2026-05-25T10:00:00Z
                 */
                from_ts?: components["parameters"]["FromTs"];
                /**
                 * @description Only events before this time (RFC 3339).
                 * @example 2026-05-25T11:00:00Z
                 */
                to_ts?: components["parameters"]["ToTs"];
                /**
                 * @description Only events of this turn (`turn_...`).
                 * @example turn_01933b5a000070008000000000000b01
                 */
                turn_id?: components["parameters"]["TurnIdFilter"];
                /**
                 * @description Only events of this execution (`exec_...`).
                 * @example exec_01933b5a000070008000000000000d01
                 */
                exec_id?: components["parameters"]["ExecIdFilter"];
                /**
                 * @description Only events of this trace.
                 * @example 4bf92f3577b34da6a3ce929d0e0e4736
                 */
                trace_id?: components["parameters"]["TraceIdFilter"];
                /**
                 * @description Only events carrying all of these tags. Repeat the key for each tag.
                 * @example [
                 *       "launch"
                 *     ]
                 */
                tags?: components["parameters"]["TagsFilter"];
                /**
                 * @description Only tool events of this tool.
                 * @example get_weather
                 */
                tool_name?: components["parameters"]["ToolNameFilter"];
                /**
                 * @description Full-text search over the events' content.
                 * @example weather
                 */
                q?: components["parameters"]["FullText"];
                /**
                 * @description Newest first instead of oldest first.
                 * @example false
                 */
                order_desc?: components["parameters"]["OrderDesc"];
            };
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching events. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            400: components["responses"]["BadRequestEvents"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /**
                 * @description Only events after this event id (`event_...`). Use the last id you saw to resume.
                 * @example event_01933b5a0000700080000000000e0004
                 */
                since_id?: components["parameters"]["SinceId"];
                /**
                 * @description Only events of these types. Repeat the key for each type: `?types=turn.started&types=turn.completed`.
                 *     At most 25. An unknown type is a `400`. `types` narrows first, then `exclude` removes.
                 * @example [
                 *       "output.message.delta",
                 *       "turn.completed"
                 *     ]
                 */
                types?: components["parameters"]["EventTypes"];
                /**
                 * @description Leave out events of these types. Repeat the key for each type: `?exclude=output.message.delta`.
                 *     At most 25. An unknown type is a `400`. Applied after `types`.
                 * @example [
                 *       "reason.thinking.delta"
                 *     ]
                 */
                exclude?: components["parameters"]["ExcludeTypes"];
            };
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An open event stream. It stays open until the server cycles it or you close it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequestEvents"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    submitToolResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, as the API returned it: `session_` followed by hex digits (documented as 32, though
                 *     ids of other lengths exist). After the prefix only URL-unreserved characters (letters, digits, `-`, `.`,
                 *     `_`, `~`) may appear, so the id is always one path segment.
                 * @example session_01933b5a00007000800000000000001
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitToolResultsRequest"];
            };
        };
        responses: {
            /** @description The results were accepted and the turn goes on. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitToolResultsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictNotWaiting"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
