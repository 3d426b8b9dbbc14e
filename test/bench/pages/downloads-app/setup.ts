// What every page of the app does once: point the components at the API.
import { configure } from '@assist/elements';

configure({ apiBase: '/api', clientId: 'demo', market: 'SE' });
