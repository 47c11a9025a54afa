/**
 * Shrinks the whitespace of Lit's `css` and `html` tagged templates in the drop-in's copy of our own modules
 * (issue 18: a fifth of the bytes). terser leaves template text alone, so the sources' indentation reached the
 * browser as is. The module build for bundlers is not touched: a consumer's bundler does its own minifying.
 *
 * Only the static text between `${}` is rewritten, never an expression, and only in ways the browser reads the
 * same:
 * - css: comments go, whitespace runs (line breaks too) become one space, and the space next to `{ } ; , :` goes
 *   (a space BEFORE a colon is kept: `.a :hover` is not `.a:hover`); the last `;` of a rule goes. Quoted strings
 *   stay as written.
 * - html (and svg): the indentation around a line break goes. A line break reads as a space in ordinary text
 *   but stays a line break under `white-space: pre-line`, so it stays.
 * The css's lines become one, which moves the code after it: magic-string gives the source map that follows.
 */
import MagicString from 'magic-string';

const minifyCssText = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');

/** The css outside quoted strings (content: ', ') shrunk; the strings read as written. */
const minifyCssOutsideStrings = (text) =>
  text
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) => (i % 2 === 1 ? part : minifyCssText(part)))
    .join('');

const minifyCss = (text, first, last) => {
  // A line break is whitespace to css: the lines join as any whitespace does, comments gone.
  let out = minifyCssOutsideStrings(text.replace(/\/\*[\s\S]*?\*\//g, ' '));
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
      const out = new MagicString(code);
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const tag = node.tag.name;
        if (tag !== 'css' && tag !== 'html' && tag !== 'svg') return;
        const quasis = node.quasi.quasis;
        quasis.forEach((q, i) => {
          const raw = code.slice(q.start, q.end);
          const next = tag === 'css' ? minifyCss(raw, i === 0, i === quasis.length - 1) : minifyHtml(raw);
          if (next !== raw) out.overwrite(q.start, q.end, next);
        });
      });
      if (!out.hasChanged()) return null;
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}
