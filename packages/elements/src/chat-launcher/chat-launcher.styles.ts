import { css } from 'lit';

export const styles = css`
  :host {
    --_ob: var(--assist-launcher-offset-block, 1rem);
    --_oi: var(--assist-launcher-offset-inline, 1rem);
    display: contents;
  }
  .launcher,
  .panel {
    position: fixed;
    z-index: var(--_layer);
    inset-block-end: var(--_ob);
    inset-inline-end: var(--_oi);
  }
  :host([position='bottom-start']) .launcher,
  :host([position='bottom-start']) .panel,
  .launcher--dodge {
    inset-inline-end: auto;
    inset-inline-start: var(--_oi);
  }
  :host([position='bottom-start']) .launcher--dodge {
    inset-inline-start: auto;
    inset-inline-end: var(--_oi);
  }
  .launcher {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 3rem;
    min-inline-size: 3rem;
    padding-inline: 1rem;
    border: 2px solid var(--_on-accent);
    border-radius: 1.5rem;
    background: var(--_accent);
    color: var(--_on-accent);
    box-shadow: var(--_shadow);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .badge {
    min-inline-size: 1.5rem;
    padding: 0.125rem 0.375rem;
    border-radius: 0.75rem;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875em;
    text-align: center;
  }
  .backdrop {
    position: fixed;
    inset: 0;
    z-index: var(--_layer);
    background: rgb(0 0 0 / 0.25);
  }
  .panel {
    inset-block-end: calc(var(--_ob) + 3.75rem);
    display: flex;
    flex-direction: column;
    inline-size: min(25rem, calc(100vw - 2 * var(--_oi)));
    block-size: min(40rem, calc(100dvh - var(--_ob) - 5rem));
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    overflow: hidden;
  }
  @media (max-width: 30rem), (max-height: 32rem) {
    .panel {
      inset: 0;
      inline-size: auto;
      block-size: auto;
      border-radius: 0;
    }
  }
  .header {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    padding: var(--_space) calc(var(--_space) * 2);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  h2,
  h3,
  p,
  ul,
  dl,
  dd,
  fieldset {
    margin: 0;
  }
  h2 {
    font-size: 1.1em;
  }
  h3 {
    font-size: 1em;
  }
  .close {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .ticket {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    font-size: 0.875em;
  }
  .body {
    flex: 1;
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    overflow: auto;
  }
  .stack {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    min-block-size: 2.75rem;
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) 1rem;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25rem;
  }
  fieldset label,
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .stars label {
    flex-direction: column;
    gap: 0;
    font-size: 0.75em;
    text-align: center;
    flex: 1;
  }
  .stars span {
    font-size: 1.25rem;
  }
  .row,
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .tools {
    padding: 0 var(--_space);
    border-block-end: 1px solid var(--_border);
  }
  .link {
    min-block-size: 2.75rem;
    padding-inline: 0.5rem;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: 0.875em;
    text-decoration: underline;
    cursor: pointer;
  }
  .banner,
  .note,
  .typing {
    padding: 0.25rem calc(var(--_space) * 2);
    font-size: 0.875em;
  }
  .banner {
    background: var(--_raised);
  }
  .typing {
    min-block-size: 1.25em;
    color: var(--_muted);
  }
  .typing:empty {
    padding-block: 0;
  }
  .log {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-block-size: 8rem;
    padding: calc(var(--_space) * 2);
    overflow-y: auto;
  }
  .msg {
    display: grid;
    gap: 0.375rem;
    max-inline-size: 85%;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .msg--shopper {
    align-self: end;
    border-end-end-radius: 0;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .msg--pending {
    border: 2px dashed var(--_on-accent);
  }
  .msg--shopper .error,
  .msg--shopper .button--quiet {
    color: inherit;
    border-color: currentColor;
  }
  .msg--assistant,
  .msg--agent {
    align-self: start;
    border-end-start-radius: 0;
  }
  .msg--system {
    align-self: center;
    background: transparent;
    border: 1px dashed var(--_border);
  }
  .msg__text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .msg__meta {
    font-size: 0.75em;
  }
  .msg__links {
    padding-inline-start: 1.25rem;
  }
  .msg a {
    color: inherit;
  }
  .msg__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .msg__actions [aria-pressed='true'] {
    outline: 2px solid var(--_accent);
  }
  .card {
    display: grid;
    gap: 0.25rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875em;
  }
  dl {
    display: grid;
    gap: 0.125rem;
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.5rem;
  }
  .composer {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: var(--_space);
    align-items: end;
    padding: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .attach:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .composer textarea {
    resize: none;
    padding-block: 0.5rem;
  }
  .composer__warn {
    grid-column: 1 / -1;
    color: var(--_danger);
    font-size: 0.875em;
  }
  .composer__warn:empty {
    display: none;
  }
  .suggest {
    grid-column: 1 / -1;
    list-style: none;
  }
  .article {
    flex: 1;
    padding: calc(var(--_space) * 2);
    overflow-y: auto;
  }
  .article > * + * {
    margin-block-start: var(--_space);
  }
`;
