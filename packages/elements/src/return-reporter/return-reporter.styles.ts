import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .rr {
    display: grid;
    gap: calc(var(--_space) * 2);
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.4em;
  }
  h3 {
    font-size: 1.1em;
  }
  p {
    margin: 0;
  }
  .muted {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .form,
  .card {
    display: grid;
    gap: calc(var(--_space) * 2);
    align-content: start;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }
  .steps {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    counter-reset: step;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .steps li {
    counter-increment: step;
    padding-block-end: 0.25rem;
    border-block-end: 3px solid var(--_border);
  }
  .steps li::before {
    content: counter(step) '. ';
  }
  .steps .is-done {
    border-color: var(--_accent);
  }
  .steps .is-current {
    color: var(--_text);
    font-weight: 600;
    border-color: var(--_accent);
  }
  .field {
    display: grid;
    gap: 0.375rem;
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend,
  label {
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-block-end: 0.375rem;
  }
  .choice {
    display: flex;
    gap: 0.625rem;
    align-items: center;
    font-weight: normal;
    min-block-size: 2.75rem;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_raised);
  }
  .choice input {
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    accent-color: var(--_accent);
  }
  .choices,
  .items {
    display: grid;
    gap: var(--_space);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    display: grid;
    gap: var(--_space);
  }
  .field--qty {
    padding-inline-start: 2.25rem;
  }
  .field--qty input {
    max-inline-size: 7rem;
  }
  input:not([type='radio'], [type='checkbox']),
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.625rem;
    min-block-size: 2.75rem;
    box-sizing: border-box;
    max-inline-size: 100%;
  }
  input[type='file'] {
    inline-size: 100%;
  }
  [dir='ltr'] {
    text-align: start;
  }
  [aria-invalid='true']:not([type='radio'], [type='checkbox']) {
    border: 2px solid var(--_danger);
  }
  .field__hint {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: normal;
  }
  .field__error {
    color: var(--_danger);
    font-weight: 600;
  }
  .field__error::before {
    content: '! ';
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .button--small {
    min-block-size: 2rem;
    padding-inline: 0.5rem;
  }
  .failure {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .link {
    border: 0;
    background: none;
    font: inherit;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    justify-self: start;
    min-block-size: 1.5rem;
  }
  .files {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .files li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
`;
