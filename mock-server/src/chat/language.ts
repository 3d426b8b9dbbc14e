import { REPLY_LANGUAGES, replyLanguage, type ReplyLanguage } from './format.js';
import { foldText, keywordWords } from './intents.js';

/**
 * The language a shopper writes in. Hebrew and Arabic by their script; Latin-script languages by
 * how many of each language's common little words (below), intent keywords and letters of its own
 * (å, ø, ñ, ł, ř …) the message holds. A message that says too little to tell ("ok", "hi", an
 * order reference) keeps the chat's language, and so does a tie with it.
 */

/** Frequent words of each language, diacritics folded; words several languages share are left out where they would mislead. */
const STOP_WORDS: Record<Exclude<ReplyLanguage, 'ar' | 'he'>, string> = {
  en: 'i my me the is are was it its this that what where when why how can could do does did dont cant didnt have has been not you your please pls with for from of and at on get got want need still yet there wheres whats hows im ive theres want need would like wont',
  sv: 'jag mig min mitt mina du dig din ditt inte och ar var nar hur vad kan ni har fatt ska vill med pa till for att det den som nagon nan inga mycket varfor sa dom dem fran',
  de: 'ich mich mir mein meine meinen meiner ist sind nicht und wo wann warum wie was kann konnen ich habe hab hast ein eine einen der die das den dem mit von zu fur auf noch schon bitte doch',
  fr: 'je j moi mon ma mes est sont pas ne et ou quand pourquoi comment quoi peux pouvez vous avez ai le la les un une des du de avec pour sur encore c qu est ce il y a n m l veux voudrais suis fait peut puis dois mais aussi votre vos tres bien',
  es: 'yo mi mis me es son no y donde cuando por que como puedo pueden tengo han he el la los las un una del de con para en todavia ya quiero hay esta estan quiero necesito puedo tu su muy pero tambien',
  it: 'io mi mio mia miei e sono non e dove quando perche come posso potete ho ha il lo la gli le un una del della di con per su ancora gia voglio c voglio vorrei devo posso serve anche molto',
  nl: 'ik mij me mijn is zijn niet en waar wanneer waarom hoe wat kan kunnen jullie heb hebben het de een van met voor op nog al wil er graag moet ben geen maar ook heel',
  fi: 'mina minun mun mua en ei on ovat ja missa milloin miksi miten mita voinko voitteko voin sain olen ole se tama etta viela jo haluan minulta minulle minua mulle multa mua tarvitsen voisin',
  da: 'jeg mig min mit mine ikke og er hvor hvornar hvorfor hvordan hvad kan i har fik det den en et af med til pa efter nogen penge tilbage gerne vil skal blevet meget ogsa',
  nb: 'jeg meg min mitt mine ikke og er hvor nar hvorfor hvordan hva kan dere har fikk det den en et av med til pa etter noen penger tilbake vil skal blitt veldig ogsa trenger',
  pl: 'ja mnie moj moja moje mi jest sa nie i gdzie kiedy dlaczego jak co moge mozecie mam ma to ten ta z do na w za jeszcze juz chce sie czy potrzebuje moge ale tez bardzo zamowienie zamowienia zamowieniem zwrocic zwrot zwrotu paczka paczki paczke pieniadze platnosc',
  cs: 'ja me muj moje mi je jsou ne a kde kdy proc jak co muzu muzete mam ma to ten ta s z do na v za jeste uz chci se jsem jste potrebuju mam neni ale take moc penize objednavka objednavku objednavky vratit vraceni zasilka balik platba ucet',
  pt: 'eu me meu minha meus e sao nao onde quando porque como posso podem tenho tem o os as um uma do da de com para em ainda ja quero ha esta foi preciso posso mas tambem muito',
};

/** Letters only some languages use; each found counts for those languages. */
const LETTERS: [RegExp, ReplyLanguage[]][] = [
  [/å/, ['sv', 'da', 'nb']],
  [/[øæ]/, ['da', 'nb']],
  [/[äö]/, ['sv', 'fi', 'de']],
  [/[üß]/, ['de']],
  [/ñ/, ['es']],
  [/[ç]/, ['fr', 'pt']],
  [/[ãõ]/, ['pt']],
  [/[èêëàâîôûœ]/, ['fr']],
  [/[ìò]/, ['it']],
  [/[łąęśźżćń]/, ['pl']],
  [/[řěůčšžýťď]/, ['cs']],
];

const STOP: Map<string, ReplyLanguage[]> = new Map();
for (const [language, words] of Object.entries(STOP_WORDS)) {
  for (const word of words.split(' ')) STOP.set(word, [...(STOP.get(word) ?? []), language as ReplyLanguage]);
}

export interface LanguageGuess {
  language: ReplyLanguage;
  /** False when the message did not say enough and the chat's language was kept. */
  detected: boolean;
}

/** Evidence a Latin-script message must hold before it is taken for another language than the chat's. */
const ENOUGH = 2;

export function detectLanguage(text: string, chatLocale: string): LanguageGuess {
  const chat = replyLanguage(chatLocale);
  if (/[\u0590-\u05ff]/.test(text)) return { language: 'he', detected: true };
  if (/[\u0600-\u06ff]/.test(text)) return { language: 'ar', detected: true };
  const scores = languageScores(text);
  let best: ReplyLanguage = chat;
  for (const language of REPLY_LANGUAGES) if ((scores.get(language) ?? 0) > (scores.get(best) ?? 0)) best = language;
  const top = scores.get(best) ?? 0;
  if (best === chat || top < ENOUGH) return { language: chat, detected: false };
  return { language: best, detected: true };
}

/** How much of a message speaks for each Latin-script language. */
export function languageScores(text: string): Map<ReplyLanguage, number> {
  const scores = new Map<ReplyLanguage, number>();
  const add = (language: ReplyLanguage, n: number) => scores.set(language, (scores.get(language) ?? 0) + n);
  const lower = text.toLowerCase();
  for (const [letters, languages] of LETTERS) if (letters.test(lower)) for (const l of languages) add(l, 1 / languages.length + 0.5);
  const words = foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const word of words) {
    const languages = STOP.get(word);
    if (languages) for (const l of languages) add(l, 1 / languages.length);
  }
  for (const [language, n] of keywordWords(text)) if (language !== 'ar' && language !== 'he') add(language, n);
  return scores;
}

/** What the assistant says to offer answering in the shopper's language for the rest of the chat, in that language. */
interface SwitchPhrases {
  /** "Shall we continue in English?" */
  offer: string;
  /** The choice that switches. */
  yes: string;
  /** The choice that keeps the chat's language for the replies. */
  no: string;
  /** After switching. */
  switched: string;
}

export const SWITCH_PHRASES: Record<ReplyLanguage, SwitchPhrases> = {
  en: { offer: 'Shall we continue in English?', yes: 'Continue in English', no: 'No, thanks', switched: "All right, I'll answer in English from now on." },
  sv: { offer: 'Ska vi fortsätta på svenska?', yes: 'Fortsätt på svenska', no: 'Nej tack', switched: 'Okej, jag svarar på svenska från och med nu.' },
  de: { offer: 'Sollen wir auf Deutsch weitermachen?', yes: 'Auf Deutsch weiter', no: 'Nein, danke', switched: 'In Ordnung, ich antworte ab jetzt auf Deutsch.' },
  fr: { offer: 'On continue en français ?', yes: 'Continuer en français', no: 'Non merci', switched: 'Très bien, je vous réponds désormais en français.' },
  es: { offer: '¿Seguimos en español?', yes: 'Seguir en español', no: 'No, gracias', switched: 'De acuerdo, a partir de ahora te respondo en español.' },
  it: { offer: 'Continuiamo in italiano?', yes: 'Continua in italiano', no: 'No, grazie', switched: 'Va bene, da ora in poi ti rispondo in italiano.' },
  nl: { offer: 'Zullen we verder in het Nederlands?', yes: 'Verder in het Nederlands', no: 'Nee, bedankt', switched: 'Oké, vanaf nu antwoord ik in het Nederlands.' },
  fi: { offer: 'Jatketaanko suomeksi?', yes: 'Jatka suomeksi', no: 'Ei kiitos', switched: 'Selvä, vastaan tästä lähtien suomeksi.' },
  da: { offer: 'Skal vi fortsætte på dansk?', yes: 'Fortsæt på dansk', no: 'Nej tak', switched: 'Okay, jeg svarer på dansk fra nu af.' },
  nb: { offer: 'Skal vi fortsette på norsk?', yes: 'Fortsett på norsk', no: 'Nei takk', switched: 'Greit, jeg svarer på norsk fra nå av.' },
  pl: { offer: 'Czy kontynuujemy po polsku?', yes: 'Kontynuuj po polsku', no: 'Nie, dziękuję', switched: 'Dobrze, od teraz odpowiadam po polsku.' },
  ar: { offer: 'هل نكمل باللغة العربية؟', yes: 'المتابعة بالعربية', no: 'لا، شكرًا', switched: 'حسنًا، سأجيبك بالعربية من الآن فصاعدًا.' },
  cs: { offer: 'Budeme pokračovat česky?', yes: 'Pokračovat česky', no: 'Ne, děkuji', switched: 'Dobře, od teď vám budu odpovídat česky.' },
  pt: { offer: 'Continuamos em português?', yes: 'Continuar em português', no: 'Não, obrigado', switched: 'Está bem, a partir de agora respondo em português.' },
  he: { offer: 'להמשיך בעברית?', yes: 'להמשיך בעברית', no: 'לא, תודה', switched: 'בסדר, מעכשיו אענה בעברית.' },
};

/** The id of the quick reply that makes a language the chat's reply language, and of the one that declines. */
export const switchChoiceId = (language: ReplyLanguage): string => `language:${language}`;
export const KEEP_LANGUAGE = 'language:keep';
export const switchChoiceLanguage = (choice: string): ReplyLanguage | null => {
  const language = /^language:([a-z]{2})$/.exec(choice)?.[1];
  return language && (REPLY_LANGUAGES as readonly string[]).includes(language) ? (language as ReplyLanguage) : null;
};

/** The locale a chat answers in: the one the shopper switched to, else the page's. */
export const chatLocale = (session: { locale: string; replyLocale?: string | null | undefined }): string => session.replyLocale ?? session.locale;
