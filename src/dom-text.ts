/**
 * Reads the article a publisher put inside `<news-quiz>` as text, keeping paragraph breaks that
 * `textContent` would lose. It only reads nodes the page already parsed; it never writes markup.
 */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG']);

export function lightDomText(host: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        if (SKIP.has(element.tagName)) continue;
        if (element.tagName === 'BR') {
          parts.push('\n');
        } else if (BLOCK.has(element.tagName)) {
          parts.push('\n\n');
          walk(element);
          parts.push('\n\n');
        } else {
          walk(element);
        }
      }
    }
  };
  walk(host);
  return parts.join('');
}
