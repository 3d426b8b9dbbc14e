import type { Strings } from '../../../i18n/strings.js';

/** English strings of attachments (the list of files being attached, and attachments shown): the source every translation in this folder follows. */
const en = {
  list: 'Attached files',
  preparing: 'Preparing…',
  uploading: 'Uploading…',
  progress: 'Upload of {{name}}',
  done: 'Uploaded',
  failed: 'Upload failed',
  retry: 'Retry',
  remove: 'Remove',
  added: '{{name}} added.',
  removed: '{{name}} removed.',
  failedNotice: '{{name}} couldn’t be uploaded. Retry it or remove it.',
  errType: '{{name}} wasn’t added: only JPEG, PNG or WebP photos and PDF files can be attached.',
  errSize: '{{name}} wasn’t added: it is larger than {{size}}.',
  errCount: '{{name}} wasn’t added: you can attach at most {{max}} files.',
  errEmpty: '{{name}} wasn’t added: the file is empty.',
  busy: 'Your files are still uploading. Wait a moment, then send.',
  failedFiles: 'Some files couldn’t be uploaded. Retry or remove them before you send.',
  textNeeded: 'Write a message to go with your files.',
} as const;

export default en;
export type AttachmentStrings = Strings<typeof en>;
