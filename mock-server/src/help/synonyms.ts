import type { ContentLocale } from '../fixtures/help/types.js';

/**
 * Words shoppers use for the same thing, per content language, applied when a query is read: a word
 * or phrase of a group in the query also searches the other words of its group ("Retoure" finds
 * "Rücksendung", "send back" finds "return"). Written as shoppers write them; folded and stemmed
 * like every query word. A group only needs the words the help texts may not use themselves.
 */
export const SYNONYMS: Record<ContentLocale, readonly (readonly string[])[]> = {
  en: [
    ['return', 'send back', 'give back', 'take back'],
    ['refund', 'money back', 'reimbursement'],
    ['instalment', 'installment'],
    ['shop', 'store', 'merchant', 'seller', 'retailer'],
    ['parcel', 'package'],
    ['bill', 'invoice'],
    ['postpone', 'extend', 'delay', 'push back'],
    ['death', 'died', 'passed away', 'deceased'],
  ],
  sv: [
    ['retur', 'returnera', 'skicka tillbaka', 'lämna tillbaka'],
    ['återbetalning', 'pengarna tillbaka'],
    ['butik', 'butiken', 'handlare', 'säljare', 'webbshop'],
    ['paket', 'försändelse'],
    ['faktura', 'räkning'],
    ['skjuta upp', 'flytta', 'senarelägga'],
    ['dödsfall', 'död', 'dött', 'avliden', 'gått bort'],
  ],
  de: [
    ['Rücksendung', 'Retoure', 'zurückschicken', 'zurücksenden'],
    ['Erstattung', 'Rückerstattung', 'Geld zurück'],
    ['Händler', 'Shop', 'Verkäufer', 'Onlineshop'],
    ['Paket', 'Päckchen'],
    ['Rechnung', 'Abrechnung'],
    ['Mahnung', 'Zahlungserinnerung'],
    ['verschieben', 'aufschieben', 'Zahlungsaufschub', 'später zahlen'],
    ['Todesfall', 'verstorben', 'gestorben'],
  ],
  fr: [
    ['retour', 'retourner', 'renvoyer', 'rendre'],
    ['remboursement', 'rembourser', 'récupérer mon argent'],
    ['boutique', 'marchand', 'commerçant', 'vendeur', 'magasin'],
    ['colis', 'paquet'],
    ['échéance', 'mensualité', 'versement'],
    ['reporter', 'repousser', 'décaler'],
  ],
  es: [
    ['devolución', 'devolver', 'enviar de vuelta', 'mandar de vuelta'],
    ['reembolso', 'reembolsar', 'recuperar mi dinero'],
    ['tienda', 'comercio', 'vendedor', 'comerciante'],
    ['paquete', 'envío'],
    ['cuota', 'plazo'],
    ['aplazar', 'posponer', 'retrasar'],
  ],
  it: [
    ['reso', 'restituire', 'rispedire', 'rimandare indietro'],
    ['rimborso', 'rimborsare', 'soldi indietro'],
    ['negozio', 'commerciante', 'venditore', 'esercente'],
    ['pacco', 'spedizione'],
    ['rata', 'pagamento rateale'],
    ['posticipare', 'rimandare', 'rinviare'],
  ],
  nl: [
    ['retour', 'retourneren', 'terugsturen', 'terugzenden'],
    ['terugbetaling', 'geld terug', 'restitutie'],
    ['winkel', 'webshop', 'verkoper', 'webwinkel'],
    ['pakket', 'pakje'],
    ['termijn', 'betaaltermijn'],
    ['uitstellen', 'verschuiven', 'later betalen'],
  ],
  fi: [
    ['palautus', 'palauttaa', 'lähettää takaisin'],
    ['hyvitys', 'rahat takaisin', 'hyvittää'],
    ['kauppa', 'verkkokauppa', 'myyjä', 'kauppias'],
    ['paketti', 'lähetys'],
    ['erä', 'maksuerä'],
    ['siirtää', 'lykätä', 'maksunsiirto'],
  ],
  da: [
    ['returnering', 'retur', 'returnere', 'sende tilbage'],
    ['refusion', 'tilbagebetaling', 'pengene tilbage'],
    ['butik', 'forhandler', 'sælger', 'webshop'],
    ['pakke', 'forsendelse'],
    ['udskyde', 'rykke', 'betalingsudsættelse'],
  ],
  nb: [
    ['retur', 'returnere', 'sende tilbake', 'returnering'],
    ['refusjon', 'tilbakebetaling', 'pengene tilbake'],
    ['butikk', 'forhandler', 'selger', 'nettbutikk'],
    ['pakke', 'sending'],
    ['utsette', 'flytte', 'betalingsutsettelse'],
  ],
  pl: [
    ['zwrot', 'zwrócić', 'odesłać', 'oddać'],
    ['zwrot pieniędzy', 'refundacja', 'oddanie pieniędzy'],
    ['sklep', 'sprzedawca', 'sprzedawcy'],
    ['paczka', 'przesyłka'],
    ['rata', 'raty'],
    ['przesunąć', 'odroczyć', 'przełożyć'],
  ],
  ar: [
    ['إرجاع', 'استرجاع', 'إعادة', 'ارجاع'],
    ['استرداد', 'رد المبلغ', 'استرجاع المال'],
    ['متجر', 'تاجر', 'بائع'],
    ['طرد', 'شحنة'],
    ['قسط', 'دفعة'],
    ['تأجيل', 'تأخير'],
  ],
  cs: [
    ['vrácení', 'vrátit', 'poslat zpět', 'reklamace zboží'],
    ['refundace', 'vrácení peněz', 'peníze zpět'],
    ['obchod', 'e-shop', 'prodejce', 'obchodník'],
    ['balík', 'zásilka', 'balíček'],
    ['splátka', 'platba'],
    ['odložit', 'posunout', 'odklad'],
  ],
  pt: [
    ['devolução', 'devolver', 'enviar de volta', 'mandar de volta'],
    ['reembolso', 'reembolsar', 'dinheiro de volta'],
    ['loja', 'comerciante', 'vendedor'],
    ['encomenda', 'pacote', 'embalagem'],
    ['prestação', 'parcela'],
    ['adiar', 'prorrogar'],
  ],
  he: [
    // Verb forms a light stemmer cannot bring together (root and pattern): one sends back, I returned…
    ['החזרה', 'להחזיר', 'החזרת', 'מחזירים', 'מחזיר', 'החזרתי', 'לשלוח בחזרה', 'שולחים בחזרה', 'שולח בחזרה', 'שלחתי בחזרה'],
    ['החזר', 'החזר כספי', 'זיכוי'],
    ['חנות', 'סוחר', 'מוכר', 'בית עסק'],
    ['חבילה', 'משלוח'],
    ['תשלום', 'תשלומים'],
    ['לדחות', 'דחייה', 'להזיז'],
  ],
};
