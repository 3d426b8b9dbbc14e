import { css } from 'lit';

/** The list of files being attached and the attachments shown in messages and statuses: added to a component's styles when its module loads. */
export const styles = css`
  .att-list,
  .att-shown {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space, 0.5rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .att-list {
    flex-direction: column;
    flex-wrap: nowrap;
  }
  /* In a grid (the chat's composer): the whole row. */
  .att-list,
  .att-problems {
    grid-column: 1 / -1;
  }
  .att {
    display: grid;
    grid-template-columns: 2.5rem minmax(0, 1fr) auto;
    align-items: center;
    gap: var(--_space, 0.5rem);
    padding: calc(var(--_space, 0.5rem) / 2) var(--_space, 0.5rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .att__thumb {
    inline-size: 2.5rem;
    block-size: 2.5rem;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
  .att__icon {
    display: grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    font-size: 0.75rem;
    font-weight: 600;
  }
  .att__about {
    display: grid;
    gap: 0.125rem;
    min-inline-size: 0;
  }
  .att__name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .att__about progress {
    display: block;
    inline-size: 100%;
  }
  /* The chat's composer keeps room for the conversation. */
  .composer .att-list {
    max-block-size: 9.5rem;
    overflow-y: auto;
  }
  .att__actions {
    display: flex;
    gap: 0.25rem;
  }
  .att--failed {
    border-color: var(--_danger);
  }
  .att-problems {
    margin: 0;
    padding-inline-start: 1.25rem;
    color: var(--_danger);
  }
  .att-shown img {
    display: block;
    inline-size: auto;
    block-size: 6rem;
    max-inline-size: 10rem;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
`;

/** Adds the styles to a component's shadow root, once. */
export function adopt(host: HTMLElement): void {
  const root = host.shadowRoot;
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
