import './setup.js';
import '@assist/elements/chat-launcher.js';
