import type { Availability, Callback } from '@assist/contract';
import { createCallback, getAvailability } from '@assist/contract/endpoints';
import { AssistApiError } from '@assist/client';
import type { ChatView } from './chat-launcher.component.js';
import { callSlots } from './call-slots.js';
import { clientOf, marketOf, type ChatController, type LauncherHost, type Show } from './chat-controller.js';
import { phone, type Topic } from './rules.js';
import type { Ui } from './ui.js';

/** Booking a callback: the market's phone hours, a day and an hour, the shopper's number and topic. */
export class CallbackController {
  /** The market's hours: undefined while loading, null when they could not be loaded. */
  availability: Availability | null | undefined;
  /** The market date chosen, `YYYY-MM-DD`. */
  day = '';
  booked: Callback | undefined;
  /** Where the form's back button goes. */
  back: ChatView = 'start';
  readonly #host: LauncherHost;
  readonly #ui: Ui;
  readonly #chat: ChatController;
  readonly #show: Show;

  constructor(host: LauncherHost, ui: Ui, chat: ChatController, show: Show) {
    this.#host = host;
    this.#ui = ui;
    this.#chat = chat;
    this.#show = show;
  }

  /** The form opens from `from`: a fresh form, the hours loaded if they are not yet. */
  prepare(from: ChatView): void {
    if (from !== 'callback') this.back = from === 'booked' ? 'start' : from;
    this.booked = undefined;
    this.#ui.fail();
    if (this.availability === undefined || this.availability === null) void this.#load();
  }

  choose(day: string): void {
    this.day = day;
    this.#host.requestUpdate();
  }

  async #load(): Promise<void> {
    this.availability = undefined;
    try {
      this.availability = await clientOf(this.#host).call(getAvailability, { query: { market: marketOf(this.#host) } });
      this.day = callSlots(this.availability).keys().next().value ?? '';
    } catch {
      this.availability = null;
    }
    this.#host.requestUpdate();
  }

  request = async (event: Event): Promise<void> => {
    event.preventDefault();
    const ui = this.#ui;
    const data = new FormData(event.target as HTMLFormElement);
    const number = phone(String(data.get('phone')));
    const slot = callSlots(this.availability!).get(this.day)?.[Number(data.get('slot'))];
    if (!number) {
      ui.fail({ phone: 'chatLauncher.errPhone' });
      return ui.focus('[aria-invalid="true"]');
    }
    if (!slot) return;
    ui.fail();
    const link = this.#chat.link;
    const sessionId = link?.saved.id;
    await ui.during(async () => {
      try {
        const booked = await (link?.client ?? clientOf(this.#host)).call(createCallback, {
          body: {
            phone: number,
            market: marketOf(this.#host),
            topic: data.get('topic') as Topic,
            window: { start: new Date(slot.start).toISOString(), end: new Date(slot.end).toISOString() },
            locale: ui.i18n.tag,
            ...(sessionId ? { chatSessionId: sessionId } : {}),
          },
        });
        this.booked = booked;
        this.#host.emit('assist-callback-requested', { reference: booked.reference, callbackId: booked.id, topic: booked.topic, window: booked.window, sessionId: sessionId ?? null });
        this.#show('booked');
      } catch (error) {
        const phoneRejected = error instanceof AssistApiError && error.issues.some((i) => i.path.includes('phone'));
        ui.fail(phoneRejected ? { phone: 'chatLauncher.errPhone' } : { callback: error instanceof AssistApiError && error.status ? 'common.error' : 'common.offline' });
      }
    });
  };
}
