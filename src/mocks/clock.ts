/**
 * Time for the mock API. Simulated turns are chains of timed steps; a real clock runs them on timers
 * (so an SSE client sees events arrive live), a manual clock runs them only when a test calls
 * `advance()`, which makes every timestamp and every ordering repeatable.
 */

/** Cancels a scheduled task; does nothing if it already ran. */
export type Cancel = () => void;

/** The time source and scheduler behind the mock's simulated turns. */
export interface MockClock {
  /** `"real"` runs on timers; `"manual"` runs only inside `advance()`. */
  readonly kind: "real" | "manual";
  /** Current time in epoch milliseconds. */
  now(): number;
  /** Runs `task` after `delayMs` (a delay of 0 still runs later, never synchronously). */
  schedule(task: () => void, delayMs: number): Cancel;
  /**
   * Manual clock: moves time forward by `ms` (default: until nothing is left to run), running every task
   * that falls due, in time order. Returns how many tasks ran. Real clock: runs nothing and returns 0.
   */
  advance(ms?: number): number;
  /** How many tasks are waiting. */
  pending(): number;
  /** Drops every waiting task. */
  clear(): void;
}

/** Creates a clock on the platform's timers and `Date.now()`. */
export function createRealClock(): MockClock {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  return {
    kind: "real",
    now: () => Date.now(),
    schedule(task, delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        task();
      }, delayMs);
      timers.add(timer);
      return () => {
        clearTimeout(timer);
        timers.delete(timer);
      };
    },
    advance: () => 0,
    pending: () => timers.size,
    clear() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

interface ManualTask {
  due: number;
  order: number;
  task: () => void;
}

/** Creates a virtual clock that starts at `startMs` and moves only on `advance()`. */
export function createManualClock(startMs: number): MockClock {
  let now = startMs;
  let order = 0;
  let tasks: ManualTask[] = [];
  return {
    kind: "manual",
    now: () => now,
    schedule(task, delayMs) {
      const entry: ManualTask = { due: now + Math.max(0, delayMs), order: order++, task };
      tasks.push(entry);
      return () => {
        tasks = tasks.filter((t) => t !== entry);
      };
    },
    advance(ms = Number.POSITIVE_INFINITY) {
      const until = now + ms;
      let ran = 0;
      // Tasks may schedule more tasks; keep going while something is due.
      for (;;) {
        const next = earliest(tasks);
        if (!next || next.due > until) break;
        tasks = tasks.filter((t) => t !== next);
        now = Math.max(now, next.due);
        next.task();
        ran++;
        if (ran > 1_000_000)
          throw new Error("The mock clock ran a million tasks: a task keeps rescheduling itself.");
      }
      if (Number.isFinite(until)) now = Math.max(now, until);
      return ran;
    },
    pending: () => tasks.length,
    clear() {
      tasks = [];
    },
  };
}

function earliest(tasks: ManualTask[]): ManualTask | undefined {
  let best: ManualTask | undefined;
  for (const t of tasks) {
    if (!best || t.due < best.due || (t.due === best.due && t.order < best.order)) best = t;
  }
  return best;
}
