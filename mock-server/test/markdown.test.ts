import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ArticleBlock } from '@assist/contract';
import * as z from 'zod/mini';
import { ARTICLES } from '../src/fixtures/help/index.js';
import { parseArticle } from '../src/help/markdown.js';

describe('article markdown to blocks', () => {
  it('parses headings, paragraphs, ordered and unordered lists, bold and italic', () => {
    const blocks = parseArticle('## Steps\n\nFirst **report** the *return*.\n\n1. Pack it\n2. Send it\n\n- Keep the **receipt**');
    assert.deepEqual(blocks, [
      { type: 'heading', level: 2, content: [{ text: 'Steps' }] },
      { type: 'paragraph', content: [{ text: 'First ' }, { text: 'report', bold: true }, { text: ' the ' }, { text: 'return', italic: true }, { text: '.' }] },
      { type: 'list', ordered: true, items: [[{ text: 'Pack it' }], [{ text: 'Send it' }]] },
      { type: 'list', ordered: false, items: [[{ text: 'Keep the ' }, { text: 'receipt', bold: true }]] },
    ]);
  });

  it('joins wrapped paragraph lines and continued list items', () => {
    const blocks = parseArticle('One line\nand the next.\n\n- An item\n  that goes on');
    assert.deepEqual(blocks, [
      { type: 'paragraph', content: [{ text: 'One line and the next.' }] },
      { type: 'list', ordered: false, items: [[{ text: 'An item that goes on' }]] },
    ]);
  });

  it('keeps article and https links and reduces every other link to its text', () => {
    const [block] = parseArticle(
      'See [late fees](article:late-fee-charged), [safe](https://example.com/x), [bad](javascript:alert(1)), [data](data:text/html,x), [odd](article:../x) and <img src=x onerror=alert(1)>.',
    );
    assert.equal(block!.type, 'paragraph');
    const content = block!.type === 'paragraph' ? block!.content : [];
    assert.deepEqual(
      content.filter((s) => s.article || s.href),
      [
        { text: 'late fees', article: 'late-fee-charged' },
        { text: 'safe', href: 'https://example.com/x' },
      ],
    );
    const text = content.map((s) => s.text).join('');
    // A target ends at the first ')': the rest of `alert(1)` stays as text.
    assert.equal(text, 'See late fees, safe, bad), data, odd and <img src=x onerror=alert(1)>.');
  });

  it('carries marks into links inside bold text', () => {
    const [block] = parseArticle('**Read [this](article:how-to-return) first**');
    assert.deepEqual(block, {
      type: 'paragraph',
      content: [
        { text: 'Read ', bold: true },
        { text: 'this', bold: true, article: 'how-to-return' },
        { text: ' first', bold: true },
      ],
    });
  });

  it('turns every shipped article in every language into valid blocks', () => {
    let count = 0;
    for (const article of ARTICLES) {
      for (const content of Object.values(article.content)) {
        const blocks = parseArticle(content.body);
        assert.ok(blocks.length > 0, `${article.slug} has no blocks`);
        z.parse(z.array(ArticleBlock), blocks);
        count++;
      }
    }
    assert.ok(count >= 150, `parsed ${count} article bodies`);
  });
});
