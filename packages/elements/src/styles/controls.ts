import { css } from 'lit';

/** Buttons and messages shared by every component (one copy in the bundle). */
export const controls = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-self: start;
    min-block-size: 2.75rem;
    padding-inline: 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  .button--quiet {
    background: transparent;
    color: var(--_accent);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .error {
    margin: 0;
    color: var(--_danger);
  }
`;
