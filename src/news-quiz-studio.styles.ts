import {css} from 'lit';
import {darkTokens, themeSwitch} from './theme.styles.js';

/** The reader's dark tokens, and the studio's own surface for warnings. */
const studioDark = css`
  ${darkTokens}
  --_warning-surface: #3b2e00;
`;

export const newsQuizStudioStyles = css`
  :host {
    --_text: var(--news-quiz-color-text, #1f2328);
    --_muted: var(--news-quiz-color-muted, #57606a);
    --_background: var(--news-quiz-color-background, #ffffff);
    --_surface: var(--news-quiz-color-surface, #f6f8fa);
    --_border: var(--news-quiz-color-border, #d0d7de);
    --_accent: var(--news-quiz-color-accent, #0a58ca);
    --_accent-text: var(--news-quiz-color-accent-text, #ffffff);
    --_incorrect: var(--news-quiz-color-incorrect, #c4314b);
    --_warning-surface: #fff8c5;
    --_radius: var(--news-quiz-radius, 0.5rem);
    --_space: var(--news-quiz-spacing, 1rem);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--news-quiz-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--news-quiz-font-size, 1rem);
    line-height: 1.5;
  }

  ${themeSwitch(studioDark)}

  .base {
    background: var(--_background);
    padding: calc(var(--_space) * 0.75);
  }

  h2,
  h3,
  h4 {
    margin: 0 0 calc(var(--_space) * 0.5);
    line-height: 1.3;
  }

  .title {
    font-size: 1.35em;
  }

  h3 {
    font-size: 1.1em;
  }

  h4 {
    font-size: 1em;
  }

  h4:focus {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  label {
    display: block;
    font-weight: 600;
    margin-top: calc(var(--_space) * 0.5);
  }

  textarea,
  input[type='text'],
  input[type='number'] {
    width: 100%;
    font: inherit;
    color: inherit;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    padding: 0.35em 0.5em;
  }

  textarea {
    resize: vertical;
    /* Grows with its text where supported (Chromium); elsewhere it keeps its rows and scrolls. */
    field-sizing: content;
    min-height: 2.25em;
  }

  input[type='file'] {
    display: block;
    font: inherit;
    font-weight: normal;
    width: 100%;
  }

  [aria-invalid='true'] {
    border-color: var(--_incorrect);
    border-width: 2px;
  }

  button {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    padding: 0.3em 0.75em;
    min-height: 2.25rem;
    cursor: pointer;
  }

  button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
  }

  button.danger {
    color: var(--_incorrect);
    border-color: var(--_incorrect);
  }

  button.small {
    padding: 0.15em 0.5em;
    min-height: 2rem;
  }

  button:disabled {
    opacity: 0.5;
    cursor: default;
  }

  button:focus-visible,
  input:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .article {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    margin-bottom: calc(var(--_space) * 0.5);
  }

  #article-text,
  #embed-code {
    field-sizing: fixed;
  }

  .article.dragging {
    border-color: var(--_accent);
  }

  .article label:first-child {
    margin-top: 0;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: end;
    margin-top: calc(var(--_space) * 0.5);
  }

  .row input[type='number'] {
    width: 4.5em;
  }

  .row input[type='text'] {
    width: 7em;
  }

  .row label {
    margin-top: 0;
  }

  .messages p {
    margin: 0.25em 0;
  }

  /* Empty live regions stay in the page (a region shown only with its message may not be announced). */
  .messages p:empty {
    margin: 0;
  }

  .error,
  .field-error {
    color: var(--_incorrect);
    font-weight: 600;
  }

  .field-error {
    margin: 0.25em 0 0;
  }

  .warning {
    background: var(--_warning-surface);
    padding: 0.4em 0.6em;
    border-radius: calc(var(--_radius) * 0.5);
  }

  .muted,
  .meta {
    color: var(--_muted);
  }

  .columns {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }

  @media (min-width: 60rem) {
    .columns {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }

    .side {
      position: sticky;
      top: var(--_space);
    }
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em;
  }

  .actions,
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .tools {
    margin-top: calc(var(--_space) * 0.75);
  }

  .questions {
    list-style: none;
    padding: 0;
    margin: calc(var(--_space) * 0.5) 0;
  }

  .question,
  .add,
  .preview,
  .publish {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    margin-bottom: var(--_space);
  }

  .question-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    align-items: baseline;
  }

  .question-head h4 {
    margin: 0;
  }

  .warnings {
    background: var(--_warning-surface);
    border-left: 4px solid var(--_incorrect);
    margin: 0.5em 0;
    padding: 0.4em 0.6em;
    list-style: none;
  }

  fieldset {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    margin: calc(var(--_space) * 0.5) 0 0;
    padding: 0.4em 0.6em 0.6em;
    min-width: 0;
  }

  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
    margin-top: 0.35em;
  }

  .choice label.letter {
    margin: 0.3em 0 0;
    min-width: 1.2em;
  }

  .choice textarea,
  .choice input[type='text'] {
    flex: 1;
    min-width: 0;
  }

  .choice input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.4em 0 0;
    accent-color: var(--_accent);
  }

  .choice.key textarea {
    border-color: var(--_accent);
    border-width: 2px;
  }

  .key-mark {
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_accent);
  }

  .add-choice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    margin-top: 0.4em;
  }

  .add-choice label {
    margin: 0;
    font-weight: normal;
  }

  .add-choice input {
    flex: 1;
    min-width: 8em;
  }

  .evidence {
    margin: 0.6em 0 0;
    padding-left: 0.6em;
    border-left: 3px solid var(--_border);
    font-size: 0.95em;
  }

  .evidence-label {
    font-weight: 600;
  }

  .embed-kind label {
    display: flex;
    gap: 0.4em;
    align-items: center;
    font-weight: normal;
    margin-top: 0.25em;
  }

  .publish textarea {
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
    margin-bottom: 0.5em;
  }

  .file {
    font-weight: 600;
    min-width: 0;
    max-width: 100%;
  }

  news-quiz {
    max-width: none;
  }
`;
