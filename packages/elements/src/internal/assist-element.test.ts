import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AssistElement } from './assist-element.js';
import { define } from './define.js';

declare module '../events.js' {
  interface AssistEventMap {
    'assist-test-ping': CustomEvent<{ n: number }>;
  }
}

class PingElement extends AssistElement {
  override render() {
    return html`<button part="base" @click=${() => this.emit('assist-test-ping', { n: 1 }, { cancelable: true })}>Ping</button>`;
  }
}
define('assist-test-ping', PingElement);

describe('AssistElement', () => {
  it('emits typed events that leave the shadow root and reach the document', async () => {
    const el = await fixture<PingElement>(html`<div><assist-test-ping></assist-test-ping></div>`);
    // The first render is a task of its own (see scheduleUpdate): the fixture waited for the <div> only.
    await el.querySelector<PingElement>('assist-test-ping')!.updateComplete;
    const seen: number[] = [];
    const listener = (event: CustomEvent<{ n: number }>) => seen.push(event.detail.n);
    document.addEventListener('assist-test-ping', listener);
    el.querySelector('assist-test-ping')!.shadowRoot!.querySelector('button')!.click();
    document.removeEventListener('assist-test-ping', listener);
    expect(seen).to.deep.equal([1]);
  });

  it('reports whether a listener prevented the default', async () => {
    const el = await fixture<PingElement>(html`<assist-test-ping></assist-test-ping>`);
    expect(el.emit('assist-test-ping', { n: 2 })).to.equal(true);
    el.addEventListener('assist-test-ping', (event) => event.preventDefault());
    expect(el.emit('assist-test-ping', { n: 3 }, { cancelable: true })).to.equal(false);
  });
});

describe('define', () => {
  it('registers once and skips a second copy with a warning instead of throwing', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      define('assist-test-once', First);
      define('assist-test-once', First);
      expect(warnings).to.have.length(0);
      define('assist-test-once', Second);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('assist-test-once')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('<assist-test-once> is already defined');
  });
});
