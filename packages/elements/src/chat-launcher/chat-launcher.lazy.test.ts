import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { resetMockApi, startMockApi } from '../../../../test/support/mock-api.js';
import './chat-launcher.js';
import type { AssistChatLauncher } from './chat-launcher.component.js';

/**
 * The panel's views download on intent, not when the launcher shows. This file runs in a page of its
 * own, so nothing else has loaded them before its first test.
 */

// The test runner serves every source file on its own: keep timing entries beyond the default 250.
performance.setResourceTimingBufferSize(100_000);

/** Every chat launcher source file the page has fetched so far, by name. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/chat-launcher\/([a-z.-]+)\.[jt]s/.exec(entry.name)?.[1])
    .filter((name) => name !== undefined);
const viewsFetched = () => fetched().filter((name) => /^(panel|conversation-view|verify-view|callback-view)$/.test(name));

before(startMockApi);
beforeEach(resetMockApi);
afterEach(fixtureCleanup);

describe('<assist-chat-launcher> panel views', () => {
  it('are not downloaded while the launcher only shows; a pointer over the button starts the download', async () => {
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher market="SE"></assist-chat-launcher>`);
    const launcher = el.shadowRoot!.querySelector<HTMLButtonElement>('.launcher')!;
    expect(launcher).to.not.equal(null);
    // The launcher is up and idle: its own modules were fetched (and recorded), nothing of the panel.
    await new Promise((resolve) => requestIdleCallback(resolve));
    expect(fetched()).to.include.members(['chat-launcher.component', 'chat-controller']);
    expect(viewsFetched()).to.deep.equal([]);
    await expect(el).to.be.accessible();

    launcher.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => viewsFetched().length > 0, 'the panel views were not requested on pointer over the button');
  });

  it('opened from the keyboard, shows the verification view with focus in it', async () => {
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher market="SE"></assist-chat-launcher>`);
    const launcher = el.shadowRoot!.querySelector<HTMLButtonElement>('.launcher')!;
    launcher.focus();
    launcher.click();
    await el.updateComplete;
    const body = el.shadowRoot!.querySelector('.body')!;
    expect(body.getAttribute('aria-busy')).to.equal('false');
    expect(body.querySelector('form, button')).to.not.equal(null);
    await waitUntil(() => body.contains(el.shadowRoot!.activeElement), 'focus did not move into the panel');
    await expect(el).to.be.accessible();
  });
});
