import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Article, CategoriesResponse, FeedbackResponse, SearchResponse } from '@assist/contract';
import { assertError, key, setup } from './support.js';

describe('help categories and articles', () => {
  it('lists every category with its article count, in the asked-for language', async () => {
    const { call } = setup();
    const en = await call('GET', '/v1/help/categories');
    assert.equal(en.status, 200);
    const parsed = CategoriesResponse.parse(en.body);
    assert.equal(parsed.locale, 'en');
    assert.deepEqual(
      parsed.categories.map((c) => c.id),
      ['payments', 'returns', 'problems', 'shopping', 'account', 'card', 'balance', 'more'],
    );
    assert.ok(parsed.categories.every((c) => c.articleCount > 0));
    const sv = await call('GET', '/v1/help/categories?locale=sv-SE');
    assert.equal(sv.body.locale, 'sv');
    assert.equal(sv.body.categories[1].title, 'Returer och återbetalningar');
  });

  it('carries links to each category’s first articles when asked, and nothing more', async () => {
    const { call } = setup();
    const plain = await call('GET', '/v1/help/categories?locale=de');
    assert.ok(plain.body.categories.every((c: object) => !('articles' in c)));
    const home = await call('GET', '/v1/help/categories?locale=de&articles=4');
    assert.equal(home.status, 200);
    const parsed = CategoriesResponse.parse(home.body);
    const all = (await call('GET', '/v1/help/articles?locale=de')).body.articles as { slug: string; title: string; categoryId: string }[];
    for (const category of parsed.categories) {
      const own = all.filter((a) => a.categoryId === category.id);
      assert.deepEqual(
        category.articles,
        own.slice(0, 4).map((a) => ({ slug: a.slug, title: a.title })),
      );
    }
    assert.equal(parsed.categories.find((c) => c.id === 'returns')!.articles![0]!.title, 'Wie sende ich meine Bestellung zurück?');
    assertError(await call('GET', '/v1/help/categories?articles=21'), 400, 'validation_failed');
    assertError(await call('GET', '/v1/help/categories?articles=many'), 400, 'validation_failed');
  });

  it('picks the language from Accept-Language, and falls back to English for languages without content', async () => {
    const { call } = setup();
    const de = await call('GET', '/v1/help/categories', { headers: { 'accept-language': 'ja;q=0.9, de-DE;q=0.8' } });
    assert.equal(de.body.locale, 'de');
    const ja = await call('GET', '/v1/help/categories?locale=ja');
    assert.equal(ja.body.locale, 'en');
    assert.equal(ja.body.categories[0].title, 'Payments');
    const fr = await call('GET', '/v1/help/categories', { headers: { 'accept-language': 'fr-FR, de;q=0.8' } });
    assert.equal(fr.body.locale, 'fr');
    assert.equal(fr.body.categories[0].title, 'Paiements');
    // Norwegian by its general tag reads the bokmål texts; Hebrew right-to-left texts by its code.
    assert.equal((await call('GET', '/v1/help/categories?locale=no')).body.locale, 'nb');
    assert.equal((await call('GET', '/v1/help/categories?locale=he')).body.locale, 'he');
  });

  it('lists the articles of one category and rejects an unknown one', async () => {
    const { call } = setup();
    const returns = await call('GET', '/v1/help/articles?category=returns');
    assert.equal(returns.status, 200);
    assert.equal(returns.body.articles.length, 9);
    assert.ok(returns.body.articles.every((a: { categoryId: string }) => a.categoryId === 'returns'));
    assertError(await call('GET', '/v1/help/articles?category=gardening'), 404, 'not_found');
    assertError(await call('GET', '/v1/help/articles?category=NOT%20A%20SLUG'), 400, 'validation_failed');
  });

  it('answers an article by slug with its related articles, in German', async () => {
    const { call } = setup();
    const answer = await call('GET', '/v1/help/articles/how-to-return?locale=de');
    assert.equal(answer.status, 200);
    const article = Article.parse(answer.body);
    assert.equal(article.locale, 'de');
    assert.ok(article.body.length > 200);
    assert.ok(article.related.length >= 2);
    assert.ok(article.related.every((r) => r.locale === 'de'));
  });

  it('answers 404 for an unknown slug and 400 for a malformed one', async () => {
    const { call } = setup();
    assertError(await call('GET', '/v1/help/articles/no-such-article'), 404, 'not_found');
    assertError(await call('GET', '/v1/help/articles/%3Cscript%3E'), 400, 'validation_failed');
  });
});

describe('help search', () => {
  it('finds the return articles for the misspelling "retrun"', async () => {
    const { call } = setup();
    const answer = await call('GET', '/v1/help/search?q=retrun');
    assert.equal(answer.status, 200);
    const result = SearchResponse.parse(answer.body);
    assert.ok(result.hits.length >= 3);
    for (const hit of result.hits.slice(0, 3)) assert.equal(hit.category.id, 'returns', hit.article.slug);
  });

  it('ranks the obvious article first for plain questions', async () => {
    const { call } = setup();
    const cases: [string, string, string][] = [
      ['charged twice', 'en', 'charged-twice'],
      ['late fee', 'en', 'late-fee-charged'],
      ['block my card', 'en', 'block-or-cancel-credit-card'],
      ['gift card return', 'en', 'return-gift-card-order'],
      ['betalplan', 'sv', 'where-is-my-payment-plan'],
      ['Inkasso', 'de', 'debt-in-collection'],
    ];
    for (const [q, locale, slug] of cases) {
      const result = (await call('GET', `/v1/help/search?q=${encodeURIComponent(q)}&locale=${locale}`)).body;
      assert.ok(
        result.hits.slice(0, 3).some((h: { article: { slug: string } }) => h.article.slug === slug),
        `${q} → ${result.hits.map((h: { article: { slug: string } }) => h.article.slug).slice(0, 3)}`,
      );
    }
  });

  it('matches without diacritics: "rucksendung" finds Rücksendung articles', async () => {
    const { call } = setup();
    const result = (await call('GET', '/v1/help/search?q=rucksendung&locale=de')).body;
    assert.ok(result.hits.length > 0);
    assert.equal(result.hits[0].category.id, 'returns');
    assert.equal(result.fallback, false);
  });

  it('highlights exactly the matched words of the title and snippet', async () => {
    const { call } = setup();
    const result = SearchResponse.parse((await call('GET', '/v1/help/search?q=refund')).body);
    const hit = result.hits.find((h) => h.highlights.title.length > 0);
    assert.ok(hit, 'some hit highlights its title');
    for (const [start, end] of hit.highlights.title) assert.match(hit.article.title.slice(start, end), /^refund/i);
    for (const h of result.hits) {
      for (const [start, end] of h.highlights.snippet) {
        assert.ok(start >= 0 && end <= h.snippet.length && start < end);
      }
    }
  });

  it('falls back to English content when the language has no hit, and says so', async () => {
    const { call } = setup();
    const result = (await call('GET', '/v1/help/search?q=chargeback%20dispute&locale=sv')).body;
    assert.equal(result.locale, 'en');
    assert.equal(result.fallback, true);
    assert.ok(result.hits.length > 0);
  });

  it('honours limit and answers an empty list for nonsense', async () => {
    const { call } = setup();
    assert.equal((await call('GET', '/v1/help/search?q=payment&limit=2')).body.hits.length, 2);
    const nothing = (await call('GET', '/v1/help/search?q=zzqxv')).body;
    assert.deepEqual([nothing.total, nothing.hits.length, nothing.fallback], [0, 0, false]);
  });

  it('pages through a long list of hits with offset: each page follows the one before, none repeated', async () => {
    const { call } = setup();
    const q = 'pay'; // 52 articles: a page of 50 and one of 2
    const all = SearchResponse.parse((await call('GET', `/v1/help/search?q=${q}&limit=50`)).body);
    assert.ok(all.total > 50, `"${q}" should find more than 50 articles (found ${all.total})`);
    const seen: string[] = [];
    for (let offset = 0; offset < all.total; offset += 50) {
      const page = SearchResponse.parse((await call('GET', `/v1/help/search?q=${q}&limit=50&offset=${offset}`)).body);
      assert.equal(page.total, all.total);
      assert.equal(page.hits.length, Math.min(50, all.total - offset));
      seen.push(...page.hits.map((h) => h.article.id));
    }
    assert.equal(seen.length, all.total);
    assert.equal(new Set(seen).size, all.total, 'no article on two pages');
    assert.deepEqual(
      seen.slice(0, 50),
      all.hits.map((h) => h.article.id),
      'the first page is the list without offset',
    );
    // Two small pages are the first ten of the same order.
    const first = (await call('GET', `/v1/help/search?q=${q}&limit=5`)).body.hits.map((h: { article: { id: string } }) => h.article.id);
    const second = (await call('GET', `/v1/help/search?q=${q}&limit=5&offset=5`)).body.hits.map((h: { article: { id: string } }) => h.article.id);
    assert.deepEqual([...first, ...second], seen.slice(0, 10));
    const past = (await call('GET', `/v1/help/search?q=${q}&limit=50&offset=${all.total}`)).body;
    assert.deepEqual([past.total, past.hits.length], [all.total, 0]);
    for (const offset of ['-1', 'ten', '1.5', '10001']) {
      const answer = await call('GET', `/v1/help/search?q=${q}&offset=${offset}`);
      assertError(answer, 400, 'validation_failed');
      assert.equal(answer.body.error.issues[0].path, 'query.offset');
    }
  });

  it('rejects a missing, empty or oversized query and a bad limit', async () => {
    const { call } = setup();
    assertError(await call('GET', '/v1/help/search'), 400, 'validation_failed');
    assertError(await call('GET', '/v1/help/search?q=%20%20'), 400, 'validation_failed');
    assertError(await call('GET', `/v1/help/search?q=${'a'.repeat(201)}`), 400, 'validation_failed');
    for (const limit of ['0', '51', 'ten', '-1', '1.5']) {
      const answer = await call('GET', `/v1/help/search?q=pay&limit=${limit}`);
      assertError(answer, 400, 'validation_failed');
      assert.equal(answer.body.error.issues[0].path, 'query.limit');
    }
  });
});

describe('article feedback', () => {
  it('records feedback and answers 201', async () => {
    const { call, deps } = setup();
    const answer = await call('POST', '/v1/help/articles/art_how_to_return/feedback', { body: { helpful: false, reason: 'unclear', comment: 'Which address?' } });
    assert.equal(answer.status, 201);
    FeedbackResponse.parse(answer.body);
    const stored = await deps.store.feedbackFor('art_how_to_return');
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.comment, 'Which address?');
  });

  it('replays the first answer for a retried request with the same key, storing it once', async () => {
    const { call, deps } = setup();
    const path = '/v1/help/articles/art_how_to_return/feedback';
    const first = await call('POST', path, { body: { helpful: true }, headers: { 'idempotency-key': key(1) } });
    const again = await call('POST', path, { body: { helpful: true }, headers: { 'idempotency-key': key(1) } });
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal((await deps.store.feedbackFor('art_how_to_return')).length, 1);
    assertError(await call('POST', path, { body: { helpful: false }, headers: { 'idempotency-key': key(1) } }), 422, 'idempotency_mismatch');
  });

  it('rejects feedback for an unknown article, unknown fields and contradictions', async () => {
    const { call } = setup();
    assertError(await call('POST', '/v1/help/articles/art_nothing_here/feedback', { body: { helpful: true } }), 404, 'not_found');
    assertError(await call('POST', '/v1/help/articles/art_how_to_return/feedback', { body: { helpful: 'yes' } }), 400, 'validation_failed');
    assertError(await call('POST', '/v1/help/articles/art_how_to_return/feedback', { body: { helpful: true, admin: true } }), 400, 'validation_failed');
    assertError(await call('POST', '/v1/help/articles/art_how_to_return/feedback', { body: { helpful: true, reason: 'unclear' } }), 400, 'validation_failed');
    assertError(await call('POST', '/v1/help/articles/art_how_to_return/feedback', { body: { helpful: false, comment: 'x'.repeat(1001) } }), 400, 'validation_failed');
  });
});
