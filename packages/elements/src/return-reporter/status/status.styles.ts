import { css } from 'lit';

/** The review, confirmation and status views: added to the component's styles when they load. */
export const styles = css`
  .done,
  .next,
  .plan {
    display: grid;
    gap: calc(var(--_space) * 2);
    align-content: start;
  }
  .summary {
    display: grid;
    gap: var(--_space);
    margin: 0;
  }
  .summary__row {
    display: grid;
    grid-template-columns: minmax(7rem, 1fr) 3fr;
    gap: var(--_space);
    padding-block-end: var(--_space);
    border-block-end: 1px solid var(--_border);
  }
  dd {
    margin: 0;
  }
  .plain {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .pre {
    white-space: pre-wrap;
  }
  .reference {
    font-size: 1.75em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  .table {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: start;
    padding: 0.375rem 0.5rem;
    border-block-end: 1px solid var(--_border);
  }
  .plan {
    container-type: inline-size;
  }
  /* Said only where the table may be wider than the column: there it scrolls sideways, focusable and labelled. */
  .table__hint {
    display: none;
  }
  @container (max-width: 28rem) {
    .table__hint {
      display: block;
    }
    table {
      font-size: 0.85em;
    }
    th,
    td {
      padding-inline: 0.25rem;
    }
  }
  .is-paused {
    background: var(--_raised);
  }
  .badge {
    justify-self: start;
    padding: 0.125rem 0.625rem;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }
  .timeline__step {
    position: relative;
    display: grid;
    gap: 0.125rem;
    padding-inline-start: 1.75rem;
    padding-block-end: calc(var(--_space) * 2);
    border-inline-start: 2px solid var(--_border);
    margin-inline-start: 0.5rem;
  }
  .timeline__step:last-child {
    border-color: transparent;
  }
  .timeline__step::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.5625rem;
    inset-block-start: 0.125rem;
    inline-size: 1rem;
    block-size: 1rem;
    border-radius: 50%;
    border: 2px solid var(--_border);
    background: var(--_surface);
    box-sizing: border-box;
  }
  .timeline__step--done::before {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .timeline__step--done {
    border-color: var(--_accent);
  }
  .timeline__step--current::before {
    border: 4px solid var(--_accent);
  }
  .timeline__step--next {
    color: var(--_muted);
  }
  .note {
    font-style: italic;
  }
`;
