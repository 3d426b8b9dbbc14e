import type { WebhookEventType } from './events.js';
import { SIGNATURE_HEADER, WEBHOOK_ID_HEADER, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER, signStandardWebhook, signWebhook } from './verify.js';

/** One attempt at delivering one event. */
export interface DeliveryAttemptInput {
  eventId: string;
  type: WebhookEventType;
  /** 1 for the first attempt. */
  attempt: number;
  /** When this attempt is sent, Unix seconds: signed, so each attempt has its own signature. */
  timestamp: number;
  /** The exact body sent, the same on every attempt. */
  body: string;
}

/**
 * Every header a webhook delivery carries, signatures included: the Standard Webhooks trio
 * (`webhook-id`, `webhook-timestamp`, `webhook-signature`), the older `Assist-Signature`, and the
 * event's type and attempt number for logs. The one place a delivery's headers are made.
 */
export async function deliveryHeaders(secret: string, d: DeliveryAttemptInput): Promise<Record<string, string>> {
  return {
    'content-type': 'application/json',
    [WEBHOOK_ID_HEADER]: d.eventId,
    [WEBHOOK_TIMESTAMP_HEADER]: String(d.timestamp),
    [WEBHOOK_SIGNATURE_HEADER]: await signStandardWebhook(secret, d.eventId, d.timestamp, d.body),
    [SIGNATURE_HEADER]: await signWebhook(secret, d.body, d.timestamp),
    'Assist-Event-Id': d.eventId,
    'Assist-Event-Type': d.type,
    'Assist-Delivery-Attempt': String(d.attempt),
  };
}
