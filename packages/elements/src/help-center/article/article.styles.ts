import { css } from 'lit';

/** Styles of the article view and of the Back and breadcrumbs bar (nav.view.ts), adopted by the help center when the view loads. */
export const styles = css`
  .hc__nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .crumbs {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    font-size: 0.9em;
  }
  .crumbs li + li::before {
    content: '/';
    margin-inline-end: 0.25rem;
    color: var(--_muted);
  }
  .article {
    display: grid;
    gap: var(--_space);
    line-height: 1.55;
  }
  .article :is(p, ul, ol) {
    margin: 0 0 0.5em;
  }
  .article h3,
  .article h4 {
    margin-block: 0.75em 0.25em;
  }
  .feedback {
    border: 0;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_space);
  }
  .feedback__choices {
    display: flex;
    gap: var(--_space);
  }
  .feedback label {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 1.75rem;
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .share__field {
    flex: 1 1 16rem;
  }
  textarea,
  .share__field {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-block-size: 4rem;
  }
`;
