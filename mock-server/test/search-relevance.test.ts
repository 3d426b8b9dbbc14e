import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SearchResponse } from '@assist/contract';
import { CONTENT_LOCALES, type ContentLocale } from '../src/fixtures/help/index.js';
import { setup } from './support.js';

/**
 * Search relevance: what shoppers type, in their words, with their typos, in every content language,
 * with compounds where the language makes them and without diacritics, and the article that must
 * come back in the top 3. Queries are not titles; a realistic query that fails is a reason to
 * improve the search, not to drop it from this table.
 */
type Kind = 'plain' | 'misspelt' | Exclude<ContentLocale, 'en'>;
type Case = [kind: Kind, locale: ContentLocale, query: string, slug: string];

const CASES: Case[] = [
  // English: plain words, or another phrasing than the article's
  ['plain', 'en', 'when is my next payment due', 'where-is-my-payment-plan'],
  ['plain', 'en', 'first payment was bigger than the rest', 'first-instalment-higher'],
  ['plain', 'en', 'money taken two times', 'charged-twice'],
  ['plain', 'en', 'same order shows up twice in the app', 'two-orders-for-one'],
  ['plain', 'en', 'error message when I try to pay my bill', 'error-when-paying'],
  ['plain', 'en', 'shop only sent some of my items', 'partial-order-confirmation'],
  ['plain', 'en', 'letter from a debt collector', 'debt-in-collection'],
  ['plain', 'en', 'send back an item', 'how-to-return'],
  ['plain', 'en', 'paid with a voucher and want to return it', 'return-gift-card-order'],
  ['plain', 'en', 'got a payment reminder but I sent the parcel back', 'reminder-after-return'],
  ['plain', 'en', 'shop says they never got my return', 'return-not-registered'],
  ['plain', 'en', 'seller is not answering my emails', 'store-not-responding'],
  ['plain', 'en', 'age limit', 'who-can-pay'],
  ['plain', 'en', 'which shops accept you', 'where-can-i-pay'],
  ['plain', 'en', 'pay for my streaming subscription', 'subscriptions-and-on-demand'],
  ['plain', 'en', 'raise my credit limit', 'spending-limit'],
  ['plain', 'en', 'use it at the till in a physical shop', 'pay-in-store'],
  ['plain', 'en', 'payment not working on vacation', 'paying-while-abroad'],
  ['plain', 'en', 'is there a yearly fee', 'annual-fee'],
  ['plain', 'en', 'my mother passed away', 'bankruptcy-trusteeship-death'],
  ['plain', 'en', 'my card was stolen', 'block-or-cancel-credit-card'],
  ['plain', 'en', 'top up my balance', 'add-money-to-balance'],
  ['plain', 'en', 'move money from my balance to my bank account', 'withdraw-from-balance'],
  ['plain', 'en', 'delete my personal data', 'privacy-and-your-data'],
  ['plain', 'en', 'suspicious email asking for my password', 'security-and-fraud'],
  ['plain', 'en', 'where do I see what I owe', 'where-is-my-payment-plan'],
  ['plain', 'en', 'card blocked at checkout', 'card-purchase-declined'],
  ['plain', 'en', 'someone used my account without permission', 'security-and-fraud'],
  ['plain', 'en', 'paying my credit card bill', 'pay-credit-card-purchases'],
  ['plain', 'en', 'gdpr request', 'privacy-and-your-data'],
  ['plain', 'en', 'earn interest', 'balance-interest'],
  ['plain', 'en', 'how do I send back shoes', 'how-to-return'],
  ['plain', 'en', 'can I pay a bit later this month', 'postpone-a-payment'],
  // English, misspelt
  ['misspelt', 'en', 'retrun my order', 'how-to-return'],
  ['misspelt', 'en', 'chagred twice', 'charged-twice'],
  ['misspelt', 'en', 'lat fee', 'late-fee-charged'],
  ['misspelt', 'en', 'intrest on my balance', 'balance-interest'],
  ['misspelt', 'en', 'cancel subscribtion', 'subscriptions-and-on-demand'],
  ['misspelt', 'en', 'when will my credti card arrive', 'credit-card-delivery'],
  ['misspelt', 'en', 'withdrawl money', 'withdraw-from-balance'],
  ['misspelt', 'en', 'colection agency', 'debt-in-collection'],
  ['misspelt', 'en', 'cashbak', 'store-cashback'],
  ['misspelt', 'en', 'block my crad', 'block-or-cancel-credit-card'],
  ['misspelt', 'en', 'anual fee', 'annual-fee'],
  ['misspelt', 'en', 'acount statments', 'balance-statements'],
  ['misspelt', 'en', 'recieve refund on balance', 'refunds-to-balance'],
  ['misspelt', 'en', 'decliend card purchase', 'card-purchase-declined'],
  ['misspelt', 'en', 'bankrupcy', 'bankruptcy-trusteeship-death'],
  ['misspelt', 'en', 'subscripton', 'subscriptions-and-on-demand'],
  // Swedish: compounds, inflected forms, no diacritics
  ['sv', 'sv', 'returfrakt', 'how-to-return'],
  ['sv', 'sv', 'returadress', 'how-to-return'],
  ['sv', 'sv', 'kreditkortet är stulet', 'block-or-cancel-credit-card'],
  ['sv', 'sv', 'kortspärr', 'block-or-cancel-credit-card'],
  ['sv', 'sv', 'paminnelse fast jag returnerat', 'reminder-after-return'],
  ['sv', 'sv', 'betalningspaminnelse efter retur', 'reminder-after-return'],
  ['sv', 'sv', 'dubbeldebiterad', 'charged-twice'],
  ['sv', 'sv', 'ranta pa saldot', 'balance-interest'],
  ['sv', 'sv', 'saldoränta', 'balance-interest'],
  ['sv', 'sv', 'inkassobrev', 'debt-in-collection'],
  ['sv', 'sv', 'köpa presentkort', 'pay-for-gift-cards'],
  ['sv', 'sv', 'ansöka om kreditkort', 'apply-for-credit-card'],
  ['sv', 'sv', 'ta ut pengar fran saldot', 'withdraw-from-balance'],
  ['sv', 'sv', 'betala utomlands', 'paying-while-abroad'],
  ['sv', 'sv', 'kreditkortet har inte kommit', 'credit-card-delivery'],
  ['sv', 'sv', 'kreditkortsleverans', 'credit-card-delivery'],
  ['sv', 'sv', 'arsavgift', 'annual-fee'],
  ['sv', 'sv', 'forseningsavgift', 'late-fee-charged'],
  ['sv', 'sv', 'butiken svarar inte', 'store-not-responding'],
  ['sv', 'sv', 'kortet funkar inte i butiken', 'card-purchase-declined'],
  ['sv', 'sv', 'min pappa har dött', 'bankruptcy-trusteeship-death'],
  ['sv', 'sv', 'stulet kort', 'block-or-cancel-credit-card'],
  ['sv', 'sv', 'ladda saldot', 'add-money-to-balance'],
  ['sv', 'sv', 'varför två ordrar', 'two-orders-for-one'],
  ['sv', 'sv', 'hur skickar jag tillbaka skor', 'how-to-return'],
  ['sv', 'sv', 'skjuta upp betalningen', 'postpone-a-payment'],
  // German: compounds, inflected forms, no umlauts
  ['de', 'de', 'Rücksendeetikett', 'how-to-return'],
  ['de', 'de', 'Rucksendeadresse', 'how-to-return'],
  ['de', 'de', 'erste Rate hoher', 'first-instalment-higher'],
  ['de', 'de', 'Ratenzahlung', 'first-instalment-higher'],
  ['de', 'de', 'Mahngebuhr', 'late-fee-charged'],
  ['de', 'de', 'wie vermeide ich Mahngebuhren', 'avoid-late-fees'],
  ['de', 'de', 'doppelt abgebucht', 'charged-twice'],
  ['de', 'de', 'Kreditkarte gestohlen', 'block-or-cancel-credit-card'],
  ['de', 'de', 'Kartensperre', 'block-or-cancel-credit-card'],
  ['de', 'de', 'Kreditkartenlieferung', 'credit-card-delivery'],
  ['de', 'de', 'Rucksendung nicht angekommen', 'return-not-registered'],
  ['de', 'de', 'Mahnung obwohl zurückgeschickt', 'reminder-after-return'],
  ['de', 'de', 'Inkassobrief', 'debt-in-collection'],
  ['de', 'de', 'Zinsen auf Guthaben', 'balance-interest'],
  ['de', 'de', 'Geld vom Guthaben abheben', 'withdraw-from-balance'],
  ['de', 'de', 'Kreditkartenabrechnung bezahlen', 'pay-credit-card-purchases'],
  ['de', 'de', 'Jahresgebuhr', 'annual-fee'],
  ['de', 'de', 'Händler antwortet nicht', 'store-not-responding'],
  ['de', 'de', 'Geschenkkartenkauf', 'pay-for-gift-cards'],
  ['de', 'de', 'Kontoauszug herunterladen', 'balance-statements'],
  ['de', 'de', 'Abo bezahlen', 'subscriptions-and-on-demand'],
  ['de', 'de', 'Konto gehackt', 'security-and-fraud'],
  ['de', 'de', 'Todesfall melden', 'bankruptcy-trusteeship-death'],
  ['de', 'de', 'Guthaben aufladen', 'add-money-to-balance'],
  ['de', 'de', 'Warenrücksendung', 'how-to-return'],
  ['de', 'de', 'wie schicke ich Schuhe zurück', 'how-to-return'],
  ['de', 'de', 'Ruecksendung Schuhe', 'how-to-return'],
  ['de', 'de', 'Retoure anmelden', 'how-to-return'],
  ['de', 'de', 'Zahlung verschieben', 'postpone-a-payment'],
  // French: vous-form questions, elisions, no accents
  ['fr', 'fr', 'comment renvoyer des chaussures', 'how-to-return'],
  ['fr', 'fr', "on m'a prélevé deux fois", 'charged-twice'],
  ['fr', 'fr', 'penalite de retard', 'late-fee-charged'],
  ['fr', 'fr', 'carte volée', 'block-or-cancel-credit-card'],
  ['fr', 'fr', 'remboursement sur mon solde', 'refunds-to-balance'],
  ['fr', 'fr', 'lettre d’une société de recouvrement', 'debt-in-collection'],
  ['fr', 'fr', 'le vendeur ne repond pas', 'store-not-responding'],
  ['fr', 'fr', "payer a l'etranger", 'paying-while-abroad'],
  ['fr', 'fr', 'premiere mensualite plus chere', 'first-instalment-higher'],
  ['fr', 'fr', "retirer de l'argent de mon solde", 'withdraw-from-balance'],
  ['fr', 'fr', 'supprimer mes donnees personnelles', 'privacy-and-your-data'],
  ['fr', 'fr', 'rembourssement carte de credit', 'credit-card-refund'],
  ['fr', 'fr', 'décaler une échéance', 'postpone-a-payment'],
  ['fr', 'fr', 'cotisation annuelle', 'annual-fee'],
  // Spanish: tú-form, no accents, typos
  ['es', 'es', 'como devuelvo unos zapatos', 'how-to-return'],
  ['es', 'es', 'me cobraron dos veces', 'charged-twice'],
  ['es', 'es', 'recargo por pagar tarde', 'late-fee-charged'],
  ['es', 'es', 'me robaron la tarjeta', 'block-or-cancel-credit-card'],
  ['es', 'es', 'carta de una agencia de cobros', 'debt-in-collection'],
  ['es', 'es', 'la tienda no contesta', 'store-not-responding'],
  ['es', 'es', 'pagar en el extranjero', 'paying-while-abroad'],
  ['es', 'es', 'primera cuota mas alta', 'first-instalment-higher'],
  ['es', 'es', 'sacar dinero del saldo', 'withdraw-from-balance'],
  ['es', 'es', 'borrar mis datos personales', 'privacy-and-your-data'],
  ['es', 'es', 'intereses del saldo', 'balance-interest'],
  ['es', 'es', 'reembolzo tarjeta de credito', 'credit-card-refund'],
  ['es', 'es', 'aplazar un pago', 'postpone-a-payment'],
  ['es', 'es', 'limite de gasto', 'spending-limit'],
  ['es', 'es', 'devolusion de un pedido', 'how-to-return'],
  // Italian
  ['it', 'it', 'come rispedisco delle scarpe', 'how-to-return'],
  ['it', 'it', 'addebitato due volte', 'charged-twice'],
  ['it', 'it', 'commissione per pagamento in ritardo', 'late-fee-charged'],
  ['it', 'it', 'carta rubata', 'block-or-cancel-credit-card'],
  ['it', 'it', 'lettera di recupero crediti', 'debt-in-collection'],
  ['it', 'it', 'il negozio non risponde', 'store-not-responding'],
  ['it', 'it', "pagare all'estero", 'paying-while-abroad'],
  ['it', 'it', 'prima rata piu alta', 'first-instalment-higher'],
  ['it', 'it', 'prelevare soldi dal saldo', 'withdraw-from-balance'],
  ['it', 'it', 'cancellare i miei dati personali', 'privacy-and-your-data'],
  ['it', 'it', 'interessi sul saldo', 'balance-interest'],
  ['it', 'it', 'rimborzo carta di credito', 'credit-card-refund'],
  ['it', 'it', 'posticipare un pagamento', 'postpone-a-payment'],
  ['it', 'it', 'resso ordine', 'how-to-return'],
  ['it', 'it', 'sollecito di pagamento dopo il reso', 'reminder-after-return'],
  // Dutch: compounds, separable verbs
  ['nl', 'nl', 'hoe stuur ik schoenen terug', 'how-to-return'],
  ['nl', 'nl', 'dubbel afgeschreven', 'charged-twice'],
  ['nl', 'nl', 'aanmaningskosten', 'late-fee-charged'],
  ['nl', 'nl', 'creditcard gestolen', 'block-or-cancel-credit-card'],
  ['nl', 'nl', 'brief van incassobureau', 'debt-in-collection'],
  ['nl', 'nl', 'winkel reageert niet', 'store-not-responding'],
  ['nl', 'nl', 'betalen in het buitenland', 'paying-while-abroad'],
  ['nl', 'nl', 'eerste termijn hoger', 'first-instalment-higher'],
  ['nl', 'nl', 'geld van saldo opnemen', 'withdraw-from-balance'],
  ['nl', 'nl', 'persoonsgegevens verwijderen', 'privacy-and-your-data'],
  ['nl', 'nl', 'rente op saldo', 'balance-interest'],
  ['nl', 'nl', 'retourlabel', 'how-to-return'],
  ['nl', 'nl', 'betaling uitstellen', 'postpone-a-payment'],
  ['nl', 'nl', 'retourkosten', 'how-to-return'],
  ['nl', 'nl', 'betalingsherinnering na retour', 'reminder-after-return'],
  ['nl', 'nl', 'cadeaubon kopen', 'pay-for-gift-cards'],
  // Finnish: compounds, cases, no diacritics
  ['fi', 'fi', 'miten palautan kengät', 'how-to-return'],
  ['fi', 'fi', 'veloitettiin kahdesti', 'charged-twice'],
  ['fi', 'fi', 'myohastymismaksu', 'late-fee-charged'],
  ['fi', 'fi', 'luottokortti varastettu', 'block-or-cancel-credit-card'],
  ['fi', 'fi', 'kirje perintätoimistolta', 'debt-in-collection'],
  ['fi', 'fi', 'kauppa ei vastaa viesteihin', 'store-not-responding'],
  ['fi', 'fi', 'maksaminen ulkomailla', 'paying-while-abroad'],
  ['fi', 'fi', 'ensimmäinen erä isompi', 'first-instalment-higher'],
  ['fi', 'fi', 'nostaa rahaa saldolta', 'withdraw-from-balance'],
  ['fi', 'fi', 'henkilotietojen poisto', 'privacy-and-your-data'],
  ['fi', 'fi', 'korko saldolle', 'balance-interest'],
  ['fi', 'fi', 'palautusosoite', 'how-to-return'],
  ['fi', 'fi', 'lisää maksuaikaa', 'postpone-a-payment'],
  ['fi', 'fi', 'vuosimaksu', 'annual-fee'],
  ['fi', 'fi', 'luottokorttihakemus', 'apply-for-credit-card'],
  ['fi', 'fi', 'maksumuistutus palautuksen jälkeen', 'reminder-after-return'],
  // Danish: compounds, aa for å
  ['da', 'da', 'hvordan sender jeg sko tilbage', 'how-to-return'],
  ['da', 'da', 'trukket to gange', 'charged-twice'],
  ['da', 'da', 'rykkergebyr', 'late-fee-charged'],
  ['da', 'da', 'kreditkort stjålet', 'block-or-cancel-credit-card'],
  ['da', 'da', 'brev fra inkassobureau', 'debt-in-collection'],
  ['da', 'da', 'butikken svarer ikke', 'store-not-responding'],
  ['da', 'da', 'betale i udlandet', 'paying-while-abroad'],
  ['da', 'da', 'første rate højere', 'first-instalment-higher'],
  ['da', 'da', 'hæve penge fra saldo', 'withdraw-from-balance'],
  ['da', 'da', 'slette mine persondata', 'privacy-and-your-data'],
  ['da', 'da', 'rente paa saldoen', 'balance-interest'],
  ['da', 'da', 'returlabel', 'how-to-return'],
  ['da', 'da', 'udskyde betaling', 'postpone-a-payment'],
  ['da', 'da', 'kreditkortansøgning', 'apply-for-credit-card'],
  ['da', 'da', 'betalingspaamindelse efter returnering', 'reminder-after-return'],
  // Norwegian (bokmål): compounds
  ['nb', 'nb', 'hvordan sender jeg tilbake sko', 'how-to-return'],
  ['nb', 'nb', 'trukket to ganger', 'charged-twice'],
  ['nb', 'nb', 'purregebyr', 'late-fee-charged'],
  ['nb', 'nb', 'kredittkortet er stjålet', 'block-or-cancel-credit-card'],
  ['nb', 'nb', 'inkassobrev', 'debt-in-collection'],
  ['nb', 'nb', 'butikken svarer ikke', 'store-not-responding'],
  ['nb', 'nb', 'betale i utlandet', 'paying-while-abroad'],
  ['nb', 'nb', 'første avdrag høyere', 'first-instalment-higher'],
  ['nb', 'nb', 'ta ut penger fra saldoen', 'withdraw-from-balance'],
  ['nb', 'nb', 'slette personopplysninger', 'privacy-and-your-data'],
  ['nb', 'nb', 'rente paa saldo', 'balance-interest'],
  ['nb', 'nb', 'returlapp', 'how-to-return'],
  ['nb', 'nb', 'utsette betalingen', 'postpone-a-payment'],
  ['nb', 'nb', 'kredittkortsøknad', 'apply-for-credit-card'],
  ['nb', 'nb', 'betalingspåminnelse etter retur', 'reminder-after-return'],
  // Polish: cases, no diacritics
  ['pl', 'pl', 'jak odesłać buty', 'how-to-return'],
  ['pl', 'pl', 'pobrano dwa razy', 'charged-twice'],
  ['pl', 'pl', 'opłata za spóźnienie', 'late-fee-charged'],
  ['pl', 'pl', 'skradziona karta', 'block-or-cancel-credit-card'],
  ['pl', 'pl', 'list od firmy windykacyjnej', 'debt-in-collection'],
  ['pl', 'pl', 'sklep nie odpowiada', 'store-not-responding'],
  ['pl', 'pl', 'placenie za granica', 'paying-while-abroad'],
  ['pl', 'pl', 'pierwsza rata wyzsza', 'first-instalment-higher'],
  ['pl', 'pl', 'wypłata pieniędzy z salda', 'withdraw-from-balance'],
  ['pl', 'pl', 'usunąć moje dane osobowe', 'privacy-and-your-data'],
  ['pl', 'pl', 'oprocentowanie salda', 'balance-interest'],
  ['pl', 'pl', 'zwrot pieniedzy na karte kredytowa', 'credit-card-refund'],
  ['pl', 'pl', 'przesunąć termin płatności', 'postpone-a-payment'],
  ['pl', 'pl', 'przypomnienie o płatności po zwrocie', 'reminder-after-return'],
  // Czech: cases, no diacritics
  ['cs', 'cs', 'jak poslat zpět boty', 'how-to-return'],
  ['cs', 'cs', 'strženo dvakrát', 'charged-twice'],
  ['cs', 'cs', 'poplatek z prodlení', 'late-fee-charged'],
  ['cs', 'cs', 'ukradená karta', 'block-or-cancel-credit-card'],
  ['cs', 'cs', 'dopis od inkasní agentury', 'debt-in-collection'],
  ['cs', 'cs', 'obchod neodpovida', 'store-not-responding'],
  ['cs', 'cs', 'placeni v zahranici', 'paying-while-abroad'],
  ['cs', 'cs', 'prvni splatka vyssi', 'first-instalment-higher'],
  ['cs', 'cs', 'vybrat peníze ze zůstatku', 'withdraw-from-balance'],
  ['cs', 'cs', 'smazat osobní údaje', 'privacy-and-your-data'],
  ['cs', 'cs', 'úrok ze zůstatku', 'balance-interest'],
  ['cs', 'cs', 'vraceni penez na kreditni kartu', 'credit-card-refund'],
  ['cs', 'cs', 'odložit splátku', 'postpone-a-payment'],
  ['cs', 'cs', 'upominka po vraceni zbozi', 'reminder-after-return'],
  // Portuguese (Portugal)
  ['pt', 'pt', 'como envio de volta uns sapatos', 'how-to-return'],
  ['pt', 'pt', 'cobraram-me duas vezes', 'charged-twice'],
  ['pt', 'pt', 'multa por atraso', 'late-fee-charged'],
  ['pt', 'pt', 'roubaram o meu cartão', 'block-or-cancel-credit-card'],
  ['pt', 'pt', 'carta de uma empresa de cobranças', 'debt-in-collection'],
  ['pt', 'pt', 'a loja nao responde', 'store-not-responding'],
  ['pt', 'pt', 'pagar no estrangeiro', 'paying-while-abroad'],
  ['pt', 'pt', 'primeira prestacao mais alta', 'first-instalment-higher'],
  ['pt', 'pt', 'levantar dinheiro do saldo', 'withdraw-from-balance'],
  ['pt', 'pt', 'apagar os meus dados pessoais', 'privacy-and-your-data'],
  ['pt', 'pt', 'juros do saldo', 'balance-interest'],
  ['pt', 'pt', 'reembolço no cartão de crédito', 'credit-card-refund'],
  ['pt', 'pt', 'mais tempo para pagar', 'postpone-a-payment'],
  // Arabic: with and without hamza, teh marbuta typed as heh
  ['ar', 'ar', 'كيف ارجع الحذاء', 'how-to-return'],
  ['ar', 'ar', 'تم خصم المبلغ مرتين', 'charged-twice'],
  ['ar', 'ar', 'رسوم التأخير', 'late-fee-charged'],
  ['ar', 'ar', 'سرقت بطاقتي', 'block-or-cancel-credit-card'],
  ['ar', 'ar', 'رسالة من شركة تحصيل', 'debt-in-collection'],
  ['ar', 'ar', 'المتجر لا يرد', 'store-not-responding'],
  ['ar', 'ar', 'الدفع في الخارج', 'paying-while-abroad'],
  ['ar', 'ar', 'القسط الاول اعلى', 'first-instalment-higher'],
  ['ar', 'ar', 'سحب المال من الرصيد', 'withdraw-from-balance'],
  ['ar', 'ar', 'حذف بياناتي الشخصيه', 'privacy-and-your-data'],
  ['ar', 'ar', 'فوائد على الرصيد', 'balance-interest'],
  ['ar', 'ar', 'استرداد المبلغ إلى البطاقة الائتمانية', 'credit-card-refund'],
  ['ar', 'ar', 'تأجيل دفعة', 'postpone-a-payment'],
  ['ar', 'ar', 'بطاقه هديه', 'pay-for-gift-cards'],
  ['ar', 'ar', 'أريد إرجاع طلبي', 'how-to-return'],
  // Hebrew: prefix letters, plural endings
  ['he', 'he', 'איך שולחים בחזרה נעליים', 'how-to-return'],
  ['he', 'he', 'חייבו אותי פעמיים', 'charged-twice'],
  ['he', 'he', 'דמי איחור', 'late-fee-charged'],
  ['he', 'he', 'הכרטיס נגנב', 'block-or-cancel-credit-card'],
  ['he', 'he', 'מכתב מחברת גבייה', 'debt-in-collection'],
  ['he', 'he', 'החנות לא עונה', 'store-not-responding'],
  ['he', 'he', 'לשלם בחוץ לארץ', 'paying-while-abroad'],
  ['he', 'he', 'התשלום הראשון גבוה יותר', 'first-instalment-higher'],
  ['he', 'he', 'למשוך כסף מהיתרה', 'withdraw-from-balance'],
  ['he', 'he', 'למחוק את המידע האישי שלי', 'privacy-and-your-data'],
  ['he', 'he', 'ריבית על היתרה', 'balance-interest'],
  ['he', 'he', 'זיכוי לכרטיס האשראי', 'credit-card-refund'],
  ['he', 'he', 'לדחות תשלום', 'postpone-a-payment'],
  ['he', 'he', 'כרטיס מתנה', 'pay-for-gift-cards'],
  ['he', 'he', 'תזכורת תשלום אחרי החזרה', 'reminder-after-return'],
];

const MINIMUM_PER_KIND: Record<Kind, number> = {
  plain: 16,
  misspelt: 10,
  ...(Object.fromEntries(CONTENT_LOCALES.filter((l) => l !== 'en').map((l) => [l, 12])) as Record<Exclude<ContentLocale, 'en'>, number>),
};
const WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}][\p{L}\p{M}]*)?$/u;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);

async function searchAll() {
  const { call } = setup();
  const results: { kase: Case; result: SearchResponse }[] = [];
  for (const kase of CASES) {
    const [, locale, query] = kase;
    const answer = await call('GET', `/v1/help/search?q=${encodeURIComponent(query)}&locale=${locale}`);
    assert.equal(answer.status, 200, `${query}: ${JSON.stringify(answer.body)}`);
    results.push({ kase, result: SearchResponse.parse(answer.body) });
  }
  return { call, results };
}

describe('help search relevance', () => {
  it('has at least 16 English, 10 misspelt and 12 queries in every other language, each for an existing article', async () => {
    assert.ok(CASES.length >= 48, `${CASES.length} queries`);
    // "How do I send back shoes", in every language.
    for (const locale of CONTENT_LOCALES)
      assert.ok(
        CASES.some(([, l, , slug]) => l === locale && slug === 'how-to-return'),
        `${locale}: no query for sending something back`,
      );
    for (const [kind, minimum] of Object.entries(MINIMUM_PER_KIND)) {
      const count = CASES.filter(([k]) => k === kind).length;
      assert.ok(count >= minimum, `${count} ${kind} queries, want at least ${minimum}`);
    }
    assert.equal(new Set(CASES.map(([, locale, query]) => `${locale} ${query}`)).size, CASES.length, 'a query is listed twice');
    const { call } = setup();
    for (const slug of new Set(CASES.map(([, , , s]) => s))) {
      assert.equal((await call('GET', `/v1/help/articles/${slug}`)).status, 200, `no article ${slug}`);
    }
  });

  it('finds the expected article in the top 3 for at least 90 % of the queries of every language', async () => {
    const { results } = await searchAll();
    const misses: string[] = [];
    const perLocale = new Map<ContentLocale, { hits: number; count: number }>();
    for (const { kase, result } of results) {
      const [kind, locale, query, slug] = kase;
      const slugs = result.hits.map((h) => h.article.slug);
      const tally = perLocale.get(locale) ?? { hits: 0, count: 0 };
      perLocale.set(locale, tally);
      tally.count += 1;
      if (slugs.slice(0, 3).includes(slug)) tally.hits += 1;
      else {
        const rank = slugs.indexOf(slug);
        misses.push(`${kind} ${locale} "${query}": want ${slug} (${rank < 0 ? 'not in the hits' : `rank ${rank + 1}`}), got ${slugs.slice(0, 3).join(', ') || 'nothing'}`);
      }
    }
    const hits = results.length - misses.length;
    const percent = (hits / results.length) * 100;
    console.log(`search relevance: ${hits}/${results.length} in top 3 (${percent.toFixed(1)} %)`);
    console.log(`  by language: ${[...perLocale].map(([locale, t]) => `${locale} ${t.hits}/${t.count}`).join(', ')}`);
    if (misses.length > 0) console.log(`search relevance misses:\n  ${misses.join('\n  ')}`);
    for (const [locale, t] of perLocale) {
      assert.ok(t.hits / t.count >= 0.9, `${locale}: ${t.hits}/${t.count} in the top 3, under 90 %; misses:\n  ${misses.filter((m) => m.includes(` ${locale} "`)).join('\n  ')}`);
    }
  });

  it("answers every language's queries in that language, without falling back to English", async () => {
    const { results } = await searchAll();
    for (const { kase, result } of results) {
      const [, locale, query] = kase;
      assert.equal(result.locale, locale, query);
      assert.equal(result.fallback, false, query);
    }
  });

  it('highlights whole words of the title and snippet, in order, for every query of the table', async () => {
    const { results } = await searchAll();
    let highlighted = 0;
    for (const { kase, result } of results) {
      for (const hit of result.hits) {
        for (const [text, ranges] of [
          [hit.article.title, hit.highlights.title],
          [hit.snippet, hit.highlights.snippet],
        ] as const) {
          let previousEnd = 0;
          for (const [start, end] of ranges) {
            assert.ok(start >= previousEnd && start < end && end <= text.length, `${kase[2]}: range ${start}-${end} in "${text}"`);
            assert.match(text.slice(start, end), WORD, `${kase[2]}: "${text.slice(start, end)}" is not a word`);
            assert.ok(!isWordChar(text[start - 1]) && !isWordChar(text[end]), `${kase[2]}: "${text.slice(start, end)}" is part of a word in "${text}"`);
            previousEnd = end;
            highlighted += 1;
          }
        }
      }
    }
    assert.ok(highlighted > CASES.length, `only ${highlighted} highlighted words`);
  });

  it('highlights the compound words a split query matched', async () => {
    const { call } = setup();
    const result = SearchResponse.parse((await call('GET', '/v1/help/search?q=Inkassobrief&locale=de')).body);
    const hit = result.hits.find((h) => h.article.slug === 'debt-in-collection');
    assert.ok(hit);
    const words = hit.highlights.snippet.map(([start, end]) => hit.snippet.slice(start, end).toLowerCase());
    assert.ok(words.length > 0 && words.every((w) => w.startsWith('inkasso')), words.join(', '));
    const sv = SearchResponse.parse((await call('GET', '/v1/help/search?q=returfrakt&locale=sv')).body);
    const top = sv.hits[0]!;
    const titleWords = top.highlights.title.map(([start, end]) => top.article.title.slice(start, end).toLowerCase());
    assert.ok(titleWords.length > 0 && titleWords.every((w) => w.startsWith('retur')), titleWords.join(', '));
  });
});
