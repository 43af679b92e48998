/**
 * Reads environment variables without assuming a Node runtime: browsers, Deno and edge runtimes have
 * no `process`, and some throw when it is touched.
 */

/** The variable's value, trimmed; `undefined` when unset, empty, or there is no environment. */
export function readEnv(name: string): string | undefined {
  try {
    const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
      ?.env?.[name];
    return value?.trim() || undefined;
  } catch {
    return undefined;
  }
}
