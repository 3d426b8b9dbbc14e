import type { HelpArticleStrings } from './en.js';

const fi = {
  related: 'Aiheeseen liittyvät artikkelit',
  updated: 'Päivitetty {{date}}',
  helpfulQuestion: 'Oliko artikkelista apua?',
  helpfulYes: 'Kyllä',
  helpfulNo: 'Ei',
  reasonLabel: 'Mikä oli vialla?',
  reasonUnclear: 'Se oli epäselvä',
  reasonIncomplete: 'Siitä puuttui jotain',
  reasonNotMyQuestion: 'Se ei vastannut kysymykseeni',
  reasonOutdated: 'Se oli vanhentunut',
  reasonOther: 'Jokin muu',
  commentLabel: 'Kerro lisää (valinnainen)',
  sendFeedback: 'Lähetä palaute',
  feedbackThanks: 'Kiitos! Palautteesi auttaa meitä kehittymään.',
  copyLink: 'Kopioi linkki',
  linkCopied: 'Linkki kopioitu',
  linkField: 'Linkki tähän artikkeliin',
} as const;

export default fi satisfies HelpArticleStrings;
