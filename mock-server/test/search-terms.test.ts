import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ContentLocale } from '../src/fixtures/help/index.js';
import { HelpIndex } from '../src/help/search.js';
import { fold, processTerm } from '../src/help/terms.js';

/**
 * How words become search terms in each language: folding of diacritics and letter variants,
 * stemming, transliterations, synonyms. Each case is a pair of spellings a shopper and a help text
 * may use for the same word, which must meet on one term, or a word that must not.
 */

const same = (locale: ContentLocale, a: string, b: string) => assert.equal(processTerm(locale, a), processTerm(locale, b), `${locale}: ${a} / ${b}`);
const differ = (locale: ContentLocale, a: string, b: string) => assert.notEqual(processTerm(locale, a), processTerm(locale, b), `${locale}: ${a} / ${b}`);

/** A tiny index of two documents, and the ids a query finds, best first. */
function find(locale: ContentLocale, texts: [string, string], query: string): string[] {
  const index = new HelpIndex(
    locale,
    texts.map((body, i) => ({ id: `d${i}`, title: '', keywords: '', summary: '', body })),
  );
  return index.search(query, 5).matches.map((m) => m.id);
}

describe('help search terms', () => {
  it('folds Latin diacritics and the letters that do not decompose (ß æ ø œ ł)', () => {
    assert.equal(fold('Rücksendung'), 'rucksendung');
    assert.equal(fold('Straße'), 'strasse');
    assert.equal(fold('Kærlighed'), 'kaerlighed');
    assert.equal(fold('Køb'), 'kob');
    assert.equal(fold('płatność'), 'platnosc');
    assert.equal(fold('cœur'), 'coeur');
    assert.equal(fold('Přeprava'), 'preprava');
  });

  it('folds Arabic harakat, tatweel and letter variants: أ إ آ → ا, ى → ي, ة → ه', () => {
    assert.equal(fold('إِرْجَاع'), 'ارجاع');
    assert.equal(fold('أرجاع'), 'ارجاع');
    assert.equal(fold('آلة'), 'اله');
    assert.equal(fold('ارجـــاع'), 'ارجاع');
    assert.equal(fold('مستشفى'), 'مستشفي');
    same('ar', 'بطاقة', 'بطاقه');
    same('ar', 'الإرجاع', 'الارجاع');
  });

  it('folds Hebrew points and final letters', () => {
    assert.equal(fold('שָׁלוֹם'), 'שלומ');
    assert.equal(fold('כרטיסים'), fold('כרטיסימ'));
    assert.equal(fold('ך'), 'כ');
  });

  it('stems each language so inflected forms meet', () => {
    same('fr', 'remboursements', 'remboursement');
    same('fr', "l'argent", 'argent');
    same('it', "dell'ordine", 'ordine');
    same('it', 'pagamenti', 'pagamento');
    same('pt', 'devoluções', 'devolucao');
    same('es', 'devolucion', 'devoluciones');
    same('pl', 'zwrotu', 'zwrot');
    same('pl', 'zwrotem', 'zwroty');
    same('pl', 'płatności', 'platnosc');
    same('cs', 'karty', 'karta');
    same('cs', 'kartou', 'karta');
    same('cs', 'vrácení', 'vraceni');
    same('ar', 'والمرتجعات', 'المرتجعات');
    differ('fr', 'carte', 'compte');
  });

  it('meets accented and unaccented Spanish, Portuguese, French and Italian words on one stem', () => {
    const texts: [string, string] = ['Las devoluciones son gratis.', 'La tarjeta está bloqueada.'];
    for (const query of ['devolución', 'devolucion', 'devoluciones']) assert.deepEqual(find('es', texts, query), ['d0'], query);
    assert.deepEqual(find('es', ['Pide la devolución en la app.', 'La tarjeta está bloqueada.'], 'devoluciones'), ['d0']);
    assert.deepEqual(find('pt', ['As devoluções são gratuitas.', 'O cartão está bloqueado.'], 'devolucao'), ['d0']);
    assert.deepEqual(find('fr', ['Les échéances sont mensuelles.', 'La carte est bloquée.'], 'echeance'), ['d0']);
  });

  it('keeps content words out of the stop word lists', () => {
    for (const [locale, word] of [
      ['es', 'cuenta'],
      ['es', 'tarde'],
      ['ar', 'إعادة'],
      ['ar', 'رجع'],
    ] as const) {
      assert.notEqual(processTerm(locale, word), null, `${locale} ${word}`);
    }
    for (const [locale, word] of [
      ['fr', 'les'],
      ['nl', 'het'],
      ['pl', 'się'],
      ['cs', 'jsem'],
      ['he', 'של'],
    ] as const) {
      assert.equal(processTerm(locale, word), null, `${locale} ${word}`);
    }
  });

  it('finds a word typed with ae/oe/ue for ä/ö/ü, or aa for å', () => {
    const texts: [string, string] = ['Die Rücksendung ist kostenlos.', 'Die Karte ist gesperrt.'];
    for (const query of ['Rücksendung', 'Rucksendung', 'Ruecksendung']) assert.deepEqual(find('de', texts, query), ['d0'], query);
    assert.deepEqual(find('da', ['Renten på saldoen er årlig.', 'Kortet er spærret.'], 'aarlig'), ['d0']);
  });

  it('strips Hebrew prefix letters and plural endings when what is left is a word of the texts', () => {
    const texts: [string, string] = ['איך חוסמים כרטיס אשראי שאבד.', 'מתי מגיע ההחזר על ההזמנה.'];
    assert.deepEqual(find('he', texts, 'בכרטיס'), ['d0']);
    assert.deepEqual(find('he', texts, 'והכרטיסים'), ['d0']);
    assert.deepEqual(find('he', texts, 'הזמנה'), ['d1']);
  });

  it('searches the synonyms of a word or phrase: Retoure finds Rücksendung, send back finds return', () => {
    assert.deepEqual(find('de', ['So melden Sie eine Rücksendung an.', 'So bezahlen Sie eine Rechnung.'], 'Retoure'), ['d0']);
    assert.deepEqual(find('en', ['How to return an item to the shop.', 'How to pay an invoice late.'], 'send back'), ['d0']);
    assert.deepEqual(find('fr', ['Comment faire un retour de colis.', 'Comment payer une facture.'], 'renvoyer'), ['d0']);
    // Without the synonym the word alone finds nothing.
    assert.deepEqual(find('de', ['So melden Sie eine Rücksendung an.', 'So bezahlen Sie eine Rechnung.'], 'Päckchenaufkleber'), []);
  });

  it('splits compounds in Dutch, Danish, Norwegian and Finnish', () => {
    assert.deepEqual(find('nl', ['Het retour is gratis met het label.', 'Je betaling is gelukt.'], 'retourlabel'), ['d0']);
    assert.deepEqual(find('da', ['Du får et gebyr ved en rykker.', 'Din returnering er modtaget.'], 'rykkergebyr'), ['d0']);
    assert.deepEqual(find('nb', ['Et brev fra inkasso om kravet.', 'Kortet ditt er sperret.'], 'inkassobrev'), ['d0']);
    assert.deepEqual(find('fi', ['Palautus on ilmainen, osoite on lapussa.', 'Kortti on suljettu.'], 'palautusosoite'), ['d0']);
  });
});
