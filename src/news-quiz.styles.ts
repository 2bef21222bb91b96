import {css} from 'lit';
import {darkTokens, themeSwitch} from './theme.styles.js';

export const newsQuizStyles = css`
  :host {
    /* Defaults for the public tokens; a page overrides any --news-quiz-* property. */
    --_text: var(--news-quiz-color-text, #1f2328);
    --_muted: var(--news-quiz-color-muted, #57606a);
    --_background: var(--news-quiz-color-background, #ffffff);
    --_surface: var(--news-quiz-color-surface, #f6f8fa);
    --_border: var(--news-quiz-color-border, #d0d7de);
    --_accent: var(--news-quiz-color-accent, #0a58ca);
    --_accent-text: var(--news-quiz-color-accent-text, #ffffff);
    --_correct: var(--news-quiz-color-correct, #1a7f37);
    --_incorrect: var(--news-quiz-color-incorrect, #c4314b);
    --_radius: var(--news-quiz-radius, 0.5rem);
    --_space: var(--news-quiz-spacing, 1rem);
    --_focus: var(--news-quiz-color-focus, var(--_accent));

    display: block;
    box-sizing: border-box;
    max-width: var(--news-quiz-max-width, 40rem);
    color: var(--_text);
    font-family: var(--news-quiz-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--news-quiz-font-size, 1rem);
    line-height: 1.5;
  }

  ${themeSwitch(darkTokens)}

  .base {
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.25);
  }

  /* Korean breaks lines between words, not inside them. */
  .base:lang(ko) {
    word-break: keep-all;
    overflow-wrap: break-word;
  }

  .title {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.25em;
    line-height: 1.3;
  }

  .title:focus {
    outline: none;
  }

  .intro,
  .progress {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }

  .progress {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    font-size: 0.875em;
  }

  .progress-bar {
    width: 100%;
    height: 0.25rem;
    border-radius: 0.125rem;
    background: var(--_surface);
    overflow: hidden;
  }

  .progress-bar rect {
    fill: var(--_accent);
  }

  /* The bar fills from the start edge: from the right in a right-to-left UI. */
  [dir='rtl'] .progress-bar {
    scale: -1 1;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
    margin-bottom: var(--_space);
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.35;
  }

  fieldset:focus {
    outline: none;
  }

  /* mode="all": the questions one under the other, ruled apart (on the legend: a fieldset's border runs behind it). */
  .question + .question {
    margin-top: calc(var(--_space) * 1.5);
  }

  .question + .question legend {
    width: 100%;
    padding-top: calc(var(--_space) * 1.5);
    border-top: 1px solid var(--_border);
  }

  /* mode="all": the number (UI language) over the question (the article's own direction, as a block). */
  .number,
  .prompt-text {
    display: block;
  }

  .number {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 400;
  }

  .choices {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding: 0.75rem 0.875rem;
    min-height: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    cursor: pointer;
  }

  .choice:hover {
    border-color: var(--_accent);
  }

  .choice:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  /* One focus ring for every control. */
  .choice:has(input:focus-visible),
  button:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .choice.checked {
    cursor: default;
  }

  .choice.checked.correct {
    border-color: var(--_correct);
    box-shadow: inset 0 0 0 1px var(--_correct);
  }

  .choice.checked.incorrect {
    border-color: var(--_incorrect);
    box-shadow: inset 0 0 0 1px var(--_incorrect);
  }

  input[type='radio'] {
    flex: none;
    width: 1.125rem;
    height: 1.125rem;
    margin: 0.1875rem 0 0;
    accent-color: var(--_accent);
  }

  .choice-body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
  }

  .choice-text {
    overflow-wrap: break-word;
  }

  .mark {
    font-weight: 700;
    font-size: 0.875em;
  }

  .correct .mark {
    color: var(--_correct);
  }

  .incorrect .mark {
    color: var(--_incorrect);
  }

  .feedback {
    margin-top: var(--_space);
    padding: 0.75rem 0.875rem;
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface);
  }

  .feedback.correct {
    border-inline-start-color: var(--_correct);
  }

  .feedback.incorrect {
    border-inline-start-color: var(--_incorrect);
  }

  .feedback p {
    margin: 0;
  }

  .verdict {
    font-weight: 700;
  }

  .evidence {
    margin: 0.5rem 0 0;
    padding: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .evidence q {
    font-style: italic;
  }

  .hint {
    margin: var(--_space) 0 0;
    color: var(--_incorrect);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: var(--_space);
  }

  button {
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button:hover {
    filter: brightness(1.1);
  }

  button.secondary {
    background: transparent;
    color: var(--_accent);
  }

  .score {
    margin: 0 0 var(--_space);
    font-size: 1.5em;
    font-weight: 700;
  }

  .score-percent {
    display: block;
    color: var(--_muted);
    font-size: 0.6em;
    font-weight: 400;
  }

  .review {
    margin: 0 0 var(--_space);
    border-top: 1px solid var(--_border);
    padding-top: 0.75rem;
  }

  .review summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 1.5rem;
  }

  .review-list {
    display: grid;
    gap: 0.75rem;
    margin: 0.75rem 0 0;
    padding-inline-start: 1.25rem;
  }

  .review-list p {
    margin: 0.125rem 0 0;
  }

  .review-prompt {
    font-weight: 600;
  }

  .review-list .mark {
    margin-inline-end: 0.25rem;
  }

  .link-button {
    min-height: 24px;
    margin-top: 0.25rem;
    padding: 0.25rem 0.5rem;
    font-size: 0.875em;
  }

  .share-status {
    min-height: 1.5em;
    margin: 0.5rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .band {
    margin: 0 0 var(--_space);
  }

  .notice {
    margin: 0 0 var(--_space);
    color: var(--_muted);
    font-size: 0.875em;
  }

  .error {
    margin: 0;
    padding: 0.75rem 0.875rem;
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_incorrect);
    background: var(--_surface);
  }

  /* As tall as the start screen it gives way to, so the page does not jump when the quiz arrives. */
  .loading {
    margin: 0;
    min-height: 7.5rem;
    color: var(--_muted);
  }

  @media (prefers-reduced-motion: no-preference) {
    .progress-bar rect {
      transition: width 200ms ease-out;
    }
  }

  @media (forced-colors: active) {
    .choice.correct,
    .choice.incorrect,
    .choice:has(input:checked) {
      outline: 2px solid CanvasText;
    }
  }
`;
