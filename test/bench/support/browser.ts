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
