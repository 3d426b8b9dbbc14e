import type { TemplateResult } from 'lit';
import type { ReporterFlow } from '../flow.js';
import { described, field, html, invalid } from './kit.js';

/**
 * Attaches files the shopper picked or dropped: the attachments module loads the first time (with
 * the files a restored draft holds); what it refuses shows at the field, the form keeps the rest.
 */
async function attach(f: ReporterFlow, list: File[]): Promise<void> {
  const files = await (f.filesModule ??= import('../../internal/attachments/attachments.js').then(
    ({ Attachments }) =>
      (f.files = new Attachments(f.host, {
        target: () => f.api,
        changed: (done) => {
          f.draft.data.attachments = done;
          f.draft.input();
        },
        announce: (text) => f.announce(text),
        initial: f.draft.data.attachments,
      })),
    (error: unknown) => {
      f.filesModule = undefined;
      throw error;
    },
  ));
  await files.add(list);
  f.check.errors = { ...f.check.errors, attachments: files.problems.join(' ') };
  f.host.requestUpdate();
}

/** Adds what the shopper picked or dropped. */
const pick = (f: ReporterFlow, files: FileList | null | undefined): void => void (files?.length && attach(f, [...files]));

/**
 * Photos or a receipt, optional: the file input, and the field as a drop zone. The list of files, their
 * checks and uploads come from the attachments module, loaded when the shopper first picks or drops one.
 */
export function files(f: ReporterFlow): TemplateResult {
  const rules = f.check.rules!;
  const size = f.i18n.number(rules.MAX_ATTACHMENT_BYTES / 1048576, { style: 'unit', unit: 'megabyte' });
  // A draft restored with files: the list shows them again.
  if (f.draft.data.attachments.length && !f.files) void attach(f, []);
  const input = html`<input
    id=${f.id('attachments')}
    type="file"
    multiple
    accept=${rules.ATTACHMENT_TYPES.join(',')}
    aria-invalid=${invalid(f, 'attachments')}
    aria-describedby=${described(f, 'attachments', true)}
    @change=${(e: Event) => {
      const input = e.target as HTMLInputElement;
      pick(f, input.files);
      input.value = '';
    }}
  />`;
  return html`<div
    class="drop"
    @dragover=${(e: DragEvent) => e.preventDefault()}
    @drop=${(e: DragEvent) => {
      e.preventDefault();
      pick(f, e.dataTransfer?.files);
    }}
  >
    ${field(f, 'attachments', input, true, { max: rules.MAX_ATTACHMENTS, size }, f.files?.list())}
  </div>`;
}
