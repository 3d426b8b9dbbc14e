import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Dist } from '../../packages/embed/build/dist.js';
import type { Inventory } from '../../packages/embed/build/integrity.js';

/**
 * A checkout page served with a strict Content Security Policy (see csp.test.ts), and a way to open
 * a page that records every CSP or Trusted Types report.
 */
export const CSP = "script-src 'nonce-{nonce}' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

export const PAGE_CSS = `
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
  main { max-width: 40rem; margin: 0 auto; padding: 1rem 1rem 8rem; }
  .paybar { position: fixed; inset-inline: 0; inset-block-end: 0; display: flex; justify-content: flex-end; padding: 1rem; background: #f3f3f3; }
  .paybar button { min-width: 12rem; min-height: 3rem; font: inherit; }
`;

/** The checkout page: the queue snippet and a listener inline (with the nonce), then the loader. */
export function checkoutPage(dist: Dist, options: { nonce: string; components: string; body?: string; inventory: Inventory }): string {
  const { nonce, inventory } = options;
  const integrity = Object.fromEntries(inventory.files.filter((f) => f.file.endsWith('.js')).map((f) => [`/cdn/${dist.version}/${f.file}`, f.integrity]));
  const loader = inventory.files.find((f) => f.file === 'assist.js')!;
  const queue = readFileSync(join(dist.cdn, 'queue.js'), 'utf8');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Checkout</title>
    <link rel="stylesheet" href="/page.css" />
    <script type="importmap" nonce="${nonce}">${JSON.stringify({ integrity })}</script>
    <script nonce="${nonce}">${queue}</script>
    <script nonce="${nonce}">
      window.seen = [];
      for (const name of ['open', 'close', 'search', 'article-select', 'help-navigate', 'chat-open', 'chat-started']) {
        Assist.on(name, (event) => window.seen.push(event.type));
      }
    </script>
    <script src="/cdn/${dist.version}/assist.js" nonce="${nonce}" integrity="${loader.integrity}" crossorigin="anonymous"
      data-api-base="/api" data-locale="en" data-market="SE" data-components="${options.components}" data-offset="6rem 1rem" async></script>
  </head>
  <body>
    <main>
      <h1>Checkout</h1>
      ${options.body ?? ''}
    </main>
    <footer class="paybar"><button type="button" id="pay">Pay 1 748,00 kr</button></footer>
  </body>
</html>`;
}

export interface Reports {
  violations: string[];
  console: string[];
}

/** Opens a page that records every CSP violation event, CSP or Trusted Types console error, and the paths it requests. */
export async function openRecorded(browser: Browser, url: string, requested: string[] = []): Promise<{ page: Page; reports: Reports }> {
  const page = await browser.newPage();
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const reports: Reports = { violations: [], console: [] };
  await page.exposeFunction('reportViolation', (text: string) => reports.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted ?Type|TrustedHTML|TrustedScript/i.test(message.text())) reports.console.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (/Content Security Policy|Trusted ?Type/i.test(error.message)) reports.console.push(error.message);
  });
  await page.goto(url);
  return { page, reports };
}
