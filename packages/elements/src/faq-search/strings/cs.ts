import type { FaqSearchStrings } from './en.js';

const cs = {
  label: 'Hledat v článcích nápovědy',
  placeholder: 'Hledejte, např. vrácení zboží nebo splátky',
  clear: 'Vymazat hledání',
  searching: 'Hledáme…',
  results_one: 'Nalezen {{count}} článek',
  results_few: 'Nalezeny {{count}} články',
  results_many: 'Nalezeno {{count}} článku',
  results_other: 'Nalezeno {{count}} článků',
  instructions: 'Článek vyberete šipkami nahoru a dolů, klávesou Enter ho otevřete.',
  noResults: 'Hledanému výrazu „{{query}}“ neodpovídá žádný článek.',
  noResultsHint: 'Zkuste jiná slova, nebo se nás zeptejte přímo.',
  chat: 'Napište nám do chatu',
  recent: 'Nedávná hledání',
  clearRecent: 'Vymazat nedávná hledání',
  fallback: 'Ve vašem jazyce jsme žádný odpovídající článek nenašli, proto zobrazujeme články v angličtině.',
  error: 'Vyhledávání teď není k dispozici.',
  showAll_one: 'Zobrazit {{count}} článek',
  showAll_few: 'Zobrazit všechny {{count}} články',
  showAll_many: 'Zobrazit všech {{count}} článku',
  showAll_other: 'Zobrazit všech {{count}} článků',
  showFirst_one: 'Zobrazit první článek',
  showFirst_few: 'Zobrazit první {{count}} články',
  showFirst_many: 'Zobrazit prvních {{count}} článku',
  showFirst_other: 'Zobrazit prvních {{count}} článků',
  showMore: 'Zobrazit další',
  range: 'Články {{from}}–{{to}} z {{total}}',
} as const;

export default cs satisfies FaqSearchStrings;
