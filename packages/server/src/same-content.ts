/**
 * Whether two submissions of one response id carry the same content.
 *
 * The scan stamps `updatedAt` and `submittedAt` anew on every click of "send"; a retry after an answer
 * that got lost on the way back is therefore a different document with the same answers. Those two
 * stamps are left out of the comparison, everything else counts, in any key order.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(withoutStamps(a)) === canonicalJson(withoutStamps(b));
}

function withoutStamps(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { updatedAt: _u, submittedAt: _s, ...rest } = value as Record<string, unknown>;
  return rest;
}

/** JSON with the keys of every object sorted: equal data, equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
