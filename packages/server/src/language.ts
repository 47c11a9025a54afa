export const LANGUAGES = ['nl', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The language to answer in: `?lang=` when it names one we have, else the best of the request's
 * Accept-Language (by q-value, then order), else Dutch.
 */
export function pickLanguage(acceptLanguage: string | undefined, explicit?: string | null): Language {
  const known = (tag: string | null | undefined): Language | undefined => {
    const primary = (tag ?? '').trim().toLowerCase().split('-')[0];
    return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : undefined;
  };
  const chosen = known(explicit);
  if (chosen) return chosen;
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0 && Number.isFinite(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ranges) {
    const language = known(range.tag);
    if (language) return language;
  }
  return 'nl';
}
