import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MiniSearch, { type Query } from 'minisearch';
import { ARTICLES, CONTENT_LOCALES, type ContentLocale } from '../src/fixtures/help/index.js';
import { HelpIndex, type SearchDocument } from '../src/help/search.js';
import { plainText } from '../src/help/text.js';
import { tokenize } from '../src/help/terms.js';

/**
 * The help search index keeps its postings pre-scored in typed arrays and keeps only the best hits.
 * It must rank exactly as a MiniSearch index over the same terms, queried term by term and scored
 * for the words of the query matched: the reference below is that search, done the slow way.
 */

const documents = (locale: ContentLocale): SearchDocument[] =>
  ARTICLES.map((a) => {
    const text = a.content[locale];
    return { id: a.id, title: text.title, keywords: text.keywords.join(' '), summary: text.summary, body: plainText(text.body) };
  });

function reference(index: HelpIndex, docs: SearchDocument[]) {
  const mini = new MiniSearch<SearchDocument>({
    fields: ['title', 'keywords', 'summary', 'body'],
    tokenize,
    processTerm: (word) => [...index.termsOf(word)],
    searchOptions: { boost: { title: 3, keywords: 2.5, summary: 1.5, body: 1 }, weights: { fuzzy: 0.4, prefix: 0.7 }, combineWith: 'OR' },
  });
  mini.addAll(docs);
  return (query: string) => {
    const words = [...new Map(index.queryWords(tokenize(query)).map((w) => [w.key, w])).values()];
    const leaves = new Map<string, { term: string; weight: number; prefix: boolean; fuzzy: number | false }>();
    for (const t of words.flatMap((w) => [...w.whole, ...w.parts.flat()])) {
      const leaf = leaves.get(t.term);
      if (!leaf) leaves.set(t.term, { ...t });
      else
        leaves.set(t.term, {
          term: t.term,
          weight: Math.max(leaf.weight, t.weight),
          prefix: leaf.prefix || t.prefix,
          fuzzy: Math.max(Number(leaf.fuzzy), Number(t.fuzzy)) || false,
        });
    }
    const tree: Query = { combineWith: 'OR', queries: [...leaves.values()].map((t) => ({ queries: [t.term], prefix: t.prefix, fuzzy: t.fuzzy, boostTerm: () => t.weight })) };
    return mini
      .search(tree, { tokenize: (s) => [s], processTerm: (s) => s })
      .map((result) => {
        const has = (terms: { term: string }[]) => terms.some((t) => result.queryTerms.includes(t.term));
        const coverage = words.reduce((sum, w) => sum + (has(w.whole) ? 1 : w.parts.length > 0 ? (w.parts.filter(has).length / w.parts.length) ** 2 : 0), 0);
        const fields = new Set(Object.values(result.match).flat());
        return {
          id: result.id as string,
          score: (result.score / result.queryTerms.length) * coverage,
          terms: result.terms,
          fields: (['title', 'keywords', 'summary', 'body'] as const).filter((f) => fields.has(f)),
        };
      })
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  };
}

const QUERIES: Partial<Record<ContentLocale, string[]>> = {
  en: ['refund', 'retrun my order', 'chagred twice', 'pay', 'credit card bill', 'cashbak', 'when will my credti card arrive', 'zzzz', 'the'],
  sv: ['returfrakt', 'kreditkortet är stulet', 'betalningspaminnelse efter retur', 'inkassobrev', 'kortspärr', 'ranta pa saldot'],
  de: ['Rücksendeetikett', 'Kreditkarte gesperrt', 'Zahlungserinnerung trotz Rücksendung', 'Mahngebühr', 'ratenzahlung', 'lieferzeit'],
};
// More searched terms than one 32-bit word of flags holds: every word with its stem, parts and typos.
const LONG =
  'return refund payment reminder invoice instalment credit card balance interest delivery order store fee late annual withdraw cashback fraud password account statement subscription gift voucher bankruptcy collection declined blocked abroad limit shop parcel email app';

const closeTo = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('help search index', () => {
  for (const locale of CONTENT_LOCALES) {
    it(`ranks ${locale} hits as the term-by-term MiniSearch reference does, with the same scores, totals, matched terms and fields`, () => {
      const docs = documents(locale);
      const index = new HelpIndex(locale, docs);
      const slow = reference(index, docs);
      for (const query of [...(QUERIES[locale] ?? []), LONG]) {
        const want = slow(query);
        const got = index.search(query, 10);
        assert.equal(got.total, want.length, `${query}: total`);
        assert.equal(got.matches.length, Math.min(10, want.length), `${query}: hits`);
        got.matches.forEach((hit, i) => {
          const expected = want[i]!;
          assert.ok(closeTo(hit.score, expected.score), `${query} #${i + 1}: score ${hit.score}, want ${expected.score}`);
          // Two documents with the same score (up to rounding) may come in either order.
          if (hit.id !== expected.id) assert.ok(closeTo(hit.score, want.find((w) => w.id === hit.id)?.score ?? NaN), `${query} #${i + 1}: ${hit.id}, want ${expected.id}`);
          else {
            assert.deepEqual([...hit.terms].sort(), [...expected.terms].sort(), `${query} #${i + 1}: matched terms`);
            assert.deepEqual(hit.fields, expected.fields, `${query} #${i + 1}: fields with a matched term`);
          }
        });
      }
    });
  }

  it('keeps the best `limit` hits in order, and counts every match whatever the limit', () => {
    const index = new HelpIndex('en', documents('en'));
    const all = index.search('payment card', 50);
    assert.ok(all.total > 10, `${all.total} matches`);
    for (const limit of [1, 3, 8]) {
      const some = index.search('payment card', limit);
      assert.equal(some.total, all.total);
      assert.deepEqual(
        some.matches.map((m) => m.id),
        all.matches.slice(0, limit).map((m) => m.id),
      );
    }
    assert.deepEqual(index.search('payment card', 0), { total: 0, matches: [] });
    assert.deepEqual(index.search('the of and', 8), { total: 0, matches: [] });
  });

  it('starts every query from zero: a search does not carry scores over to the next', () => {
    const index = new HelpIndex('en', documents('en'));
    const first = index.search('late fee', 8);
    index.search(LONG, 8);
    index.search('card', 8);
    assert.deepEqual(index.search('late fee', 8), first);
  });
});
