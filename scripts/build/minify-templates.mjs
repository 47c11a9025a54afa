/**
 * Shrinks the whitespace of Lit's `css` and `html` tagged templates in the drop-in's copy of our own modules
 * (issue 18: a fifth of the bytes). terser leaves template text alone, so the sources' indentation reached the
 * browser as is. The module build for bundlers is not touched: a consumer's bundler does its own minifying.
 *
 * Only the static text between `${}` is rewritten, never an expression, and only in ways the browser reads the
 * same:
 * - css: comments go, whitespace runs become one space, and the space next to `{ } ; , :` goes (a space BEFORE a
 *   colon is kept: `.a :hover` is not `.a:hover`); the last `;` of a rule goes. Quoted strings stay as written.
 * - html (and svg): the indentation around a line break goes. A line break reads as a space in ordinary text
 *   and stays a line break under `white-space: pre-line`.
 * Every line break stays where it was, so the source maps' lines still hold (columns move inside a template):
 * the transform returns no map of its own, as words-split.mjs does, and needs no source-map library.
 */

const minifyCssLine = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');

/** One line's css outside quoted strings (content: ', ') shrunk; the strings read as written. */
const minifyCssOutsideStrings = (line) =>
  line
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) => (i % 2 === 1 ? part : minifyCssLine(part)))
    .join('');

const minifyCss = (text, first, last) => {
  // A comment's line breaks stay (see above); then each line on its own, trimmed where nothing is lost.
  const lines = text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, '')).split('\n').map(minifyCssOutsideStrings);
  // A line break is whitespace to css too: the spaces beside it go.
  let out = lines.map((line, i) => (i > 0 ? line.replace(/^ /, '') : line)).map((line, i, all) => (i < all.length - 1 ? line.replace(/ $/, '') : line)).join('\n');
  // At the template's own ends, nothing follows or precedes: trim. Next to an expression, keep one space.
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
};

const minifyHtml = (text) => text.replace(/[ \t]*\n[ \t]*/g, '\n');

/** Walks an ESTree node (rollup's parser output) depth first. */
const walk = (node, visit) => {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
};

/**
 * @param {{ include: (id: string) => boolean }} options which modules' templates to shrink (ours, not Lit's)
 */
export function minifyTemplates({ include }) {
  return {
    name: 'poolster-minify-templates',
    transform(code, id) {
      if (!include(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const ast = this.parse(code);
      const edits = [];
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const tag = node.tag.name;
        if (tag !== 'css' && tag !== 'html' && tag !== 'svg') return;
        const quasis = node.quasi.quasis;
        quasis.forEach((q, i) => {
          const raw = code.slice(q.start, q.end);
          const next = tag === 'css' ? minifyCss(raw, i === 0, i === quasis.length - 1) : minifyHtml(raw);
          if (next !== raw) edits.push({ start: q.start, end: q.end, next });
        });
      });
      if (edits.length === 0) return null;
      edits.sort((a, b) => a.start - b.start);
      let out = '';
      let at = 0;
      for (const edit of edits) {
        out += code.slice(at, edit.start) + edit.next;
        at = edit.end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}
