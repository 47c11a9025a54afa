/**
 * FIELDS.md: every field of an instrument and of a response, written from the committed JSON Schema so
 * the reference cannot say something the validator does not do. One section per named part (`$defs`),
 * with the path(s) where the part occurs, then a row per field: its path inside the part, type, whether
 * it is required, its default, its description and an example taken from real content.
 */
type Node = Record<string, any>;
type Examples = Map<string, unknown>;

/** Parts that are values rather than objects with fields: described once, linked from every row. */
const VALUE_TYPES = new Set(['Identifier', 'SemVer', 'Text', 'LanguageCode', 'ListItem', 'RichText']);

const anchor = (name: string): string => name.toLowerCase();
const refName = (node: Node): string | undefined => (typeof node.$ref === 'string' ? node.$ref.split('/').pop() : undefined);
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A field's type in words, with links to the named parts it uses. */
export function typeText(node: Node): string {
  const name = refName(node);
  if (name === 'RichText') return '[rich text](#richtext) (array of paragraphs)';
  if (name) return `[${name}](#${anchor(name)})`;
  if ('const' in node) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum) return node.enum.map((v: unknown) => `\`${JSON.stringify(v)}\``).join(' or ');
  const union = node.anyOf ?? node.oneOf;
  if (union) return union.map(typeText).join(' or ');
  if (node.type === 'array') {
    const bounds = [node.minItems !== undefined && `at least ${node.minItems}`, node.maxItems !== undefined && `at most ${node.maxItems}`].filter(Boolean);
    return `array of ${node.items ? typeText(node.items) : 'anything'}${bounds.length ? ` (${bounds.join(', ')})` : ''}`;
  }
  if (node.type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object') {
    const key = node.propertyNames ? typeText(node.propertyNames) : 'string';
    return `map of ${key} to ${typeText(node.additionalProperties)}`;
  }
  if (node.type === 'object') return 'object';
  if (node.type === 'integer' || node.type === 'number') {
    const range = node.minimum !== undefined && node.maximum !== undefined ? ` ${node.minimum}–${node.maximum}` : node.minimum !== undefined ? ` ≥ ${node.minimum}` : '';
    return `${node.type}${range}`;
  }
  if (node.type === 'string') {
    const notes = [node.format, node.maxLength !== undefined && `at most ${node.maxLength} characters`].filter(Boolean);
    return `string${notes.length ? ` (${notes.join(', ')})` : ''}`;
  }
  return node.type ? String(node.type) : 'anything';
}

interface Row {
  path: string;
  node: Node;
  required: boolean;
}

/** A part's fields, inline objects flattened into dotted paths (`definition.text`, `options[].id`). */
function fields(node: Node, prefix = ''): Row[] {
  const rows: Row[] = [];
  const required = new Set<string>(node.required ?? []);
  for (const [key, child] of Object.entries<Node>(node.properties ?? {})) {
    const path = `${prefix}${key}`;
    rows.push({ path, node: child, required: required.has(key) });
    if (child.properties) rows.push(...fields(child, `${path}.`));
    else if (child.type === 'array' && child.items?.properties) rows.push(...fields(child.items, `${path}[].`));
    else if (child.additionalProperties?.properties) rows.push(...fields(child.additionalProperties, `${path}.<key>.`));
  }
  return rows;
}

/** Where every named part occurs, as generic paths from the document's root (`clusters[].blocks[]`). */
function occurrences(schema: Node): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const visit = (node: Node | undefined, path: string, seen: Set<string>): void => {
    if (!node || typeof node !== 'object') return;
    const name = refName(node);
    if (name) {
      const list = found.get(name) ?? [];
      if (!list.includes(path)) list.push(path);
      found.set(name, list);
      if (seen.has(name) || VALUE_TYPES.has(name)) return;
      visit(schema.$defs[name], path, new Set([...seen, name]));
      return;
    }
    for (const option of node.anyOf ?? node.oneOf ?? []) visit(option, path, seen);
    for (const [key, child] of Object.entries<Node>(node.properties ?? {})) visit(child, path ? `${path}.${key}` : key, seen);
    if (node.items) visit(node.items, `${path}[]`, seen);
    if (node.additionalProperties && typeof node.additionalProperties === 'object') visit(node.additionalProperties, `${path}.<key>`, seen);
  };
  visit({ $ref: schema.$ref }, '', new Set());
  return found;
}

/** The first value found at every generic path of an example document (`stages[].label`). */
export function examplesOf(...documents: unknown[]): Examples {
  const examples: Examples = new Map();
  const visit = (value: unknown, path: string, inRecord: boolean): void => {
    if (!examples.has(path)) examples.set(path, value);
    if (Array.isArray(value)) value.forEach((item) => visit(item, `${path}[]`, false));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const next = path ? `${path}.${key}` : key;
        visit(child, next, false);
        // Records (answers by block id, stage descriptions by stage id) are read as `<key>` too.
        if (!inRecord) visit(child, path ? `${path}.<key>` : '<key>', true);
      }
    }
  };
  for (const document of documents) visit(document, '', false);
  return examples;
}

/** A short example: plain values and texts, cut at 60 characters; nothing for larger structures. */
function exampleText(value: unknown): string {
  if (value === undefined) return '';
  const isText = value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
  const isPlainList = Array.isArray(value) && value.length > 0 && value.every((v) => typeof v !== 'object');
  if (typeof value === 'object' && value !== null && !isText && !isPlainList) return '';
  let json = JSON.stringify(value);
  if (json.length > 60) json = `${json.slice(0, 59)}…`;
  return `\`${cell(json)}\``;
}

function partSection(name: string, part: Node, paths: string[], examples: Examples): string {
  const where = paths.length ? `At ${paths.slice(0, 4).map((p) => `\`${p || '(root)'}\``).join(', ')}${paths.length > 4 ? ' …' : ''}.` : 'The document\'s root.';
  const lines = [`### ${name}`, '', ...(part.description ? [part.description, ''] : []), where, ''];
  const union = part.oneOf ?? part.anyOf;
  if (union && !part.properties) {
    lines.push(`One of: ${union.map(typeText).join(', ')}.`, '');
    return lines.join('\n');
  }
  lines.push('| field | type | required | default | what it is for | example |', '|---|---|---|---|---|---|');
  for (const row of fields(part)) {
    // `$schema` examples would be the fixtures' own relative paths, which mean nothing elsewhere.
    const example = row.path.startsWith('$') ? undefined : paths.map((p) => examples.get(p ? `${p}.${row.path}` : row.path)).find((v) => v !== undefined);
    const fallback = row.node.$ref && !row.node.description ? '' : (row.node.description ?? '');
    const def = 'default' in row.node ? `\`${JSON.stringify(row.node.default)}\`` : '';
    lines.push(`| \`${row.path}\` | ${cell(typeText(row.node))} | ${row.required ? 'yes' : 'no'} | ${def} | ${cell(fallback)} | ${exampleText(example)} |`);
  }
  lines.push('');
  return lines.join('\n');
}

function documentSection(title: string, intro: string, schema: Node, examples: Examples): string {
  const where = occurrences(schema);
  const root = refName(schema)!;
  const names = Object.keys(schema.$defs).filter((n) => !VALUE_TYPES.has(n));
  const ordered = [root, ...names.filter((n) => n !== root)];
  return [`## ${title}`, '', intro, '', ...ordered.map((n) => partSection(n, schema.$defs[n], n === root ? [''] : (where.get(n) ?? []), examples))].join('\n');
}

function valueSection(schemas: Node[]): string {
  const lines = ['## Values', '', 'The kinds of value the fields above use.', ''];
  for (const name of VALUE_TYPES) {
    const part = schemas.map((s) => s.$defs[name]).find(Boolean);
    if (!part) continue;
    const pattern = part.pattern ? ` Pattern: \`${part.pattern}\`.` : '';
    const shape =
      name === 'RichText'
        ? 'array of paragraphs, each a [Text](#text) or a [ListItem](#listitem)'
        : part.properties
          ? `object: ${fields(part).map((row) => `\`${row.path}\` (${typeText(row.node)})`).join(', ')}`
          : typeText(part);
    lines.push(`### ${name}`, '', `${part.description ?? ''} Type: ${shape}.${pattern}`.trim(), '');
  }
  return lines.join('\n');
}

/** The whole of FIELDS.md. */
export function fieldReference(instrument: Node, response: Node, examples: { instruments: unknown[]; responses: unknown[] }): string {
  return [
    '# Fields',
    '',
    '<!-- Generated by packages/schema/scripts/generate.ts from the JSON Schema files. Do not edit. -->',
    '',
    'Every field of an instrument and of a response, from the JSON Schema in `generated/` (which is made',
    'from the zod schemas the validator uses). Paths use `[]` for "every entry of the list" and `<key>` for',
    '"every key of the map". Examples come from the test instruments of a made-up network. For editor',
    'completion from the same schema, see [Start a new instrument](README.md#start-a-new-instrument).',
    '',
    documentSection('Instrument', 'One file, `instrument.json`: see [An instrument](README.md#an-instrument).', instrument, examplesOf(...examples.instruments)),
    documentSection('Response', 'One team\'s answers: see [A response](README.md#a-response).', response, examplesOf(...examples.responses)),
    valueSection([instrument, response]),
  ].join('\n').replace(/\n{3,}/g, '\n\n');
}
