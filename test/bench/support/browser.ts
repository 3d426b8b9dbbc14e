import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../support/chrome.mjs';

/** Headless Chromium from the machine (never a downloaded browser), or null when there is none. */
export async function launchChromium(): Promise<Browser | null> {
  const executablePath = findChrome();
  if (!executablePath) return null;
  return chromium.launch({ executablePath, args: CHROME_ARGS });
}

export const NO_CHROMIUM = 'Chromium not found (apt-get install -y chromium, or set CHROME_PATH)';

/**
 * Functions passed to page.evaluate() are compiled by tsx, which names inner functions with a
 * `__name` helper the page does not have: define it in every page of the context.
 */
export async function withNameShim<T extends Page | BrowserContext>(target: T): Promise<T> {
  await target.addInitScript('globalThis.__name ??= (fn) => fn;');
  return target;
}

/** Resolves once no request of the page has been in flight for `quietMs` (the page has settled). */
export function networkQuiet(page: Page, quietMs = 500): Promise<void> {
  return new Promise((resolve) => {
    let inFlight = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      if (inFlight === 0) timer = setTimeout(done, quietMs);
    };
    const started = () => {
      inFlight++;
      clearTimeout(timer);
    };
    const ended = () => {
      inFlight = Math.max(0, inFlight - 1);
      arm();
    };
    const done = () => {
      page.off('request', started).off('requestfinished', ended).off('requestfailed', ended);
      resolve();
    };
    page.on('request', started).on('requestfinished', ended).on('requestfailed', ended);
    arm();
  });
}
