import type { Attachment, Order } from '@assist/contract';
import { newKey } from '@assist/client';
import type { Host, ProblemType, ReporterStep, ReturnMethod, ReturnReason } from './context.js';
import { mayHoldACard, redactFields } from '../internal/redact.js';

/** The text fields of the form; the draft keeps them as typed. */
export interface Fields {
  reference: string;
  email: string;
  phone: string;
  comment: string;
  carrier: string;
  tracking: string;
  description: string;
  /** Item id → quantity to return (null while the field is empty). */
  items: Record<string, number | null>;
  method?: ReturnMethod | undefined;
}
export type TextField = 'reference' | 'email' | 'phone' | 'comment' | 'carrier' | 'tracking' | 'description';

/** The form as the shopper left it: kept in sessionStorage once they interact, cleared on submit. */
export interface Draft extends Fields {
  v: 1;
  /** Idempotency-Key of the submission: one per draft, reused by every retry. */
  key: string;
  started: string;
  step: ReporterStep;
  orderId?: string | undefined;
  contact: 'email' | 'phone';
  /** A token from verifying with the order reference (not one the page gave). */
  token?: string | undefined;
  expires?: string | undefined;
  reason?: ReturnReason | undefined;
  type?: ProblemType | undefined;
  /** Files uploaded so far (their ids go with the report; the rest shows them again after a reload). */
  attachments: Attachment[];
  returnId?: string | undefined;
}

export const blank = (): Draft => ({
  v: 1,
  key: newKey(),
  started: new Date().toISOString(),
  step: 'find',
  reference: '',
  contact: 'email',
  email: '',
  phone: '',
  items: {},
  comment: '',
  carrier: '',
  tracking: '',
  description: '',
  attachments: [],
});

/** The chosen items of the order with their quantities (NaN while a quantity is empty). */
export const lines = (order: Order | undefined, fields: Fields): { itemId: string; quantity: number }[] =>
  (order?.items ?? []).filter((i) => i.id in fields.items).map((i) => ({ itemId: i.id, quantity: fields.items[i.id] ?? Number.NaN }));

/** The fields of the bodies below that the shopper writes in their own words: card numbers are masked in them before sending. */
export const FREE_TEXT = ['comment', 'description'] as const;

/** The ids of the files uploaded for the report, or nothing. */
const ids = (d: Draft): string[] | undefined => (d.attachments.length ? d.attachments.map((a) => a.id) : undefined);

/** The body of `POST returns` (and of its preview) from the draft, before the contract's rules check it. */
export function returnBody(d: Draft, order: Order | undefined): Record<string, unknown> {
  const shipped = d.method !== 'in_store';
  return {
    orderId: d.orderId,
    items: lines(order, d),
    reason: d.reason,
    comment: d.comment.trim() || undefined,
    method: d.method,
    carrier: (shipped && d.carrier.trim()) || undefined,
    trackingNumber: (shipped && d.tracking.trim()) || undefined,
    attachments: ids(d),
  };
}

/** The body of `POST problems` from the draft. */
export const problemBody = (d: Draft): Record<string, unknown> => ({
  orderId: d.orderId,
  type: d.type,
  description: d.description,
  attachments: ids(d),
  returnId: d.type === 'return_not_registered' ? d.returnId : undefined,
});

/**
 * Keeps the form as the shopper left it, so a reload continues where they were: in sessionStorage
 * from their first interaction until they submit, one draft per mode (and element `id`). The draft
 * carries the Idempotency-Key of its submission, so every retry of it is the same request.
 */
export class DraftController {
  data: Draft = blank();
  /** Set by the shopper's first interaction: nothing is stored before it. */
  touched = false;
  readonly #host: Host;
  #saves = 0;

  constructor(host: Host) {
    this.#host = host;
  }

  get #slot(): string {
    return `assist:return-reporter:${this.#host.mode}${this.#host.id ? `:${this.#host.id}` : ''}`;
  }

  /** Takes up the stored draft, if there is one; a token that has expired is dropped. */
  load(): void {
    try {
      const saved = JSON.parse(sessionStorage.getItem(this.#slot) ?? 'null') as Draft | null;
      if (saved?.v === 1) {
        this.reset(saved);
        this.touched = true;
        if (saved.expires && Date.parse(saved.expires) < Date.now()) this.data.token = undefined;
      }
    } catch {
      // Storage blocked or the draft unreadable: start afresh.
    }
  }

  /** The shopper typed or chose something: from now on the draft survives a reload. */
  input(): void {
    this.touched = true;
    this.save();
    this.#host.requestUpdate();
  }

  /** Kept at once, or, when the free text may hold a card number, once it is masked as it would be sent; the latest save wins. */
  save(): void {
    if (!this.touched) return;
    const n = ++this.#saves;
    const write = (kept: Draft) => {
      if (n !== this.#saves) return;
      try {
        sessionStorage.setItem(this.#slot, JSON.stringify(kept));
      } catch {
        // Private mode or a full storage: the form still works, it just does not survive a reload.
      }
    };
    if (FREE_TEXT.some((f) => mayHoldACard(this.data[f]))) void redactFields(this.data, FREE_TEXT).then(write);
    else write(this.data);
  }

  /** Forgets the draft (after a submission, or to start again): a new one gets a new key. */
  clear(): void {
    this.#saves++;
    try {
      sessionStorage.removeItem(this.#slot);
    } catch {
      // Nothing was stored.
    }
    this.reset();
  }

  /** Starts a draft that is not stored until the shopper interacts. */
  reset(data: Partial<Draft> = {}): void {
    this.data = { ...blank(), ...data };
    this.touched = false;
  }
}
