/**
 * An article pasted or opened as HTML, read as text with the inert DOMParser, as the reader element reads
 * HTML: nothing is put into the page and scripts never run. Where the browser has Trusted Types, DOMParser
 * is handed the HTML through the studio's own `news-quiz-studio` policy, which is used for nothing else (a
 * page that enforces Trusted Types lists it: `trusted-types lit-html news-quiz news-quiz-studio`). Where
 * the page does not allow that policy, the engine's string reader reads the HTML instead: it builds no DOM.
 */
import {nodeText} from '../dom-text.js';
import {htmlToText} from '../quiz/reading/html-text.js';

interface Policy {
  createHTML(html: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: {createHTML: (html: string) => string}): Policy;
}

/** The policy, null where Trusted Types are absent, false where the page refuses it. */
let policy: Policy | null | false | undefined;

function studioPolicy(): Policy | null | false {
  if (policy !== undefined) return policy;
  const trustedTypes = (globalThis as {trustedTypes?: TrustedTypesLike}).trustedTypes;
  try {
    // Only ever handed to DOMParser below, whose document is inert and never joins the page.
    policy = trustedTypes ? trustedTypes.createPolicy('news-quiz-studio', {createHTML: (html) => html}) : null;
  } catch {
    policy = false;
  }
  return policy;
}

/** The text of an HTML article. */
export function readHtml(html: string): string {
  const trusted = studioPolicy();
  if (trusted === false) return htmlToText(html);
  const input = trusted ? (trusted.createHTML(html) as string) : html;
  return nodeText(new DOMParser().parseFromString(input, 'text/html').body);
}
