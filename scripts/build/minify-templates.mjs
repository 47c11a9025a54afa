/**
 * Shrinks the whitespace of Lit's `css` and `html` tagged templates in the drop-in's copy of our own modules
 * (issue 18: a fifth of the bytes). terser leaves template text alone, so the sources' indentation reached the
 * browser as is. The module build for bundlers is not touched: a consumer's bundler does its own minifying.
 *
 * Only the static text between `${}` is rewritten, never an expression, and only in ways the browser reads the
 * same:
 * - css: comments go, whitespace runs become one space, and the space next to `{ } ; , :` goes (a space BEFORE a
 *   colon is kept: `.a :hover` is not `.a:hover`); the last `;` of a rule goes.
 * - html (and svg): a whitespace run that holds a line break becomes one line break, other runs stay. A line
 *   break reads as a space in ordinary text and stays a line break under `white-space: pre-line`.
 */
import MagicString from 'magic-string';

const minifyCssOutsideStrings = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');

const minifyCss = (text, first, last) => {
  // Quoted strings (content: ', ') are read as written: only the text between them is shrunk.
  let out = text
    .split(/('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/)
    .map((part, i) => (i % 2 === 1 ? part : minifyCssOutsideStrings(part)))
    .join('');
  // At the template's own ends, nothing follows or precedes: trim. Next to an expression, keep one space.
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
};

const minifyHtml = (text) => text.replace(/\s*\n\s*/g, '\n');

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
      const s = new MagicString(code);
      let changed = false;
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const tag = node.tag.name;
        if (tag !== 'css' && tag !== 'html' && tag !== 'svg') return;
        const quasis = node.quasi.quasis;
        quasis.forEach((q, i) => {
          const raw = code.slice(q.start, q.end);
          const next = tag === 'css' ? minifyCss(raw, i === 0, i === quasis.length - 1) : minifyHtml(raw);
          if (next !== raw) {
            changed = true;
            if (next === '') s.remove(q.start, q.end);
            else s.overwrite(q.start, q.end, next);
          }
        });
      });
      return changed ? { code: s.toString(), map: s.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
