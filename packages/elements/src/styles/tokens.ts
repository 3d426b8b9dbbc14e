import { css } from 'lit';

/** Defaults of the dark theme; a merchant's own --assist-* values still win. */
const dark = css`
  --_text: var(--assist-color-text, #ececee);
  --_muted: var(--assist-color-text-muted, #b4b4bc);
  --_surface: var(--assist-color-surface, #1e1e22);
  --_raised: var(--assist-color-surface-raised, #2a2a30);
  --_border: var(--assist-color-border, #8d8d96);
  --_accent: var(--assist-color-accent, #5fd3b7);
  --_on-accent: var(--assist-color-on-accent, #0b1412);
  --_focus: var(--assist-color-focus, #8ab4ff);
  --_danger: var(--assist-color-danger, #ffb4ab);
`;

/**
 * Design tokens. Merchants theme with the public `--assist-*` custom properties (set them on the
 * page or on the element); components read only the private `--_*` names below, whose defaults
 * follow the `theme` attribute: `light` (default), `dark`, or `auto` (the shopper's system setting).
 */
export const tokens = css`
  :host {
    --_font: var(--assist-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--assist-font-size, 1rem);
    --_text: var(--assist-color-text, #1d1d1f);
    --_muted: var(--assist-color-text-muted, #55555c);
    --_surface: var(--assist-color-surface, #ffffff);
    --_raised: var(--assist-color-surface-raised, #f5f5f3);
    --_border: var(--assist-color-border, #8a8a8f);
    --_accent: var(--assist-color-accent, #0b5c4b);
    --_on-accent: var(--assist-color-on-accent, #ffffff);
    --_focus: var(--assist-color-focus, #1a56db);
    --_highlight: var(--assist-color-highlight, #fde68a);
    --_on-highlight: var(--assist-color-on-highlight, #1d1d1f);
    --_danger: var(--assist-color-danger, #b3261e);
    --_radius: var(--assist-radius, .5rem);
    --_space: var(--assist-space, .5rem);
    --_shadow: var(--assist-shadow, 0 .25rem 1rem #00000026);
    --_duration: var(--assist-motion-duration, 150ms);
    --_layer: var(--assist-z-index, 1000);
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
