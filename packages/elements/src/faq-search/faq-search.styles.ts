import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
  }
  .search {
    position: relative;
  }
  .search__field {
    display: flex;
    align-items: center;
    gap: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding-inline: calc(var(--_space) * 1.5);
    min-block-size: 2.75rem;
  }
  .search__field:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .search__input {
    flex: 1;
    min-inline-size: 0;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    min-block-size: 2.5rem;
  }
  .search__input:focus {
    outline: none;
  }
  .search__input::-webkit-search-cancel-button {
    appearance: none;
  }
  .search__clear {
    border: 0;
    background: transparent;
    color: var(--_muted);
    font: inherit;
    cursor: pointer;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
  }
  .search__popup {
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(100% + 0.25rem);
    z-index: var(--_layer);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  .search__listbox {
    list-style: none;
    margin: 0;
    padding: 0.25rem;
  }
  .search__heading {
    margin: 0;
    padding: 0.5rem 0.75rem 0.25rem;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .option {
    display: grid;
    gap: 0.125rem;
    padding: 0.5rem 0.75rem;
    border-radius: calc(var(--_radius) - 0.125rem);
    cursor: pointer;
  }
  .option--active {
    background: var(--_raised);
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .option__title {
    font-weight: 600;
  }
  .option__category,
  .option__snippet {
    font-size: 0.875em;
    color: var(--_muted);
  }
  mark {
    background: var(--_highlight);
    color: var(--_on-highlight);
    border-radius: 0.125rem;
  }
  .search__message {
    padding: 0.75rem;
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .search__message p {
    margin: 0;
  }
  .search__notice {
    margin: 0;
    padding: 0.5rem 0.75rem 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
