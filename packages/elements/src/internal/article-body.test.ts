import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { ArticleBlock } from '@assist/contract';
import { renderArticleBody } from './article-body.js';

function rendered(blocks: ArticleBlock[], opened: string[] = []): HTMLElement {
  const host = document.createElement('div');
  render(
    renderArticleBody(blocks, {
      headingLevel: 3,
      articleHref: (slug) => `#${slug}`,
      onArticleLink: (slug, e) => {
        e.preventDefault();
        opened.push(slug);
      },
    }),
    host,
  );
  return host;
}

describe('article body', () => {
  it('renders headings at the page outline level, paragraphs, lists and marks', async () => {
    const host = rendered([
      { type: 'heading', level: 2, content: [{ text: 'Steps' }] },
      { type: 'heading', level: 3, content: [{ text: 'Details' }] },
      { type: 'paragraph', content: [{ text: 'First ' }, { text: 'report', bold: true }, { text: ' the ' }, { text: 'return', italic: true }] },
      { type: 'list', ordered: true, items: [[{ text: 'Pack it' }], [{ text: 'Send it' }]] },
      { type: 'list', ordered: false, items: [[{ text: 'Keep the receipt' }]] },
    ]);
    expect(host.querySelector('h3')!.textContent).to.equal('Steps');
    expect(host.querySelector('h4')!.textContent).to.equal('Details');
    expect(host.querySelector('p strong')!.textContent).to.equal('report');
    expect(host.querySelector('p em')!.textContent).to.equal('return');
    expect([...host.querySelectorAll('ol li')].map((li) => li.textContent)).to.deep.equal(['Pack it', 'Send it']);
    expect(host.querySelectorAll('ul li')).to.have.length(1);
    const el = await fixture(html`<div>${host}</div>`);
    await expect(el).to.be.accessible();
  });

  it('opens article links in place, opens https links in a new tab and renders text as text', () => {
    const opened: string[] = [];
    const host = rendered(
      [
        {
          type: 'paragraph',
          content: [
            { text: 'late fees', article: 'late-fee-charged', bold: true },
            { text: 'safe', href: 'https://example.com/x' },
            { text: 'not a link', href: 'javascript:alert(1)' },
            { text: '<img src=x onerror=alert(1)>' },
          ],
        },
      ],
      opened,
    );
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#late-fee-charged', 'https://example.com/x']);
    expect(links[0]!.closest('strong')).to.not.equal(null);
    expect(links[1]!.getAttribute('rel')).to.equal('noopener noreferrer');
    links[0]!.click();
    expect(opened).to.deep.equal(['late-fee-charged']);
    expect(host.querySelector('img')).to.equal(null);
    expect(host.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(host.textContent).to.contain('not a link');
  });
});
