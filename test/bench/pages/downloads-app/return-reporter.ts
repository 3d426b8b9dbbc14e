import './setup.js';
import '@assist/elements/return-reporter.js';
