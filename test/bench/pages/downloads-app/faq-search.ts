import './setup.js';
import '@assist/elements/faq-search.js';
