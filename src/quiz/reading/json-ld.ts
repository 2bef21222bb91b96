/**
 * schema.org data in a page's `<script type="application/ld+json">` blocks: typed nodes, and the FAQ of
 * an FAQPage. HTML input only.
 */
import type {FaqPair} from '../types.js';
import {makePair} from './faq.js';
import {fragmentText} from './html-text.js';

const JSON_LD_OPEN = /<script\b[^<>]{0,300}?type\s*=\s*["']?application\/ld\+json\b[^<>]{0,300}>/gi;
const MAX_JSON_LD_NODES = 5000;

/**
 * Every typed object (one with an `@type`) in the page's `<script type="application/ld+json">` blocks, in
 * document order, searching `@graph`, arrays and nested values. Invalid blocks are skipped, as browsers do.
 */
export function jsonLdNodes(html: string): Array<Record<string, unknown>> {
  const nodes: Array<Record<string, unknown>> = [];
  const open = new RegExp(JSON_LD_OPEN.source, 'gi');
  let lower: string | undefined;
  let match: RegExpExecArray | null;
  while ((match = open.exec(html)) && nodes.length < MAX_JSON_LD_NODES) {
    const start = match.index + match[0].length;
    lower ??= html.toLowerCase();
    const end = lower.indexOf('</script', start);
    if (end < 0) break;
    open.lastIndex = end;
    try {
      collectTypedNodes(JSON.parse(html.slice(start, end)) as unknown, nodes, 0);
    } catch {
      // One broken block (trailing commas, stray HTML) must not hide the valid ones beside it.
    }
  }
  return nodes;
}

function collectTypedNodes(value: unknown, nodes: Array<Record<string, unknown>>, depth: number): void {
  if (depth > 16 || nodes.length >= MAX_JSON_LD_NODES || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectTypedNodes(item, nodes, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if ('@type' in record) nodes.push(record);
  for (const key of Object.keys(record)) collectTypedNodes(record[key], nodes, depth + 1);
}

/** Whether a JSON-LD node's `@type` (a string or an array) names `type`. */
export function hasJsonLdType(node: Record<string, unknown>, type: string): boolean {
  const types = Array.isArray(node['@type']) ? (node['@type'] as unknown[]) : [node['@type']];
  const wanted = type.toLowerCase();
  return types.some((t) => typeof t === 'string' && t.replace(/^.*[/:]/, '').toLowerCase() === wanted);
}

/**
 * FAQ pairs from the page's schema.org FAQPage data (JSON-LD): `mainEntity` Questions with `name` (or
 * `text`) and an `acceptedAnswer` (one, an array, or an ItemList), else a `suggestedAnswer`. For pages whose
 * visible text has no FAQ; the visible FAQ wins when there is one, as the markup does not always match it.
 */
export function faqFromStructuredData(html: string): FaqPair[] {
  const pairs: FaqPair[] = [];
  const seen = new Set<string>();
  for (const node of jsonLdNodes(html)) {
    if (!hasJsonLdType(node, 'FAQPage')) continue;
    for (const entity of asArray(node['mainEntity'])) {
      if (!isRecord(entity)) continue;
      const question = oneLine(fragmentText(firstString(entity['name'], entity['text'])));
      if (!question || seen.has(question)) continue;
      seen.add(question);
      const accepted = asArray(entity['acceptedAnswer']);
      const answers = (accepted.length ? accepted : asArray(entity['suggestedAnswer']).slice(0, 1)).flatMap((answer) => answerTexts(answer));
      pairs.push(
        makePair(
          question,
          answers.flatMap((answer) =>
            fragmentText(answer)
              .split(/\n{2,}/)
              .map(oneLine)
          )
        )
      );
    }
  }
  return pairs;
}

/** The texts of an Answer, a ListItem or an ItemList; nesting is bounded, as the data may be hostile. */
function answerTexts(answer: unknown, depth = 0): string[] {
  if (typeof answer === 'string') return [answer];
  if (!isRecord(answer) || depth > 4) return [];
  if (answer['itemListElement'] !== undefined) {
    return asArray(answer['itemListElement']).flatMap((item) => answerTexts(item, depth + 1));
  }
  const text = firstString(answer['text'], answer['name']);
  if (text) return [text];
  return isRecord(answer['item']) ? answerTexts(answer['item'], depth + 1) : [];
}

function asArray(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstString(...values: unknown[]): string {
  for (const value of values) if (typeof value === 'string' && value.trim()) return value;
  return '';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
