import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLES, CONTENT_LOCALES, type ContentLocale } from '../src/fixtures/help/index.js';
import { JSON_TEXT } from '../src/http/answer.js';
import { HelpIndex } from '../src/help/search.js';
import { HelpContent } from '../src/help/service.js';
import { WORD } from '../src/help/terms.js';
import { plainText } from '../src/help/text.js';

/**
 * Snippets and highlights of search hits: which text a hit shows, where it is cut, and which words
 * are marked. The service works from texts cut into words once; what it answers must be what reading
 * each text word by word at query time gives (the reference below), and a few answers are pinned.
 */

type Pinned = [query: string, locale: ContentLocale, slug: string, snippet: string, title: [number, number][], marks: [number, number][]];

const PINNED: Pinned[] = [
  // The summary holds the words: the summary, cut after 180 characters at a space.
  [
    'late fee',
    'en',
    'late-fee-charged',
    'A late fee is added when a payment has not reached us by its due date, often because an automatic card payment failed. No late fees apply while a reported return or problem is…',
    [
      [20, 24],
      [25, 28],
    ],
    [
      [2, 6],
      [7, 10],
      [122, 126],
      [127, 131],
    ],
  ],
  [
    'late fee',
    'en',
    'annual-fee',
    'No. There is no annual fee for your account, the app, the balance or our credit card. You only pay costs you have agreed to, such as interest on monthly financing, an optional…',
    [[24, 27]],
    [[23, 26]],
  ],
  // A body sentence, cut before the word it matched so that the word shows.
  [
    'send back an item',
    'en',
    'after-reporting-a-problem',
    "…in the app or on our website, for example an item that never arrived, a wrong or faulty item, a double charge or a purchase you don't recognise, a few things happen straight away.",
    [],
    [
      [46, 50],
      [89, 93],
    ],
  ],
  // A short body sentence as it is.
  ['damaged', 'en', 'buyer-protection', 'A wrong, damaged or faulty item.', [], [[9, 16]]],
  // A compound matched through its parts, a split query and an inflection.
  [
    'Rücksendeetikett',
    'de',
    'how-to-return',
    'Senden Sie die Artikel gemäß den Rücksendebedingungen des Shops zurück und melden Sie die Rücksendung dann in der App. Ihr Zahlungsplan wird pausiert, bis der Shop die Rücksendung…',
    [],
    [[33, 53]],
  ],
  ['betalplan', 'sv', 'first-instalment-higher', 'Kontrollera din betalplan', [[43, 52]], [[16, 25]]],
  [
    'remboursement colis',
    'fr',
    'return-registration-time',
    'Une fois le colis reçu, la boutique enregistre en général le retour et vous rembourse sous 3 à 14 jours ouvrés. Votre échéancier reste suspendu pendant ce temps : vous n’avez rien…',
    [],
    [
      [12, 17],
      [76, 85],
    ],
  ],
  // Right to left, with the article attached to the word.
  [
    'استرداد',
    'ar',
    'store-cashback',
    'تسوّق من المتاجر التي تحمل علامة الاسترداد النقدي في التطبيق وادفع معنا. يظهر الاسترداد النقدي معلّقًا، ثم يُضاف إلى رصيدك بعد أن يؤكد المتجر الشراء، عادةً خلال 30 إلى 60 يومًا.',
    [[13, 20]],
    [
      [33, 42],
      [78, 87],
    ],
  ],
];

const SNIPPET_LENGTH = 180;

/** The reference: every text read word by word for every hit, as the first version of the search did. */
function referenceHighlight(index: HelpIndex, text: string, terms: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    if (index.termsOf(match[0]).some((t) => terms.includes(t))) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

function referenceClip(text: string, focus: number): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  const start = Math.max(0, Math.min(focus - 40, text.length - SNIPPET_LENGTH));
  const cutStart = start === 0 ? 0 : text.indexOf(' ', start) + 1;
  let end = Math.min(text.length, cutStart + SNIPPET_LENGTH);
  if (end < text.length) end = text.lastIndexOf(' ', end);
  return `${cutStart > 0 ? '…' : ''}${text.slice(cutStart, end)}${end < text.length ? '…' : ''}`;
}

function referenceSnippet(index: HelpIndex, summary: string, body: string, terms: readonly string[], fields: readonly string[]): string {
  if (fields.includes('summary') && referenceHighlight(index, summary, terms).length > 0) return referenceClip(summary, 0);
  if (!fields.includes('body')) return referenceClip(summary, 0);
  for (const sentence of plainText(body).split(/(?<=[.!?])\s+|\n/)) {
    const ranges = referenceHighlight(index, sentence, terms);
    if (ranges.length > 0) return referenceClip(sentence, ranges[0]![0]);
  }
  return referenceClip(summary, 0);
}

const QUERIES: Partial<Record<ContentLocale, string[]>> = {
  en: ['late fee', 'send back an item', 'retrun my order', 'refund parcel', 'damaged', 'card charged twice', 'pay later', 'delete my data', 'instalment due date'],
  de: ['Rücksendeetikett', 'Ruecksendung', 'Zahlungsplan pausieren', 'Mahngebühr', 'Karte gesperrt'],
  sv: ['betalplan', 'returnera paket', 'förfallodatum', 'kortet nekades'],
  fr: ['remboursement colis', "l'article endommagé", 'frais de retard'],
  fi: ['palautus', 'maksusuunnitelma', 'kortti'],
  ar: ['استرداد', 'إرجاع الطلب'],
  he: ['החזרה', 'תשלום'],
  pl: ['zwrot paczki', 'opłata'],
};

describe('help search snippets and highlights', () => {
  const help = new HelpContent();

  it('shows the pinned snippets with the pinned highlights', () => {
    for (const [query, locale, slug, snippet, title, marks] of PINNED) {
      const hit = help.search(query, locale, 50).hits.find((h) => h.article.slug === slug);
      assert.ok(hit, `${query} (${locale}) finds ${slug}`);
      assert.equal(hit.snippet, snippet, `${query} (${locale}) → ${slug}`);
      assert.deepEqual(hit.highlights, { title, snippet: marks }, `${query} (${locale}) → ${slug}`);
    }
  });

  it('answers, for every hit, the snippet and highlights of reading each text word by word', () => {
    let compared = 0;
    for (const locale of CONTENT_LOCALES) {
      const index = new HelpIndex(
        locale,
        ARTICLES.map((a) => {
          const text = a.content[locale];
          return { id: a.id, title: text.title, keywords: text.keywords.join(' '), summary: text.summary, body: plainText(text.body) };
        }),
      );
      for (const query of [...(QUERIES[locale] ?? []), ...(QUERIES.en ?? [])]) {
        const answer = help.search(query, locale, 10);
        if (answer.locale !== locale) continue;
        const { matches } = index.search(query, 10);
        assert.deepEqual(
          answer.hits.map((h) => h.article.id),
          matches.map((m) => m.id),
        );
        answer.hits.forEach((hit, i) => {
          const match = matches[i]!;
          const text = ARTICLES.find((a) => a.id === match.id)!.content[locale];
          const snippet = referenceSnippet(index, text.summary, text.body, match.terms, match.fields);
          const where = `${query} (${locale}) → ${hit.article.slug}`;
          assert.equal(hit.snippet, snippet, where);
          assert.deepEqual(hit.highlights, { title: referenceHighlight(index, text.title, match.terms), snippet: referenceHighlight(index, snippet, match.terms) }, where);
          compared += 1;
        });
      }
    }
    assert.ok(compared > 300, `only ${compared} hits compared`);
  });

  it('answers the JSON of the answer it made, from the parts it prepared once', () => {
    let compared = 0;
    for (const locale of CONTENT_LOCALES) {
      // Twice: the second time the parts come from what the first search prepared.
      for (const round of [1, 2]) {
        for (const query of [...(QUERIES[locale] ?? []), ...(QUERIES.en ?? []), 'zzqx', '"quoted" \\ back\u2028slash']) {
          const answer = help.search(query, locale, round === 1 ? 10 : 3);
          assert.equal((answer as { [JSON_TEXT]?: string })[JSON_TEXT], JSON.stringify(answer), `${query} (${locale})`);
          compared += 1;
        }
      }
    }
    assert.ok(compared > 300);
  });
});
