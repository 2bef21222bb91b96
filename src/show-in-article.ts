/**
 * "Show in article": finds the sentence a question rests on in the page's own article element, scrolls to it
 * and highlights it with the CSS Custom Highlight API, so the page's DOM is never changed. Where that API is
 * missing, the sentence is selected instead.
 */

const HIGHLIGHT = 'news-quiz-evidence';
let styled = false;

/** The range of the page element's text that holds the sentence (its first 60 characters), if any. */
export function findSentence(root: Element, sentence: string): Range | undefined {
  const nodes: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const text = nodes.map((node) => node.data).join('');
  // The article as read may differ from the page in spacing and markup: look for a long enough start.
  for (const length of [60, 30]) {
    const start = text.indexOf(sentence.slice(0, length));
    if (start < 0) continue;
    const end = Math.min(text.length, start + sentence.length);
    const range = root.ownerDocument.createRange();
    let offset = 0;
    for (const node of nodes) {
      const next = offset + node.data.length;
      if (start >= offset && start <= next) range.setStart(node, start - offset);
      if (end >= offset && end <= next) {
        range.setEnd(node, end - offset);
        return range;
      }
      offset = next;
    }
  }
  return undefined;
}

/** Scrolls to the range and highlights it; returns whether it could. */
export function showRange(range: Range): boolean {
  const doc = range.startContainer.ownerDocument!;
  const view = doc.defaultView as (Window & typeof globalThis & {Highlight?: new (range: Range) => unknown}) | null;
  const highlights = (view?.CSS as unknown as {highlights?: Map<string, unknown>} | undefined)?.highlights;
  if (highlights && view?.Highlight) {
    if (!styled) {
      // A constructed sheet, which a strict style-src allows, gives the highlight its colour.
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(`::highlight(${HIGHLIGHT}) { background-color: #fff0a6; color: #1f2328; }`);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      styled = true;
    }
    highlights.set(HIGHLIGHT, new view.Highlight(range));
  } else {
    const selection = view?.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  const reduced = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  range.startContainer.parentElement?.scrollIntoView({block: 'center', behavior: reduced ? 'auto' : 'smooth'});
  return true;
}
