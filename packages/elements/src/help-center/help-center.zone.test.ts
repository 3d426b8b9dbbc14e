import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { resetMockApi, setClock, startMockApi } from '../../../../test/support/mock-api.js';
import './help-center.js';
import '../chat-launcher/chat-launcher.js';
import type { AssistHelpCenter } from './help-center.component.js';
import type { AssistChatLauncher } from '../chat-launcher/chat-launcher.component.js';

/**
 * A shopper in New York on a Swedish shop: the help center's phone hours and the chat launcher's call
 * times show the same moments on the same clock, the shopper's, with the zone named.
 */
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const contact = (el: AssistHelpCenter) => text(el.shadowRoot!.querySelector('[part=contact]'));
const slots = (el: AssistChatLauncher) => [...el.shadowRoot!.querySelectorAll('select[name="slot"] option')].map(text);
const zone = 'GMT-5';

async function mount(): Promise<[AssistHelpCenter, AssistChatLauncher]> {
  const help = await fixture<AssistHelpCenter>(html`<assist-help-center market="SE" lang="en-GB"></assist-help-center>`);
  const chat = await fixture<AssistChatLauncher>(html`<assist-chat-launcher market="SE" lang="en-GB"></assist-chat-launcher>`);
  chat.open({ view: 'callback' });
  await waitUntil(() => slots(chat).length > 0, 'no call times', { timeout: 8000 });
  await waitUntil(() => /Today|Closed today/.test(contact(help)), `no phone hours: ${contact(help)}`, { timeout: 8000 });
  return [help, chat];
}

before(async () => {
  // Before anything formats a time: formatters keep the zone they were made in.
  await executeServerCommand('time-zone', { zone: 'America/New_York' });
  await startMockApi();
});
after(() => executeServerCommand('time-zone', { zone: null }));
beforeEach(resetMockApi);

describe('opening hours in the shopper’s time zone', () => {
  it('shows today’s phone hours of a Swedish shop on a New York clock, alike in the help center and the callback times', async () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    await setClock('2026-11-18T10:00:00Z'); // Wednesday 11:00 in Stockholm, 05:00 in New York: phones open 09:00–17:00 Stockholm
    const [help, chat] = await mount();
    expect(contact(help)).to.contain('Open now, until 11:00').and.contain(`Today 03:00–11:00 ${zone}`);
    expect(contact(help).split(zone)).to.have.length(2, 'the zone named once');
    // The last call window of today ends when the phones close: the same clock time, the same zone.
    expect(slots(chat).at(-1)).to.equal(`10:00–11:00 ${zone}`);
    await expect(help).to.be.accessible();
  });

  it('says when the phones open again on the same clock as the first call time offered', async () => {
    await setClock('2026-11-22T21:00:00Z'); // Sunday 22:00 in Stockholm: the phones open Monday 09:00 there, 03:00 in New York
    const [help, chat] = await mount();
    await waitUntil(() => /Closed now, opens/.test(contact(help)), 'no closed notice');
    expect(contact(help))
      .to.match(new RegExp(`Closed now, opens Mon,? 03:00 ${zone}`))
      .and.contain('Closed today');
    expect(contact(help).split(zone)).to.have.length(2, 'the zone named once');
    expect(text(chat.shadowRoot!.querySelector('select[name="day"] option'))).to.match(/^Monday/);
    expect(slots(chat)[0]).to.equal(`03:00–04:00 ${zone}`);
    await expect(help).to.be.accessible();
  });
});
