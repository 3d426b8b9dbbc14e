import './setup.js';
import '@assist/elements/help-center.js';
