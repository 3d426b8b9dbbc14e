import './setup.js';
import '@assist/elements/faq-search.js';
import '@assist/elements/help-center.js';
import '@assist/elements/return-reporter.js';
import '@assist/elements/chat-launcher.js';
