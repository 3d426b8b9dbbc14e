export { AssistClient, CLIENT_ID_HEADER, createClient, newKey, type CallOptions, type ClientOptions } from './client.js';
export { AssistApiError, type TransportErrorCode } from './errors.js';
