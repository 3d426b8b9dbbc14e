import type { Evidence } from '@assist/contract';
import type { TemplateResult } from 'lit';
import type { ProblemType } from '../context.js';
import type { ReporterFlow } from '../flow.js';
import { described, field, html, invalid, nothing, radios, text } from './kit.js';

/** Only the metadata of the files is kept, checked with the contract's rules: the files never leave the browser. */
function addFiles(f: ReporterFlow, event: Event): void {
  const input = event.target as HTMLInputElement;
  const d = f.draft.data;
  const { evidence, problems } = f.check.rules!.readEvidence(input.files ?? [], d.evidence);
  d.evidence = evidence;
  input.value = '';
  f.draft.input();
  f.check.set(problems.length ? { evidence: problems.map((p) => f.check.say(p)).join(' ') } : {});
}

/** The files picked so far, each with a way to remove it. */
function files(f: ReporterFlow): TemplateResult | typeof nothing {
  const d = f.draft.data;
  const file = ({ fileName, size }: Evidence, n: number) => html`<li>
    <span dir="auto">${fileName}</span>
    <span class="muted">${f.i18n.number(size / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 })}</span>
    <button
      type="button"
      class="button button--quiet button--small"
      aria-label=${f.t('removeFile', { name: fileName })}
      @click=${() => {
        d.evidence = d.evidence.filter((_, i) => i !== n);
        f.draft.input();
        f.focus('evidence');
      }}
    >
      ${f.t('remove')}
    </button>
  </li>`;
  return d.evidence.length ? html`<ul class="files">${d.evidence.map(file)}</ul>` : nothing;
}

/** A problem: what kind, what happened, and files that show it. */
export function details(f: ReporterFlow): TemplateResult {
  const rules = f.check.rules!;
  const label = (t: ProblemType) => f.t(`${t}_type`);
  const size = f.i18n.number(rules.MAX_EVIDENCE_BYTES / 1048576, { style: 'unit', unit: 'megabyte' });
  const evidence = html`<input
    id=${f.id('evidence')}
    type="file"
    multiple
    accept=${rules.EVIDENCE_TYPES.join(',')}
    aria-invalid=${invalid(f, 'evidence')}
    aria-describedby=${described(f, 'evidence', true)}
    @change=${(e: Event) => addFiles(f, e)}
  />`;
  return html`${radios(f, 'type', rules.PROBLEM_TYPES, label)}
    ${text(f, 'description', { multiline: 2000, hint: true })}
    ${field(f, 'evidence', evidence, true, { max: rules.MAX_EVIDENCE_FILES, size }, files(f))}`;
}
