/**
 * What a shopper's message is about, from keyword rules in every language the UI ships.
 * A keyword is one or more words; a word ending in `*` matches any word starting with it.
 * Arabic keywords match anywhere in the text, as its words take attached prefixes (ال, و, ب).
 */

export const UI_LANGUAGES = ['en', 'sv', 'de', 'fr', 'es', 'it', 'nl', 'fi', 'da', 'nb', 'pl', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Intents that do something or route the chat, in the order they win over each other. */
export const ACTION_INTENTS = ['fraud', 'human', 'callback', 'extend_due_date', 'hold', 'refund_status', 'return_status', 'order_status', 'payment_plan'] as const;
/** Intents answered with one article. */
export const ARTICLE_INTENTS = ['charged_twice', 'late_fee', 'complaint'] as const;
export const TOPIC_INTENTS = ['payments', 'returns', 'problems', 'card', 'balance', 'account'] as const;
export const SOCIAL_INTENTS = ['greeting', 'thanks'] as const;

export type ActionIntent = (typeof ACTION_INTENTS)[number];
export type ArticleIntent = (typeof ARTICLE_INTENTS)[number];
export type TopicIntent = (typeof TOPIC_INTENTS)[number];
export type Intent = ActionIntent | ArticleIntent | TopicIntent | (typeof SOCIAL_INTENTS)[number];

type Rules = Partial<Record<Intent, string[]>>;

const KEYWORDS: Record<UiLanguage, Rules> = {
  en: {
    human: ['human', 'real person', 'agent', 'agents', 'representative', 'operator', 'customer service', 'speak to someone', 'talk to someone', 'person', 'live chat'],
    callback: ['call me', 'call back', 'callback', 'ring me', 'phone me', 'give me a call'],
    greeting: ['hi', 'hello', 'hey', 'good morning', 'good afternoon', 'good evening'],
    thanks: ['thank*', 'cheers', 'that helped', 'that helps'],
    order_status: ['order status', 'where is my order', 'where is my package', 'where is my parcel', 'status of my order', 'has my order', 'track*', 'shipped', 'delivery status', 'when will my order'],
    payment_plan: ['payment plan', 'payment schedule', 'next payment', 'next instalment', 'next installment', 'due date', 'when is my payment', 'when do i pay', 'how much do i owe', 'how much is left', 'remaining balance', 'my plan'],
    extend_due_date: ['extend*', 'postpone*', 'delay my', 'more time', 'push back', 'later date', 'move my payment', 'move the due', 'defer*'],
    refund_status: ['refund*', 'money back', 'reimburse*'],
    return_status: ['my return', 'return status', 'status of my return', 'returned item'],
    hold: ['authoris*', 'authoriz*', 'hold', 'pending charge', 'pending amount', 'reserved amount', 'blocked amount'],
    charged_twice: ['charged twice', 'twice', 'double charge*', 'duplicate charge*', 'paid twice', 'two charges'],
    late_fee: ['late fee*', 'reminder fee*', 'late payment fee*', 'penalty fee*'],
    fraud: ['fraud*', 'unauthorized', 'unauthorised', 'did not make', "didn't make", 'didnt make', 'stolen', 'scam*', 'identity theft', 'hacked'],
    complaint: ['complain*', 'formal complaint', 'ombudsman', 'regulator', 'lawyer', 'legal action'],
    payments: ['pay*', 'instalment*', 'installment*', 'invoice*', 'bill', 'bills', 'charge*', 'debt*', 'collection'],
    returns: ['return*', 'send back', 'send it back', 'sent back', 'exchange'],
    problems: ['problem*', 'issue*', 'broken', 'faulty', 'damaged', 'wrong item', 'not received', 'never received', 'never got', "didn't get", "didn't receive", "haven't received", 'never arrived', "hasn't arrived", 'not arrived', 'missing', 'dispute*', 'defect*'],
    card: ['card*', 'credit card'],
    balance: ['balance', 'cashback', 'withdraw*', 'top up', 'add money', 'savings'],
    account: ['account*', 'log in', 'login', 'sign in', 'password', 'email address', 'bankrupt*', 'deceased', 'annual fee', 'personal data', 'privacy'],
  },
  sv: {
    human: ['människa', 'handläggare', 'agent', 'agents', 'kundtjänst', 'prata med en', 'riktig person', 'person'],
    callback: ['ring mig', 'ring upp', 'ringa upp', 'uppringd', 'ring tillbaka'],
    greeting: ['hej', 'hallå', 'god morgon', 'tjena'],
    thanks: ['tack*'],
    order_status: ['orderstatus', 'var är min order', 'status på min order', 'leverans*', 'skickad', 'var är mitt paket', 'paket*'],
    payment_plan: ['betalplan*', 'betalningsplan*', 'nästa betalning', 'förfallodag*', 'förfallodatum', 'hur mycket är kvar', 'hur mycket har jag kvar', 'delbetalning*'],
    extend_due_date: ['skjuta upp', 'skjut upp', 'förläng*', 'mer tid', 'senare datum', 'flytta betalning*', 'flytta datumet', 'anstånd'],
    refund_status: ['återbetalning*', 'pengar tillbaka', 'pengarna tillbaka', 'fått tillbaka'],
    return_status: ['min retur', 'returen', 'returstatus', 'status på min retur'],
    hold: ['reserverat', 'reservation*', 'reserverad*', 'auktorisering*', 'väntande belopp', 'väntande dragning'],
    charged_twice: ['dragit dubbelt', 'dubbeldragning', 'dubbel debitering', 'debiterad två gånger', 'dragits två gånger', 'betalat två gånger', 'dubbelt', 'två gånger'],
    late_fee: ['förseningsavgift*', 'påminnelseavgift*', 'förseningsränta'],
    fraud: ['bedrägeri*', 'obehörig*', 'inte gjort detta köp', 'inte gjort det här köpet', 'stulen', 'stulet', 'kapad', 'identitetsstöld'],
    complaint: ['klagomål*', 'formellt klagomål'],
    payments: ['betal*', 'faktura*', 'räkning*', 'avbetal*', 'skuld*', 'inkasso'],
    returns: ['retur*', 'skicka tillbaka', 'returnera*', 'ångra*'],
    problems: ['problem*', 'trasig*', 'fel vara', 'felaktig*', 'kom aldrig', 'inte fått', 'saknas', 'defekt*', 'reklamation*'],
    card: ['kort', 'kortet', 'kreditkort*'],
    balance: ['saldo*', 'cashback', 'uttag*', 'sparkonto'],
    account: ['konto', 'kontot', 'logga in', 'inloggning', 'dödsfall', 'konkurs', 'årsavgift', 'personuppgifter'],
  },
  de: {
    human: ['mensch*', 'mitarbeiter*', 'berater*', 'kundenservice', 'kundendienst', 'echte person', 'person', 'agent', 'agents'],
    callback: ['rückruf*', 'ruf mich', 'rufen sie mich', 'zurückrufen', 'anrufen'],
    greeting: ['hallo', 'guten tag', 'guten morgen', 'servus', 'moin'],
    thanks: ['danke*', 'vielen dank'],
    order_status: ['bestellstatus', 'wo ist meine bestellung', 'sendungsverfolgung', 'lieferung*', 'versand*', 'verschickt', 'paket*'],
    payment_plan: ['zahlungsplan*', 'ratenplan*', 'nächste zahlung', 'nächste rate', 'fälligkeit*', 'fällig*', 'wie viel muss ich', 'restbetrag'],
    extend_due_date: ['verläng*', 'aufschieben', 'verschieben', 'aufschub', 'stundung', 'mehr zeit', 'später zahlen', 'zahlungsaufschub'],
    refund_status: ['erstattung*', 'rückerstattung*', 'geld zurück', 'gutschrift*', 'rückzahlung*'],
    return_status: ['meine rücksendung', 'meiner rücksendung', 'meine retoure', 'rücksendestatus'],
    hold: ['reservierung*', 'reserviert*', 'autorisierung*', 'vorgemerkt*', 'ausstehende belastung', 'blockiert*'],
    charged_twice: ['doppelt*', 'zweimal', 'zwei mal'],
    late_fee: ['mahngebühr*', 'mahnung*', 'säumniszuschlag*', 'verspätungsgebühr*'],
    fraud: ['betrug*', 'nicht bestellt', 'unbefugt*', 'gestohlen*', 'identitätsdiebstahl', 'nicht autorisiert'],
    complaint: ['beschwerde*', 'schlichtung*', 'ombuds*'],
    payments: ['zahl*', 'bezahl*', 'rechnung*', 'raten*', 'schulden', 'inkasso'],
    returns: ['rücksend*', 'retour*', 'zurücksend*', 'zurückschick*', 'widerruf*', 'umtausch*'],
    problems: ['problem*', 'defekt*', 'kaputt*', 'falsche ware', 'falschen artikel', 'nicht erhalten', 'nicht angekommen', 'beschädigt*', 'reklamation*'],
    card: ['karte*', 'kreditkarte*'],
    balance: ['guthaben*', 'cashback', 'auszahl*', 'kontostand'],
    account: ['konto', 'kontos', 'anmeld*', 'einloggen', 'login', 'insolvenz*', 'todesfall', 'jahresgebühr', 'daten'],
  },
  fr: {
    human: ['humain', 'conseiller*', 'agent', 'agents', 'une personne', 'vraie personne', 'service client', 'quelqu un'],
    callback: ['rappel*', 'me rappeler', 'rappelez'],
    greeting: ['bonjour', 'salut', 'bonsoir'],
    thanks: ['merci*'],
    order_status: ['où est ma commande', 'statut de ma commande', 'suivi de commande', 'suivi*', 'colis'],
    payment_plan: ['échéancier*', 'plan de paiement', 'prochain paiement', 'prochaine échéance', 'date d échéance', 'mensualité*'],
    extend_due_date: ['prolong*', 'reporter', 'reporté*', 'report du paiement', 'délai*', 'plus de temps', 'décaler'],
    refund_status: ['rembours*'],
    return_status: ['mon retour', 'statut du retour', 'statut de mon retour'],
    hold: ['autorisation*', 'empreinte bancaire', 'montant bloqué', 'bloqué*', 'en attente'],
    charged_twice: ['deux fois', 'débité deux', 'double prélèvement'],
    late_fee: ['frais de retard', 'pénalité*', 'frais de relance'],
    fraud: ['fraude*', 'non autorisé*', 'pas autorisé', 'volé*', 'piraté*', 'usurpation'],
    complaint: ['réclamation*', 'plainte*', 'médiateur'],
    payments: ['paiement*', 'payer', 'payé*', 'facture*'],
    returns: ['retour*', 'retourner', 'renvoyer', 'renvoi*'],
    problems: ['problème*', 'défectueux', 'cassé*', 'mauvais article', 'pas reçu', 'jamais reçu', 'endommagé*', 'litige*'],
    card: ['carte*'],
    balance: ['solde*', 'cagnotte', 'cashback', 'retrait*'],
    account: ['compte*', 'connexion', 'connecter', 'identifiant*', 'faillite', 'décès', 'frais annuel*', 'données'],
  },
  es: {
    human: ['humano', 'persona', 'agente*', 'asesor*', 'operador*', 'atención al cliente', 'hablar con alguien'],
    callback: ['llámame', 'llamadme', 'llamarme', 'devolver la llamada', 'me llamen'],
    greeting: ['hola', 'buenos días', 'buenas tardes', 'buenas'],
    thanks: ['gracias'],
    order_status: ['dónde está mi pedido', 'estado de mi pedido', 'estado del pedido', 'seguimiento', 'envío*', 'paquete*'],
    payment_plan: ['plan de pago*', 'próximo pago', 'fecha de vencimiento', 'vencimiento*', 'próxima cuota', 'cuotas'],
    extend_due_date: ['aplazar', 'posponer', 'prórrog*', 'prorrog*', 'extender', 'más tiempo', 'retrasar el pago'],
    refund_status: ['reembolso*', 'devolución del dinero', 'mi dinero'],
    return_status: ['mi devolución', 'estado de la devolución', 'estado de mi devolución'],
    hold: ['retención*', 'autorización*', 'cargo pendiente', 'bloquead*', 'reservad*'],
    charged_twice: ['dos veces', 'doble cobro', 'cobrado dos', 'duplicad*'],
    late_fee: ['recargo*', 'cargo por demora', 'penalización*', 'comisión por retraso'],
    fraud: ['fraude*', 'no autorizad*', 'robad*', 'suplantación'],
    complaint: ['reclamación*', 'queja*'],
    payments: ['pago*', 'pagar', 'factura*'],
    returns: ['devolución*', 'devolver', 'devuelv*'],
    problems: ['problema*', 'defectuos*', 'roto', 'artículo equivocado', 'no recibí', 'no ha llegado', 'dañad*', 'disputa*'],
    card: ['tarjeta*'],
    balance: ['saldo*', 'cashback', 'retirar', 'retiro*'],
    account: ['cuenta*', 'iniciar sesión', 'contraseña', 'quiebra', 'fallecimiento', 'cuota anual', 'datos'],
  },
  it: {
    human: ['operatore*', 'persona', 'umano', 'assistenza clienti', 'servizio clienti', 'parlare con qualcuno', 'agente*'],
    callback: ['richiamami', 'richiamata', 'richiamare', 'chiamatemi', 'chiamami'],
    greeting: ['ciao', 'buongiorno', 'salve', 'buonasera'],
    thanks: ['grazie'],
    order_status: ['dov è il mio ordine', 'stato del mio ordine', 'stato dell ordine', 'tracciamento', 'spedizion*', 'pacco*', 'consegna*'],
    payment_plan: ['piano di pagamento', 'prossimo pagamento', 'prossima rata', 'scadenza*'],
    extend_due_date: ['posticip*', 'rinvi*', 'proroga*', 'prorogare', 'più tempo', 'estendere'],
    refund_status: ['rimbors*'],
    return_status: ['mio reso', 'stato del reso', 'stato del mio reso'],
    hold: ['autorizzazione*', 'importo bloccato', 'bloccat*', 'preautorizzazione*', 'in sospeso'],
    charged_twice: ['due volte', 'doppio addebito', 'addebitato due'],
    late_fee: ['mora', 'penale*', 'spese di ritardo', 'commissione di ritardo'],
    fraud: ['frode*', 'truffa*', 'non autorizzat*', 'rubat*', 'furto'],
    complaint: ['reclamo*', 'lamentela*'],
    payments: ['pagament*', 'pagare', 'fattura*', 'rata', 'rate'],
    returns: ['reso', 'resi', 'restituire', 'restituzione*', 'rimandare indietro'],
    problems: ['problema*', 'difettos*', 'rotto', 'articolo sbagliato', 'non ricevut*', 'mai arrivat*', 'danneggiat*', 'contestazione*'],
    card: ['carta*'],
    balance: ['saldo*', 'cashback', 'prelev*'],
    account: ['account', 'conto*', 'accedere', 'accesso', 'fallimento', 'decesso', 'canone annuo', 'dati'],
  },
  nl: {
    human: ['mens', 'medewerker*', 'persoon', 'klantenservice', 'iemand spreken', 'agent', 'agents'],
    callback: ['terugbel*', 'bel me', 'bel mij', 'teruggebeld'],
    greeting: ['hallo', 'hoi', 'goedemorgen', 'goedemiddag'],
    thanks: ['bedankt', 'dank*'],
    order_status: ['waar is mijn bestelling', 'status van mijn bestelling', 'bestelstatus', 'track*', 'verzend*', 'pakket*', 'levering*'],
    payment_plan: ['betaalplan*', 'betalingsplan*', 'volgende betaling', 'vervaldatum', 'volgende termijn', 'hoeveel moet ik'],
    extend_due_date: ['uitstel*', 'verlengen', 'verleng*', 'later betalen', 'meer tijd', 'opschuiven'],
    refund_status: ['terugbetaling*', 'geld terug', 'restitutie*', 'terugstorting*'],
    return_status: ['mijn retour', 'status van mijn retour', 'retourstatus'],
    hold: ['autorisatie*', 'reservering*', 'gereserveerd*', 'geblokkeerd bedrag', 'openstaande afschrijving'],
    charged_twice: ['twee keer', 'dubbel*', 'tweemaal'],
    late_fee: ['aanmaningskosten', 'boete*', 'herinneringskosten', 'incassokosten'],
    fraud: ['fraude*', 'oplichting', 'niet geautoriseerd', 'onbevoegd*', 'gestolen'],
    complaint: ['klacht*', 'geschillencommissie'],
    payments: ['betal*', 'factu*', 'rekening*', 'termijn*'],
    returns: ['retour*', 'terugsturen', 'retourneren', 'herroep*'],
    problems: ['probleem*', 'problemen', 'kapot*', 'defect*', 'verkeerd artikel', 'niet ontvangen', 'nooit aangekomen', 'beschadigd*', 'geschil*'],
    card: ['kaart*', 'creditcard*'],
    balance: ['saldo*', 'tegoed*', 'cashback', 'opnemen'],
    account: ['account*', 'inloggen', 'login', 'faillissement', 'overlijden', 'jaarlijkse kosten', 'gegevens'],
  },
  fi: {
    human: ['ihminen', 'ihmisen', 'ihmiselle', 'asiakaspalvelija*', 'asiakaspalvelu*', 'henkilö*', 'agentti*'],
    callback: ['soita minulle', 'soittopyyntö*', 'takaisinsoitto*', 'soittakaa'],
    greeting: ['hei', 'moi', 'terve', 'huomenta', 'päivää'],
    thanks: ['kiitos*', 'kiitti'],
    order_status: ['tilauksen tila', 'missä tilaukseni', 'missä on tilaukseni', 'seuranta*', 'toimitus*', 'paketti*', 'lähetys*'],
    payment_plan: ['maksusuunnitelma*', 'seuraava maksu', 'eräpäivä*', 'seuraava erä', 'paljonko on jäljellä'],
    extend_due_date: ['lykk*', 'lykät*', 'siirtää', 'siirtäminen', 'lisäaikaa', 'lisää aikaa', 'pidentää', 'maksuaika*'],
    refund_status: ['hyvity*', 'rahat takaisin', 'rahojen palautus'],
    return_status: ['palautukseni', 'palautuksen tila'],
    hold: ['katevaraus*', 'varaus*', 'varattu*', 'odottava veloitus', 'autorisointi*'],
    charged_twice: ['kahdesti', 'kaksi kertaa', 'kaksinkertai*', 'tuplaveloitus'],
    late_fee: ['viivästysmaksu*', 'muistutusmaksu*', 'viivästyskoro*'],
    fraud: ['petos*', 'huijaus*', 'luvaton*', 'varastet*'],
    complaint: ['valitus*', 'virallinen valitus'],
    payments: ['maksu*', 'maksaa', 'lasku*', 'osamaksu*'],
    returns: ['palautu*', 'palauta*', 'palautta*'],
    problems: ['ongelma*', 'viallinen', 'rikki', 'väärä tuote', 'en saanut', 'ei saapunut', 'vaurioitu*', 'reklamaatio*'],
    card: ['kortti*', 'luottokortti*', 'kortin'],
    balance: ['saldo*', 'cashback', 'nosto*'],
    account: ['tili', 'tilin', 'tilille', 'kirjautu*', 'konkurssi', 'kuolema*', 'vuosimaksu*'],
  },
  da: {
    human: ['menneske*', 'medarbejder*', 'person', 'kundeservice', 'tale med en', 'agent', 'agents', 'rigtig person'],
    callback: ['ring mig op', 'ring til mig', 'blive ringet op', 'ringe tilbage', 'opkald'],
    greeting: ['hej', 'goddag', 'godmorgen', 'hallo'],
    thanks: ['tak*'],
    order_status: ['hvor er min ordre', 'ordrestatus', 'status på min ordre', 'sporing*', 'levering*', 'pakke*', 'afsendt'],
    payment_plan: ['betalingsplan*', 'næste betaling', 'forfaldsdato', 'forfald*', 'afdrag*', 'hvor meget skylder'],
    extend_due_date: ['udskyd*', 'forlæng*', 'mere tid', 'henstand', 'senere betaling', 'rykke betaling*'],
    refund_status: ['refusion*', 'tilbagebetaling*', 'penge tilbage', 'refunder*'],
    return_status: ['min returnering', 'status på min retur', 'min retur'],
    hold: ['reservation*', 'reserveret*', 'autorisation*', 'ventende trækning', 'spærret beløb'],
    charged_twice: ['to gange', 'dobbelt*', 'trukket to'],
    late_fee: ['rykkergebyr*', 'forsinkelsesgebyr*', 'morarente*'],
    fraud: ['svindel', 'bedrageri*', 'uautoriseret*', 'stjålet', 'misbrug*'],
    complaint: ['klage*', 'ankenævn*'],
    payments: ['betal*', 'faktura*', 'regning*'],
    returns: ['retur*', 'returner*', 'sende tilbage', 'fortryd*'],
    problems: ['problem*', 'defekt*', 'i stykker', 'forkert vare', 'ikke modtaget', 'aldrig modtaget', 'beskadiget*', 'reklamation*'],
    card: ['kort', 'kortet', 'kreditkort*'],
    balance: ['saldo*', 'cashback', 'hæve', 'udbetal*'],
    account: ['konto', 'kontoen', 'log ind', 'login', 'konkurs', 'dødsfald', 'årligt gebyr', 'oplysninger'],
  },
  nb: {
    human: ['menneske*', 'saksbehandler*', 'person', 'kundeservice', 'snakke med en', 'agent', 'agents', 'ekte person'],
    callback: ['ring meg', 'ringe meg', 'ring tilbake', 'oppringing', 'bli oppringt'],
    greeting: ['hei', 'hallo', 'god morgen', 'heisann'],
    thanks: ['takk*', 'tusen takk'],
    order_status: ['hvor er bestillingen', 'hvor er ordren', 'ordrestatus', 'sporing*', 'levering*', 'pakke*', 'sendt'],
    payment_plan: ['betalingsplan*', 'neste betaling', 'forfallsdato', 'forfall*', 'avdrag*', 'hvor mye skylder'],
    extend_due_date: ['utsett*', 'forleng*', 'mer tid', 'betalingsutsettelse', 'flytte betaling*'],
    refund_status: ['refusjon*', 'tilbakebetaling*', 'penger tilbake', 'pengene tilbake', 'refunder*'],
    return_status: ['min retur', 'returen min', 'status på returen'],
    hold: ['reservasjon*', 'reservert*', 'autorisasjon*', 'ventende trekk', 'sperret beløp'],
    charged_twice: ['to ganger', 'dobbelt*', 'trukket to'],
    late_fee: ['purregebyr*', 'forsinkelsesgebyr*', 'forsinkelsesrente*'],
    fraud: ['svindel', 'bedrageri*', 'uautorisert*', 'stjålet', 'misbruk*'],
    complaint: ['klage*', 'forbrukerråd*'],
    payments: ['betal*', 'faktura*', 'regning*'],
    returns: ['retur*', 'returner*', 'sende tilbake', 'angre*'],
    problems: ['problem*', 'defekt*', 'ødelagt', 'feil vare', 'ikke mottatt', 'aldri mottatt', 'skadet', 'reklamasjon*'],
    card: ['kort', 'kortet', 'kredittkort*'],
    balance: ['saldo*', 'cashback', 'ta ut', 'uttak*'],
    account: ['konto', 'kontoen', 'logge inn', 'innlogging', 'konkurs', 'dødsfall', 'årsavgift', 'opplysninger'],
  },
  pl: {
    human: ['człowiek*', 'konsultant*', 'pracownik*', 'żywą osobą', 'prawdziwą osobą', 'obsługa klienta', 'obsługą klienta', 'agent', 'agents'],
    callback: ['oddzwoń*', 'zadzwońcie', 'zadzwoń do mnie', 'oddzwonienie'],
    greeting: ['cześć', 'dzień dobry', 'witam', 'hej'],
    thanks: ['dziękuję', 'dzięki*'],
    order_status: ['gdzie jest moje zamówienie', 'status zamówienia', 'śledzenie*', 'przesyłk*', 'paczk*', 'dostaw*', 'wysłan*'],
    payment_plan: ['plan płatności', 'harmonogram*', 'następna płatność', 'następna rata', 'termin płatności', 'ile zostało'],
    extend_due_date: ['przedłuż*', 'odrocz*', 'przesunąć', 'przesunięcie', 'więcej czasu', 'wydłuż*'],
    refund_status: ['zwrot pieniędzy', 'zwrot środków', 'refundacj*', 'pieniądze z powrotem'],
    return_status: ['mój zwrot', 'status zwrotu', 'mojego zwrotu'],
    hold: ['blokad*', 'zablokowan*', 'autoryzacj*', 'oczekująca transakcja', 'zarezerwowan*'],
    charged_twice: ['dwa razy', 'podwójn*', 'dwukrotnie'],
    late_fee: ['opłata za opóźnienie', 'odsetki', 'opłata za zwłokę', 'opłata za upomnienie'],
    fraud: ['oszustw*', 'nieautoryzowan*', 'kradzież*', 'skradzion*', 'wyłudzen*'],
    complaint: ['skarg*'],
    payments: ['płatnoś*', 'zapłac*', 'płacić', 'faktur*', 'rata', 'raty'],
    returns: ['zwrot*', 'zwrócić', 'odesłać', 'odstąpienie'],
    problems: ['problem*', 'wadliw*', 'uszkodzon*', 'zepsut*', 'zły produkt', 'nie otrzymałem', 'nie otrzymałam', 'nie dotarł*', 'reklamacj*'],
    card: ['kart*'],
    balance: ['saldo*', 'cashback', 'wypłat*', 'środki'],
    account: ['konto', 'konta', 'kontem', 'koncie', 'zalogować', 'logowanie', 'upadłość', 'śmierć', 'opłata roczna'],
  },
  ar: {
    human: ['موظف', 'شخص حقيقي', 'انسان', 'خدمة العملاء', 'التحدث مع', 'وكيل'],
    callback: ['اتصل بي', 'اتصلوا بي', 'معاودة الاتصال', 'اتصال'],
    greeting: ['مرحبا', 'السلام عليكم', 'اهلا', 'صباح الخير'],
    thanks: ['شكرا'],
    order_status: ['اين طلبي', 'حالة الطلب', 'تتبع', 'الشحن', 'التوصيل', 'الطرد'],
    payment_plan: ['خطة الدفع', 'الدفعة القادمة', 'القسط', 'الاقساط', 'تاريخ الاستحقاق', 'موعد الدفع'],
    extend_due_date: ['تمديد', 'تاجيل', 'مهلة', 'وقت اضافي'],
    refund_status: ['استرداد', 'استرجاع المبلغ', 'المبلغ المسترد', 'استرجاع اموالي'],
    return_status: ['حالة الارجاع', 'حالة المرتجع', 'مرتجعي'],
    hold: ['مبلغ محجوز', 'حجز', 'معلق', 'تفويض'],
    charged_twice: ['مرتين', 'خصم مزدوج'],
    late_fee: ['رسوم التاخير', 'غرامة'],
    fraud: ['احتيال', 'غير مصرح', 'سرقة', 'مسروقة'],
    complaint: ['شكوى'],
    payments: ['دفع', 'فاتورة', 'سداد'],
    returns: ['ارجاع', 'مرتجع', 'اعادة المنتج'],
    problems: ['مشكلة', 'معيب', 'تالف', 'منتج خاطئ', 'لم استلم', 'لم يصل'],
    card: ['بطاقة', 'بطاقه'],
    balance: ['الرصيد', 'رصيد', 'سحب'],
    account: ['حساب', 'تسجيل الدخول', 'افلاس', 'وفاة'],
  },
};

/** Lowercase, diacritics folded (ä → a, é → e, ß → ss); Arabic without vowel marks and with one alef. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064b-\u0652\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

const WORDS = /[\p{L}\p{N}]+/gu;
const words = (text: string): string[] => foldText(text).match(WORDS) ?? [];

interface Keyword {
  words: { text: string; prefix: boolean }[];
  substring: string | null;
}

interface Rule {
  intent: Intent;
  language: UiLanguage;
  keyword: Keyword;
}

const RULES: Rule[] = Object.entries(KEYWORDS).flatMap(([language, rules]) =>
  Object.entries(rules).flatMap(([intent, keywords]) =>
    keywords.map((raw) => ({
      intent: intent as Intent,
      language: language as UiLanguage,
      keyword: {
        words: raw.split(/\s+/).flatMap((w) => {
          const prefix = w.endsWith('*');
          return words(w).map((text, i, all) => ({ text, prefix: prefix && i === all.length - 1 }));
        }),
        substring: language === 'ar' ? foldText(raw) : null,
      },
    })),
  ),
);

function matches(keyword: Keyword, textWords: string[], folded: string): boolean {
  if (keyword.substring !== null) return folded.includes(keyword.substring);
  const n = keyword.words.length;
  if (n === 0) return false;
  for (let i = 0; i + n <= textWords.length; i++) {
    let all = true;
    for (let k = 0; k < n && all; k++) {
      const w = keyword.words[k]!;
      const t = textWords[i + k]!;
      all = w.prefix ? t.startsWith(w.text) : t === w.text;
    }
    if (all) return true;
  }
  return false;
}

export interface Detection {
  /** Every intent with the number of words of its matching keywords. */
  scores: Map<Intent, number>;
  /** The language whose keywords matched most words; null when none matched. */
  language: UiLanguage | null;
  /** The strongest action intent, by priority. */
  action: ActionIntent | null;
  article: ArticleIntent | null;
  /** The topic with the highest score. */
  topic: TopicIntent | null;
  greeting: boolean;
  thanks: boolean;
  /** How many words the message has. */
  length: number;
}

/**
 * Detects the intents of a message, in any of the UI languages. When keywords of the chat's own
 * language (`locale`) match, only those count: a word of another language that looks the same
 * (French "report", to postpone) does not lead an English question astray.
 */
export function detectIntents(text: string, locale?: string): Detection {
  const folded = foldText(text);
  const textWords = folded.match(WORDS) ?? [];
  const scores = new Map<Intent, number>();
  const byLanguage = new Map<UiLanguage, number>();
  const matched = RULES.filter((rule) => matches(rule.keyword, textWords, folded));
  const own = locale?.split('-')[0]?.toLowerCase();
  const inOwn = matched.filter((rule) => rule.language === own);
  for (const rule of inOwn.length > 0 ? inOwn : matched) {
    const weight = rule.keyword.substring !== null ? rule.keyword.substring.split(/\s+/).length : rule.keyword.words.length;
    scores.set(rule.intent, Math.max(scores.get(rule.intent) ?? 0, weight));
    byLanguage.set(rule.language, (byLanguage.get(rule.language) ?? 0) + weight);
  }
  const best = <T extends Intent>(list: readonly T[]): T | null => {
    let winner: T | null = null;
    for (const intent of list) if ((scores.get(intent) ?? 0) > (winner ? scores.get(winner)! : 0)) winner = intent;
    return winner;
  };
  const language = [...byLanguage.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return {
    scores,
    language,
    action: ACTION_INTENTS.find((i) => scores.has(i)) ?? null,
    article: ARTICLE_INTENTS.find((i) => scores.has(i)) ?? null,
    topic: best(TOPIC_INTENTS),
    greeting: scores.has('greeting'),
    thanks: scores.has('thanks'),
    length: textWords.length,
  };
}

/** The keyword lists, for tests and for adding a language. */
export const intentKeywords = (language: UiLanguage): Readonly<Rules> => KEYWORDS[language];
