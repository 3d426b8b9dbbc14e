import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .hc {
    display: grid;
    gap: calc(var(--_space) * 3);
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3);
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  .hc__title {
    font-size: 1.5em;
  }
  .hc__intro,
  .hc__muted {
    margin: 0;
    color: var(--_muted);
  }
  .link,
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button.link {
    border: 0;
    background: none;
    font: inherit;
    padding: 0;
    cursor: pointer;
    text-align: start;
    min-block-size: 1.5rem;
  }
  .topics {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: calc(var(--_space) * 2);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .topic {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    display: grid;
    gap: var(--_space);
    align-content: start;
  }
  .topic ul,
  .articles {
    margin: 0;
    padding-inline-start: 1.1em;
    display: grid;
    gap: 0.375rem;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    display: grid;
    gap: var(--_space);
  }
  .contact {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: calc(var(--_space) * 2);
  }
  .contact__option {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  .contact__option p {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .contact__option a span {
    white-space: nowrap;
  }
  .status--open {
    color: var(--_accent);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
`;
