import { existsSync } from 'node:fs';

/** The Chromium the browser tests use: CHROME_PATH, else the usual install locations. */
export function findChrome() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** Flags that keep headless Chromium quiet and offline-safe (as root it also needs --no-sandbox). */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
