import { createTransport } from 'nodemailer';
import type { MailRecord } from '../store/types.js';

/** Hands a mail to a mail server; throws when the server did not take it. */
export interface MailTransport {
  send(mail: MailRecord, envelope: { from: string; messageId: string }): Promise<void>;
  close(): void;
}

/** The schemes ASSIST_SMTP_URL may use: plain SMTP (upgraded with STARTTLS when offered) or SMTP over TLS. */
export const SMTP_SCHEMES = ['smtp:', 'smtps:'] as const;

/** Why an SMTP URL cannot be used, or null. */
export function smtpUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an smtp:// or smtps:// URL, such as smtp://user:password@mail.example.com:587';
  }
  if (!(SMTP_SCHEMES as readonly string[]).includes(parsed.protocol)) return `must start with smtp:// or smtps://, not ${parsed.protocol}//`;
  if (!parsed.hostname) return 'names no host';
  if (parsed.pathname !== '' && parsed.pathname !== '/') return 'must not have a path';
  return null;
}

/** A transport to the SMTP server at `url` (nodemailer; one pooled connection at a time). */
export function smtpTransport(url: string, timeoutMs = 15_000): MailTransport {
  const transporter = createTransport({
    url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    async send(mail, envelope) {
      await transporter.sendMail({
        from: envelope.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: envelope.messageId,
        headers: { 'Content-Language': mail.locale, 'Auto-Submitted': 'auto-generated' },
      });
    },
    close() {
      transporter.close();
    },
  };
}
