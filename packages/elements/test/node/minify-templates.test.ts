/**
 * The drop-in build's shrinking of Lit's `css` and `html` templates (scripts/build/minify-templates.mjs): what
 * it takes out, and what it must leave because the browser would read it differently.
 */
import assert from 'node:assert/strict';
import { SourceMap } from 'node:module';
import { describe, it } from 'node:test';
import { parseAst } from 'rollup/parseAst';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { minifyTemplates } from '../../../../scripts/build/minify-templates.mjs';

type Transform = (this: { parse: typeof parseAst }, code: string, id: string) => { code: string; map: object } | null;
const plugin = minifyTemplates({ include: (id: string) => id.endsWith('.ts') }) as { transform: Transform };
const shrink = (code: string, id = 'x.ts'): string => plugin.transform.call({ parse: parseAst }, code, id)?.code ?? code;

describe('the drop-in shrinks its template literals', () => {
  it('css: comments, line breaks, indentation and spaces around braces, semicolons, commas and after colons go', () => {
    const out = shrink('const s = css`\n  /* why */\n  .a ,\n  .b {\n    color : red;\n    margin: 0 1rem;\n  }\n`;');
    assert.equal(out, 'const s = css`.a,.b{color :red;margin:0 1rem}`;');
  });

  it('css: a selector list or a descendant broken over lines keeps its meaning', () => {
    assert.equal(shrink('const s = css`.a\n  .b,\n.c\n{ color: red }`;'), 'const s = css`.a .b,.c{color:red}`;');
  });

  it('gives the source map that takes the code after a joined css template back to its own line', () => {
    const code = 'const s = css`\n  .a {\n    color: red;\n  }\n`;\nconst after = 1;';
    const result = plugin.transform.call({ parse: parseAst }, code, 'x.ts')!;
    assert.equal(result.code, 'const s = css`.a{color:red}`;\nconst after = 1;');
    const entry = new SourceMap(result.map as ConstructorParameters<typeof SourceMap>[0]).findEntry(1, 6);
    assert.ok('originalLine' in entry, 'the code after the template has no mapping');
    assert.deepEqual([entry.originalLine, entry.originalColumn], [5, 6]);
  });

  it('css: a space before a colon (a descendant pseudo-class) and quoted strings stay as written', () => {
    assert.equal(shrink("const s = css`.a :hover { content: ' ,  ; '; }`;"), "const s = css`.a :hover{content:' ,  ; '}`;");
  });

  it('css: the last semicolon of a rule goes, and expressions are never touched', () => {
    assert.equal(shrink('const s = css`.a { color: ${unsafeCSS(x ,  y)} ; }`;'), 'const s = css`.a{color:${unsafeCSS(x ,  y)}}`;');
  });

  it('html: the indentation around line breaks goes; the line breaks and the text stay', () => {
    assert.equal(shrink('const t = html`<p>\n    one  two\n    ${x}\n  </p>`;'), 'const t = html`<p>\none  two\n${x}\n</p>`;');
  });

  it('leaves other tags, untagged templates and modules it is not asked to touch alone', () => {
    const code = 'const a = sql`\n  select 1\n`; const b = `\n  x\n`;';
    assert.equal(shrink(code), code);
    assert.equal(shrink('const s = css`\n  .a { color: red; }\n`;', 'node_modules/lit/x.js'), 'const s = css`\n  .a { color: red; }\n`;');
  });
});
