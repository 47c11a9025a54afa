import type { BallotPlacement, ParticipantRound } from '@poolster/schema';

/**
 * Reads a `ParticipantRound` from a server's answer with small plain checks instead of the schema's zod
 * validator: the participant's drop-in then carries no zod at all (it would more than double its size),
 * and what the element relies on is only the shape below. Unknown extra fields are dropped.
 */
export function asParticipantRound(value: unknown): ParticipantRound | undefined {
  if (!isRecord(value) || !isRecord(value['ballot']) || !Array.isArray(value['blocks'])) return undefined;
  const { roundId, instrumentId, instrumentVersion, askAmbition, status } = value;
  if (typeof roundId !== 'string' || typeof instrumentId !== 'string' || typeof instrumentVersion !== 'string') return undefined;
  if (typeof askAmbition !== 'boolean' || (status !== 'open' && status !== 'closed')) return undefined;
  const blocks: ParticipantRound['blocks'] = [];
  for (const block of value['blocks']) {
    if (!isRecord(block) || typeof block['blockId'] !== 'string' || !isGeneration(block['generation'])) return undefined;
    if (block['phase'] !== 'voting' && block['phase'] !== 'revealed') return undefined;
    blocks.push({ blockId: block['blockId'], phase: block['phase'], generation: block['generation'] });
  }
  const placements = asPlacements(value['ballot']['placements']);
  if (!placements) return undefined;
  return { roundId, instrumentId, instrumentVersion, askAmbition, status, blocks, ballot: { format: 'poolster-ballot', version: 1, placements } };
}

/** Placements by block id; undefined when it is not such a record. */
export function asPlacements(value: unknown): Record<string, BallotPlacement> | undefined {
  if (!isRecord(value)) return undefined;
  const placements: Record<string, BallotPlacement> = {};
  for (const [blockId, placement] of Object.entries(value)) {
    if (!isRecord(placement) || !isGeneration(placement['generation'])) return undefined;
    const { current, ambition } = placement;
    if ((current !== undefined && typeof current !== 'string') || (ambition !== undefined && typeof ambition !== 'string')) return undefined;
    placements[blockId] = { generation: placement['generation'], ...(current === undefined ? {} : { current }), ...(ambition === undefined ? {} : { ambition }) };
  }
  return placements;
}

const isGeneration = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
