/**
 * An article pasted or opened as HTML, read as text with the inert DOMParser (as the reader element does:
 * nothing is put into the page, scripts never run). A page that enforces Trusted Types blocks DOMParser
 * with a plain string: there the studio passes the HTML through its own `news-quiz-studio` policy (the
 * page lists it in `trusted-types`), and where that is not allowed either, the engine's string reader
 * (no DOM at all) reads it.
 */
import {htmlText} from '../dom-text.js';
import {htmlToText} from '../quiz/reading/html-text.js';
import {nodeText} from '../dom-text.js';

interface Policy {
  createHTML(html: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: {createHTML: (html: string) => string}): Policy;
}

let policy: Policy | null | undefined;

function studioPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  try {
    const trustedTypes = (globalThis as {trustedTypes?: TrustedTypesLike}).trustedTypes;
    // Only ever handed to DOMParser below, whose document is inert and never joins the page.
    policy = trustedTypes ? trustedTypes.createPolicy('news-quiz-studio', {createHTML: (html) => html}) : null;
  } catch {
    policy = null;
  }
  return policy;
}

/** The text of an HTML article. */
export function readHtml(html: string): string {
  try {
    return htmlText(html);
  } catch {
    const trusted = studioPolicy();
    if (trusted) {
      try {
        const parsed = new DOMParser().parseFromString(trusted.createHTML(html) as string, 'text/html');
        return nodeText(parsed.body);
      } catch {
        // fall through to the string reader
      }
    }
    return htmlToText(html);
  }
}
