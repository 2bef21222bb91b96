/**
 * Text or HTML -> Article: HTML strings are read by html-article.ts, plain and markdown text by
 * article-text.ts. Never throws. Callers that only ever have plain text should use parseArticleText, which
 * leaves the HTML reader out of a bundle.
 */
import type {Article, FaqPair} from '../types.js';
import {parseLines} from './article-text.js';
import {findFaqSection} from './faq.js';
import {parseHtmlArticle} from './html-article.js';
import {normalizeToLines} from './html-text.js';
import {looksLikeHtml} from './text.js';

export function parseArticle(input: string): Article {
  try {
    const raw = typeof input === 'string' ? input : String(input ?? '');
    return looksLikeHtml(raw) ? parseHtmlArticle(raw) : parseLines(normalizeToLines(raw));
  } catch {
    // A parsing bug must not take the page's widget down with it; an empty article yields no quiz.
    return {paragraphs: [], sentences: [], faq: []};
  }
}

/** FAQ pairs of any text or HTML, in article order; [] when there is no FAQ. */
export function extractFaq(input: string): FaqPair[] {
  return findFaqSection(normalizeToLines(input))?.pairs ?? [];
}
