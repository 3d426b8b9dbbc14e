import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { renderMarkdown } from './markdown.js';

function rendered(markdown: string, opened: string[] = []): HTMLElement {
  const host = document.createElement('div');
  render(
    renderMarkdown(markdown, { articleHref: (slug) => `#${slug}`, onArticleLink: (slug, e) => { e.preventDefault(); opened.push(slug); } }),
    host,
  );
  return host;
}

describe('article markdown', () => {
  it('renders headings, paragraphs, lists and emphasis', async () => {
    const host = rendered('## Steps\n\nFirst **report** the *return*.\n\n1. Pack it\n2. Send it\n\n- Keep the receipt');
    expect(host.querySelector('h3')!.textContent).to.equal('Steps');
    expect(host.querySelector('p strong')!.textContent).to.equal('report');
    expect(host.querySelector('p em')!.textContent).to.equal('return');
    expect([...host.querySelectorAll('ol li')].map((li) => li.textContent)).to.deep.equal(['Pack it', 'Send it']);
    expect(host.querySelectorAll('ul li')).to.have.length(1);
    await fixture(html`<div>${host}</div>`);
  });

  it('opens article links in place and renders anything else as text', () => {
    const opened: string[] = [];
    const host = rendered(
      'See [late fees](article:late-fee-charged), [safe](https://example.com/x), [bad](javascript:alert(1)), [data](data:text/html,x) and <img src=x onerror=alert(1)>.',
      opened,
    );
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#late-fee-charged', 'https://example.com/x']);
    expect(links[1]!.getAttribute('rel')).to.equal('noopener noreferrer');
    links[0]!.click();
    expect(opened).to.deep.equal(['late-fee-charged']);
    expect(host.querySelector('img')).to.equal(null);
    expect(host.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(host.textContent).to.contain('bad');
  });
});
