/**
 * Headless Chromium for browser tests: the system Chromium (Debian `chromium`, or `CHROMIUM_PATH`),
 * offline-quiet flags, and a fresh profile that is deleted on close.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Where the Chromium binary is: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// No background traffic (updates, sync, QUIC probes): a test's requests are the page's own.
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A running browser and how to stop it. */
export interface Chromium {
  context: BrowserContext;
  /** Closes the browser, then deletes its profile. */
  close(): Promise<void>;
}

/** Launches headless Chromium with a fresh profile. */
export async function launchChromium(): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), "everruns-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      // Chromium may still flush its profile for a moment after the browser process is told to close.
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
