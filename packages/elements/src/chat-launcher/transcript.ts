import type { getTranscript } from '@assist/contract/endpoints';
import type { ChatController } from './chat-controller.js';

/**
 * Downloads the conversation as a text file: loaded when the shopper asks for it. The route comes from
 * the component's own chunk (as for suggestions.ts), so no chunk is split off to share it.
 */
export async function transcript(c: ChatController, route: typeof getTranscript): Promise<void> {
  const link = c.link;
  if (!link) return;
  try {
    const { session, messages } = await link.client.call(route, { params: { id: link.saved.id } });
    const when = (iso: string) => c.i18n.date(iso, { dateStyle: 'short', timeStyle: 'short' });
    const lines = [c.t('chatLauncher.transcriptTitle', { id: session.ticketId }), when(session.createdAt), ''];
    for (const m of messages) lines.push(`[${when(m.createdAt)}] ${c.t(m.author === 'shopper' ? 'chatLauncher.you' : `chatLauncher.${m.author}`)}: ${m.text}`);
    const url = URL.createObjectURL(new Blob([lines.join('\n') + '\n'], { type: 'text/plain;charset=utf-8' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `chat-${session.ticketId}.txt`;
    anchor.hidden = true;
    c.host.renderRoot.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
    c.notice = 'chatLauncher.transcriptSaved';
  } catch {
    c.notice = 'common.error';
  }
  c.change();
}
