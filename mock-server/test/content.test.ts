import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ARTICLE_SLUGS, ARTICLES, CATEGORIES, CATEGORY_IDS, CONTENT_LOCALES } from '../src/fixtures/help/index.js';

const domainFile = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'DOMAIN.md');

/** The FAQ list of the domain description: the lines under "## The provider's FAQ list". */
function faqFromDomain(): string[] {
  const text = readFileSync(domainFile, 'utf8');
  const section = text.split(/^## The provider's FAQ list.*$/m)[1] ?? '';
  return section
    .split('\n')
    .map((line) => /^- (.+)$/.exec(line.trim())?.[1])
    .filter((q): q is string => Boolean(q));
}

describe('help content', () => {
  it('answers every question of the provider FAQ list', () => {
    // The list exists only in the domain description: a run without it fails rather than skips.
    assert.ok(existsSync(domainFile), `${domainFile} is missing: check out the shared folder (DOMAIN.md, the provider's FAQ list) beside this repository as ../shared`);
    const questions = faqFromDomain();
    assert.ok(questions.length >= 50, `found ${questions.length} questions`);
    const answered = new Set(ARTICLES.map((a) => a.faq));
    const missing = questions.filter((q) => !answered.has(q));
    assert.deepEqual(missing, []);
  });

  it('has one article per FAQ question and unique ids and slugs', () => {
    const faqs = ARTICLES.map((a) => a.faq).filter(Boolean);
    assert.equal(new Set(faqs).size, faqs.length);
    assert.ok(faqs.length >= 50);
    assert.equal(new Set(ARTICLES.map((a) => a.slug)).size, ARTICLES.length);
    for (const a of ARTICLES) assert.equal(a.id, `art_${a.slug.replace(/-/g, '_')}`);
  });

  it('has its own texts in all 15 content languages', () => {
    assert.equal(CONTENT_LOCALES.length, 15);
    assert.deepEqual(ARTICLES.map((a) => a.slug).sort(), [...ARTICLE_SLUGS].sort());
  });

  it('has every article and category complete in every language, and no translation is a copy of the English', () => {
    for (const article of ARTICLES) {
      for (const locale of CONTENT_LOCALES) {
        const text = article.content[locale];
        assert.ok(text.title.length > 5, `${article.slug} ${locale} title`);
        assert.ok(text.summary.length > 20 && text.summary.length <= 240, `${article.slug} ${locale} summary`);
        assert.ok(text.body.split(/\s+/).length >= 80, `${article.slug} ${locale} body is too short`);
        assert.ok(text.keywords.length >= 3, `${article.slug} ${locale} keywords`);
      }
      // Translations are not copies of the English text.
      for (const locale of CONTENT_LOCALES) {
        if (locale === 'en') continue;
        assert.notEqual(article.content[locale].body, article.content.en.body, `${article.slug} ${locale} body is the English one`);
        assert.notEqual(article.content[locale].title, article.content.en.title, `${article.slug} ${locale} title is the English one`);
        assert.notEqual(article.content[locale].summary, article.content.en.summary, `${article.slug} ${locale} summary is the English one`);
      }
    }
    for (const category of CATEGORIES) {
      for (const locale of CONTENT_LOCALES) {
        const text = category.content[locale];
        assert.ok(text.title.length > 2 && text.description.length > 10, `${category.id} ${locale}`);
        if (locale !== 'en') assert.notEqual(text.description, category.content.en.description, `${category.id} ${locale} is the English one`);
      }
    }
  });

  it('links only to articles that exist, and uses only the markdown subset', () => {
    const slugs = new Set(ARTICLES.map((a) => a.slug));
    for (const article of ARTICLES) {
      assert.ok(article.related.length >= 2 && article.related.length <= 4, `${article.slug} related`);
      for (const r of article.related) assert.ok(slugs.has(r) && r !== article.slug, `${article.slug} → ${r}`);
      for (const locale of CONTENT_LOCALES) {
        const body = article.content[locale].body;
        assert.doesNotMatch(body, /<[a-z/!]/i, `${article.slug} ${locale} contains HTML`);
        for (const [, target] of body.matchAll(/\]\(([^)]*)\)/g)) {
          assert.match(target!, /^article:[a-z0-9-]+$/, `${article.slug} ${locale} links to ${target}`);
          assert.ok(slugs.has(target!.slice('article:'.length)), `${article.slug} ${locale} links to a missing ${target}`);
        }
      }
    }
  });

  it('puts every article in a known category and every category has articles', () => {
    assert.deepEqual(
      CATEGORIES.map((c) => c.id),
      [...CATEGORY_IDS],
    );
    for (const id of CATEGORY_IDS)
      assert.ok(
        ARTICLES.some((a) => a.category === id),
        id,
      );
  });

  it('names no real brand (the provider is neutral)', () => {
    const all = JSON.stringify(ARTICLES);
    assert.doesNotMatch(all, /\b(klarna|afterpay|affirm|paypal|sezzle|zip pay|apple pay|google pay)\b/i);
  });
});
