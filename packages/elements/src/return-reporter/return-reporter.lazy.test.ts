import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMockApi, startMockApi } from '../../../../test/support/mock-api.js';
import './return-reporter.js';
import type { AssistReturnReporter } from './return-reporter.component.js';

/**
 * The first step is all the return reporter downloads when it shows: the rules and the later steps'
 * views (and sending) load with the first check. This file runs in a page of its own, so nothing else
 * has loaded them before.
 */

// The test runner serves every source file on its own: keep timing entries beyond the default 250.
performance.setResourceTimingBufferSize(100_000);

/** Every return reporter source file the page has fetched so far, by path inside the component. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/return-reporter\/([a-z/.-]+)\.[jt]s/.exec(entry.name)?.[1])
    .filter((name) => name !== undefined);
const LATER = ['views/steps', 'views/items', 'views/details', 'views/editor', 'submit', 'return-reporter.rules'];

before(startMockApi);
beforeEach(resetMockApi);

describe('<assist-return-reporter> first download', () => {
  it('holds the first step only; the first check loads the rules with the later steps', async () => {
    const el = await fixture<AssistReturnReporter>(html`<assist-return-reporter></assist-return-reporter>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('h2')?.textContent?.trim() === 'Find your order', 'the first step did not show');
    await new Promise((resolve) => requestIdleCallback(resolve));
    // Its own modules were fetched (and recorded): the absence of the later ones means something.
    expect(fetched()).to.include.members(['return-reporter.component', 'flow', 'views/find']);
    expect(fetched().filter((name) => LATER.includes(name))).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // Sent empty: the check loads the rules and, with them, the later steps.
    root.querySelector<HTMLButtonElement>('form button[type=submit], form button:not([type])')!.click();
    await waitUntil(
      () => LATER.every((name) => fetched().includes(name)),
      `not all loaded with the first check: ${fetched()
        .filter((n) => LATER.includes(n))
        .join(', ')}`,
    );
    await waitUntil(() => root.querySelector('[aria-invalid="true"]'), 'the empty form showed no error');
    await expect(el).to.be.accessible();
  });
});
