import {css, type CSSResult} from 'lit';

/** The dark theme's defaults for the public tokens, shared by `<news-quiz>` and the studio. */
export const darkTokens = css`
  --_text: var(--news-quiz-color-text, #e6edf3);
  --_muted: var(--news-quiz-color-muted, #9da7b3);
  --_background: var(--news-quiz-color-background, #0d1117);
  --_surface: var(--news-quiz-color-surface, #161b22);
  --_border: var(--news-quiz-color-border, #3d444d);
  --_accent: var(--news-quiz-color-accent, #4493f8);
  --_accent-text: var(--news-quiz-color-accent-text, #0d1117);
  --_correct: var(--news-quiz-color-correct, #3fb950);
  --_incorrect: var(--news-quiz-color-incorrect, #ff7b72);
`;

/**
 * Dark by the reader's preference, unless the page forces light; or always, with theme="dark". Also the
 * host's `hidden` and the box model every part inherits.
 */
export const themeSwitch = (dark: CSSResult) => css`
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  :host([theme='dark']) {
    ${dark}
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
