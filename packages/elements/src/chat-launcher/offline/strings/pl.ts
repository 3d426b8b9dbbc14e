import type { ChatOfflineStrings } from './en.js';

const pl = {
  title: 'Zostaw wiadomość',
  intro: 'Nasi konsultanci są teraz niedostępni. Napisz do nas, a obsługa klienta odpowie e-mailem.',
  name: 'Twoje imię',
  emailOnFile: 'Adres e-mail z Twojego zamówienia: tam wyślemy odpowiedź i kopię Twojej wiadomości.',
  emailHint: 'Tam wyślemy odpowiedź i kopię Twojej wiadomości.',
  change: 'Użyj innego adresu e-mail',
  message: 'Twoja wiadomość',
  messageHint: 'To, co napisano w czacie, jest już tutaj. Możesz to dowolnie zmienić.',
  order: 'Dotyczy zamówienia {{reference}}',
  send: 'Wyślij wiadomość',
  sending: 'Wysyłanie wiadomości…',
  errName: 'Wpisz swoje imię.',
  errMessage: 'Napisz wiadomość, co najmniej 2 znaki.',
  errNetwork: 'Nie udało się wysłać wiadomości. Sprawdź połączenie i spróbuj ponownie – Twój tekst został zachowany.',
  errOnline: 'Nasi konsultanci są już dostępni: poproś w czacie o rozmowę z konsultantem.',
  sentTitle: 'Wiadomość wysłana',
  sentAnswer: 'Obsługa klienta odpowie e-mailem do {{time}}.',
  sentCopy: 'Kopia Twojej wiadomości została wysłana na adres {{email}}.',
} as const;

export default pl satisfies ChatOfflineStrings;
