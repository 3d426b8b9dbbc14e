import { createApp } from 'vue';
import '@assist/elements/faq-search.js';
import { configure } from '@assist/elements';
import App from './App.vue';

configure({ apiBase: '/api', clientId: 'demo', market: 'SE' });
createApp(App).mount('#app');
