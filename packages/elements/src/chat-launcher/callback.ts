import { createCallback, getAvailability } from '@assist/contract/endpoints';
import { AssistApiError } from '@assist/client';
import { callSlots } from './call-slots.js';
import type { ChatController } from './chat-controller.js';
import { phone, type Topic } from './rules.js';

/** The callback form opens: a fresh form, the market's phone hours loaded if they are not yet. */
export function openCallback(c: ChatController): void {
  c.booked = undefined;
  c.fail();
  if (!c.availability) void loadHours(c);
}

/** Loads the market's phone hours, one request at a time: for a callback, and to name the market's zone beside a time. */
export function loadHours(c: ChatController): Promise<void> {
  return (c.loadingHours ??= (async () => {
    c.availability = undefined;
    try {
      c.availability = await c.client.call(getAvailability, { query: { market: c.market } });
      c.day = callSlots(c.availability).keys().next().value ?? '';
    } catch {
      c.availability = null;
    }
    c.loadingHours = undefined;
    c.change();
  })());
}

/** Books the callback the form describes: the shopper's number and topic, a day and an hour in the market's time. */
export async function requestCallback(c: ChatController, event: Event): Promise<void> {
  event.preventDefault();
  const data = new FormData(event.target as HTMLFormElement);
  const number = phone(String(data.get('phone')));
  const slot = callSlots(c.availability!).get(c.day)?.[Number(data.get('slot'))];
  if (!number) {
    c.fail({ phone: 'chatLauncher.errPhone' });
    return c.focus('[aria-invalid="true"]');
  }
  if (!slot) return;
  c.fail();
  const link = c.link;
  const sessionId = link?.saved.id;
  await c.during(async () => {
    try {
      const booked = await (link?.client ?? c.client).call(createCallback, {
        body: {
          phone: number,
          market: c.market,
          topic: data.get('topic') as Topic,
          window: { start: new Date(slot.start).toISOString(), end: new Date(slot.end).toISOString() },
          locale: c.i18n.tag,
          ...(sessionId ? { chatSessionId: sessionId } : {}),
        },
      });
      c.booked = booked;
      c.host.emit('assist-callback-requested', { reference: booked.reference, callbackId: booked.id, topic: booked.topic, window: booked.window, sessionId: sessionId ?? null });
      c.show('booked');
    } catch (error) {
      const phoneRejected = error instanceof AssistApiError && error.issues.some((i) => i.path.includes('phone'));
      c.fail(phoneRejected ? { phone: 'chatLauncher.errPhone' } : { callback: error instanceof AssistApiError && error.status ? 'common.error' : 'common.offline' });
    }
  });
}
