export { AssistElement, type EmitOptions } from './internal/assist-element.js';
export { define } from './internal/define.js';
export type { AssistEventDetail, AssistEventMap, AssistEventName } from './events.js';
export { configure, getConfig, onConfigChange, type AssistConfig } from './config.js';
export { LocalizeController } from './i18n/localize-controller.js';
export { LOCALES, matchLocale, directionOf, type Locale } from './i18n/locales.js';
export type { Translation, TranslationKey } from './i18n/en.js';
export { tokens } from './styles/tokens.js';
export { AssistFaqSearch } from './faq-search/faq-search.component.js';
