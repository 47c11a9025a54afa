/**
 * "Did you mean": the known id an unknown one most likely misspells, so a message can name it. Only
 * near misses count (a case or separator difference, or at most two typing slips, one for short ids),
 * and only a single best candidate: a guess between two equally near ids would mislead more than help.
 */
export function closestId(id: string, known: Iterable<string>): string | undefined {
  const wanted = normalise(id);
  const limit = wanted.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of known) {
    if (candidate === id) continue;
    const distance = withinDistance(wanted, normalise(candidate), limit);
    if (distance === undefined) continue;
    if (distance < bestDistance) [best, bestDistance, tie] = [candidate, distance, false];
    else if (distance === bestDistance) tie = true;
  }
  return tie ? undefined : best;
}

/** Ids differ in case and in "-", "_" or "." far more often than in letters: those cost nothing. */
const normalise = (id: string): string => id.toLowerCase().replace(/[_.]/g, '-');

/**
 * The edit distance (insertions, deletions, substitutions and swaps of neighbours) between two strings
 * when it is at most `limit`, else undefined. Only the band of cells within `limit` of the diagonal is
 * computed, so the cost is linear in the length.
 */
function withinDistance(a: string, b: string, limit: number): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined;
  const width = b.length + 1;
  const rows = [new Array<number>(width).fill(Infinity), new Array<number>(width).fill(Infinity), new Array<number>(width).fill(Infinity)];
  for (let j = 0; j <= Math.min(limit, b.length); j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    const [before, previous, current] = [rows[(i + 1) % 3]!, rows[(i + 2) % 3]!, rows[i % 3]!];
    current.fill(Infinity);
    if (i <= limit) current[0] = i;
    let rowBest = current[0]!;
    for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      rowBest = Math.min(rowBest, d);
    }
    if (rowBest > limit) return undefined;
  }
  const distance = rows[a.length % 3]![b.length]!;
  return distance <= limit ? distance : undefined;
}
