import type { ChatOfflineStrings } from './en.js';

const cs = {
  title: 'Zanechat zprávu',
  intro: 'Naši pracovníci teď nejsou k dispozici. Napište nám a podpora vám odpoví e-mailem.',
  name: 'Vaše jméno',
  emailOnFile: 'E-mail z vaší objednávky: sem pošleme odpověď a kopii vaší zprávy.',
  emailHint: 'Sem pošleme odpověď a kopii vaší zprávy.',
  change: 'Použít jiný e-mail',
  message: 'Vaše zpráva',
  messageHint: 'To, co jste napsali v chatu, už tu je. Upravte to, jak chcete.',
  order: 'K objednávce {{reference}}',
  send: 'Odeslat zprávu',
  sending: 'Odesíláme vaši zprávu…',
  errName: 'Zadejte své jméno.',
  errMessage: 'Napište zprávu, alespoň 2 znaky.',
  errNetwork: 'Zprávu se nepodařilo odeslat. Zkontrolujte připojení a zkuste to znovu – váš text zůstal zachován.',
  errOnline: 'Naši pracovníci jsou zpět: požádejte v chatu o spojení s pracovníkem.',
  sentTitle: 'Zpráva odeslána',
  sentAnswer: 'Podpora vám odpoví e-mailem do {{time}}.',
  sentCopy: 'Kopie vaší zprávy byla odeslána na {{email}}.',
} as const;

export default cs satisfies ChatOfflineStrings;
