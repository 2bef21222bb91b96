// A rollup plugin that squeezes the whitespace out of our own css`` and html`` templates, which terser
// leaves alone. Only the literal text between bindings changes; bindings and JavaScript are untouched.
const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // `0.5rem` is `.5rem`; `calc(a * 2)` needs no spaces around `*` (only `+` and `-` do).
    .replace(/([^\w.-])0\.(\d)/g, '$1.$2')
    .replace(/\)\s*\*\s*/g, ')*');

// Whitespace runs that span a line break are layout in our source; one space keeps the same rendering.
const minifyHtml = (text) => text.replace(/\s*\n\s*/g, ' ');

function* taggedTemplates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* taggedTemplates(child);
    else if (value && typeof value === 'object' && typeof value.type === 'string') yield* taggedTemplates(value);
  }
}

export function minifyTemplates({include = (id) => !id.includes('node_modules')} = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include(id) || !/\b(css|html)\s*`/.test(code)) return null;
      const edits = [];
      for (const node of taggedTemplates(this.parse(code))) {
        const minify = node.tag.name === 'css' ? minifyCss : node.tag.name === 'html' ? minifyHtml : null;
        if (!minify) continue;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          edits.push([quasi.start, quasi.end, minify(raw)]);
        }
      }
      if (!edits.length) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
      return {code: out, map: null};
    },
  };
}
