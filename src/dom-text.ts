/**
 * Article text from the DOM: the element's own children, or an HTML string read with the inert
 * `DOMParser` (scripts never run, nothing is put into the page); scripts, styles, templates and hidden
 * elements are left out. Block elements keep their paragraph
 * breaks, which `textContent` would lose. Headings and list items come out as markdown-style `#` and `-`
 * lines, the structure the article parser reads in plain text too.
 */

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGURE', 'FORM', 'HEADER', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL']);
/** Never article prose: code, site chrome and captions. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'NAV', 'FOOTER', 'FIGCAPTION', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'svg', 'math']);

/** The text of a node's children, one blank line between blocks. */
export function nodeText(root: Node): string {
  const parts: string[] = [];
  /** A child's text between the marks that keep its structure ("# " before a heading, breaks around a block). */
  const around = (before: string, child: Node, after: string): void => {
    parts.push(before);
    walk(child);
    parts.push(after);
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        parts.push(child.nodeValue ?? '');
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag) || SKIP.has((child as Element).tagName)) continue;
      // Hidden content is not the article a reader sees.
      if ((child as Element).hasAttribute('hidden') || (child as Element).getAttribute('aria-hidden') === 'true') continue;
      const heading = /^H([1-6])$/.exec(tag);
      if (tag === 'BR') parts.push('\n');
      else if (tag === 'HR') parts.push('\n\n---\n\n');
      else if (heading) around(`\n\n${'#'.repeat(Number(heading[1]))} `, child, '\n\n');
      else if (tag === 'LI') around('\n- ', child, '\n');
      else if (tag === 'TD' || tag === 'TH') around('', child, ' ');
      else if (BLOCK.has(tag)) around('\n\n', child, '\n\n');
      else walk(child);
    }
  };
  walk(root);
  return parts.join('');
}

/** True when a string holds HTML markup rather than plain text. */
export function looksLikeHtml(input: string): boolean {
  return /<(?:[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?|\/[a-z][a-z0-9-]*\s*|!--[\s\S]*?--|!doctype[^<>]*)>/i.test(input);
}

/** Plain text of an HTML string, parsed inertly. */
export function htmlText(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return nodeText(parsed.body);
}
