/** Every event a merchant's webhook endpoint receives. */
export const WEBHOOK_EVENT_TYPES = [
  'return.reported',
  'return.updated',
  'return.in_transit',
  'return.received',
  'return.registered',
  'return.refunded',
  'return.investigation_opened',
  'return.delivered_not_received',
  'return.resent',
  'return.cancelled',
  'return.closed',
  'problem.reported',
  'problem.store_responded',
  'problem.escalated',
  'problem.solved',
  'problem.closed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The JSON body of a delivery. Retries of one event carry the same body and id: deduplicate by `id`. */
export interface WebhookEvent<T = unknown> {
  /** Unique per event, e.g. `evt_3k9x...`. */
  id: string;
  type: WebhookEventType;
  createdAt: string;
  /** The merchant the order belongs to. */
  merchantId: string;
  /**
   * `{ return: Return }` or `{ problem: Problem }`, as the API answers them, except that attachments
   * carry their metadata only (no content url).
   */
  data: T;
}
