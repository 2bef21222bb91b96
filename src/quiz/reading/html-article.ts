/**
 * An HTML page -> Article: the story inside `<article>` (else `<main>`), the headline from `<h1>`, and what
 * the visible page lacks from its JSON-LD. HTML strings only (the CLI, API users).
 */
import type {Article} from '../types.js';
import {parseLines} from './article-text.js';
import {findFaqSection} from './faq.js';
import {fragmentText, normalizeToLines} from './html-text.js';
import {faqFromStructuredData, hasJsonLdType, jsonLdNodes} from './json-ld.js';

/** The article of an HTML page or fragment (the caller has checked looksLikeHtml). May throw. */
export function parseHtmlArticle(html: string): Article {
  return withStructuredData(parseHtmlPage(html), html);
}

/**
 * An HTML page: the story inside `<article>` (else `<main>`) when that holds prose, as what surrounds it
 * is site chrome (cookie banners, menus, teasers); otherwise the whole page.
 */
function parseHtmlPage(html: string): Article {
  const lower = html.toLowerCase();
  for (const tag of ['article', 'main']) {
    const region = elementRegion(html, lower, tag);
    if (region === undefined) continue;
    const article = parseLines(normalizeToLines(region));
    if (article.sentences.length === 0) continue;
    // Some pages put the headline above the article element and the FAQ after it.
    if (article.title === undefined) {
      const headline = /<h1\b[^<>]{0,300}>([\s\S]{0,600}?)<\/h1\s*>/i.exec(html);
      const title = headline ? fragmentText(headline[1] as string).replace(/\s+/g, ' ') : '';
      if (title) article.title = title;
    }
    if (article.faq.length > 0) return article;
    const pageFaq = findFaqSection(normalizeToLines(html));
    return pageFaq ? {...article, faq: pageFaq.pairs} : article;
  }
  return parseLines(normalizeToLines(html));
}

/** From the first `<tag>` to the last `</tag>`, so nested elements of the same name stay inside. */
function elementRegion(html: string, lower: string, tag: string): string | undefined {
  const open = new RegExp(`<${tag}[\\s>]`).exec(lower);
  const close = lower.lastIndexOf(`</${tag}`);
  if (!open || close <= open.index) return undefined;
  return html.slice(open.index, close);
}

/**
 * Fills what the visible page lacks from its JSON-LD: the FAQ from FAQPage data, and the body from an
 * Article's `articleBody` when the page shows no prose (a page rendered by script). Visible text wins.
 */
function withStructuredData(article: Article, html: string): Article {
  if (article.faq.length > 0 && article.sentences.length > 0) return article;
  const faq = article.faq.length > 0 ? article.faq : faqFromStructuredData(html);
  let result: Article = {...article, faq};
  if (article.sentences.length === 0) {
    const body = jsonLdNodes(html).find((node) => typeof node['articleBody'] === 'string' && ['Article', 'NewsArticle', 'BlogPosting', 'ReportageNewsArticle'].some((type) => hasJsonLdType(node, type)));
    if (body) {
      const parsed = parseLines(fragmentText(body['articleBody'] as string).split('\n'));
      const headline = typeof body['headline'] === 'string' ? fragmentText(body['headline']).replace(/\s+/g, ' ') : '';
      result = {...parsed, faq: faq.length > 0 ? faq : parsed.faq};
      const title = article.title ?? (headline || parsed.title);
      if (title) result.title = title;
    }
  }
  return result;
}
