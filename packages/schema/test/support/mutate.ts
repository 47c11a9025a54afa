import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** Every path into a JSON value (objects' keys and arrays' indexes), the root included. */
export function pathsOf(value: Json, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]));
  return out;
}

function parentOf(root: Json, path: Path): { parent: Json; key: string | number } | undefined {
  if (path.length === 0) return undefined;
  let node: Json = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, Json>)[key as never]!;
  return { parent: node, key: path[path.length - 1]! };
}

export type Mutation =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'rename'; at: number; name: string };

/** Applies mutations to a copy of a document; `at` picks a path by index (modulo the number of paths). */
export function mutate(document: unknown, mutations: Mutation[]): unknown {
  let root = structuredClone(document) as Json;
  for (const m of mutations) {
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length]!;
    const found = parentOf(root, path);
    if (!found) {
      if (m.kind === 'replace') root = m.value;
      continue;
    }
    const { parent, key } = found;
    if (Array.isArray(parent)) {
      const i = key as number;
      if (m.kind === 'replace') parent[i] = m.value;
      else if (m.kind === 'delete') parent.splice(i, 1);
      else if (m.kind === 'duplicate') parent.splice(i, 0, structuredClone(parent[i]!));
    } else if (parent && typeof parent === 'object') {
      const k = key as string;
      if (m.kind === 'replace') parent[k] = m.value;
      else if (m.kind === 'delete') delete parent[k];
      else if (m.kind === 'duplicate') parent[`${k}_copy`] = structuredClone(parent[k]!);
      else if (m.kind === 'rename') {
        parent[m.name] = parent[k]!;
        delete parent[k];
      }
    }
  }
  return root;
}

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, '', 'x', 'fragmentary', 'none', '1.0.0', [], {}),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: jsonValue }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), name: fc.constantFrom('id', 'type', 'label', 'choices', 'stage', 'blocks', 'zz') }),
);
