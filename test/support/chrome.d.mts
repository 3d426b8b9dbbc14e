/** The Chromium the browser tests use: CHROME_PATH, else the usual install locations; null when none. */
export function findChrome(): string | null;
/** Flags that keep headless Chromium quiet and offline-safe. */
export const CHROME_ARGS: string[];
