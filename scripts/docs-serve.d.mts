/** Types of scripts/docs-serve.mjs, for the browser test that serves the site with it. */

/** A running docs server. */
export interface SiteServer {
  /** The site's root URL, e.g. `http://127.0.0.1:4020/`. */
  url: string;
  /** Stops the server and its open connections. */
  close(): Promise<void>;
}

/** Serves the static files of `dir` on 127.0.0.1; port 0 (the default) picks a free port. */
export function serveSite(dir: string, options?: { port?: number }): Promise<SiteServer>;
