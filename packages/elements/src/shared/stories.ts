import type { Instrument, Response } from '@poolster/schema';

/** Loading helpers for stories: instruments come from the static content folder, as in a portal. */
export const GO_SRC = 'content/go-clb/instrument.json';
export const OTHER_NETWORK_SRC = 'other-network/instrument.json';

export async function loadJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export const loadGo = (): Promise<Instrument> => loadJson<Instrument>(GO_SRC);

/** A complete GO! response: stages cycle, ambitions one stage up or kept, a few comments. */
export function sampleGoResponse(instrument: Instrument, centre = 'CLB Brugge'): Response {
  const blocks: Response['blocks'] = {};
  instrument.clusters
    .flatMap((c) => c.blocks)
    .forEach((block, i) => {
      blocks[block.id] = {
        'current-stage': { choice: instrument.stages[i % 3]!.id },
        ambition: { choice: i % 2 ? 'keep' : (['evolve-planned', 'evolve-integrated', 'evolve-systematic'] as const)[i % 3] },
        'deliberate-choice': { choice: i % 3 ? 'both' : 'deliberate', ...(i === 0 ? { comment: 'Besproken in het beleidsteam van 12 november.' } : {}) },
        levers: { choices: i < 4 ? ['people-culture', 'systems-structure'] : ['none'] },
        obstacles: { choices: i % 3 === 0 ? ['systems-structure'] : ['none'] },
        subgroups: { choices: i === 2 ? ['teams'] : ['no'] },
      };
    });
  return {
    schemaVersion: 1,
    id: '7d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a0f',
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    status: 'submitted',
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    submittedAt: '2026-11-20T10:00:00Z',
    context: { 'centre-name': { text: centre } },
    blocks,
    final: { 'inspiring-practices': { blocks: ['prevention'] }, priorities: { blocks: ['informed-practice', 'strong-teamwork', 'integral-policy'] } },
  };
}
