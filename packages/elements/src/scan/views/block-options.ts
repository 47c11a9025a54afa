import { blockPlacements, modelOf, type BlockPickQuestion, type BlockPlacement, type BlockRankingQuestion } from '@poolster/schema';
import type { BlockOption } from '../../block-pick/block-pick.js';
import { defineStrings, format } from '../../i18n/strings.js';
import type { ScanContext } from './context.js';

const blockOptionStrings = defineStrings('scan-block-options', {
  en: {
    move: '{current} → {ambition}',
    keep: '{current} (keep)',
    ambitionOnly: 'Ambition: {ambition}',
    growthOne: 'suggested: grows 1 stage',
    growthMany: 'suggested: grows {n} stages',
    highest: 'suggested: your highest stage',
  },
  nl: {
    move: '{current} → {ambition}',
    keep: '{current} (aanhouden)',
    ambitionOnly: 'Ambitie: {ambition}',
    growthOne: 'voorstel: 1 stadium groei',
    growthMany: 'voorstel: {n} stadia groei',
    highest: 'voorstel: jullie hoogste stadium',
  },
  fr: {
    move: '{current} → {ambition}',
    keep: '{current} (maintenir)',
    ambitionOnly: 'Ambition : {ambition}',
    growthOne: 'suggestion : progression d’un stade',
    growthMany: 'suggestion : progression de {n} stades',
    highest: 'suggestion : votre stade le plus élevé',
  },
});

/**
 * The building blocks a final question offers, each with the context the team just gave it: its current
 * stage and ambition as `detail`, and a `suggestion` where the answers point to it. For priorities
 * (block-ranking) the suggestions are the blocks the team wants to grow most (ambition − current ≥ 1,
 * the largest first, ties in the instrument's order); for inspiring practices (block-pick) they are the
 * blocks at the highest stage the team chose, when that stage is above the first. At most `max` of
 * them, listed in the instrument's order: a suggestion is only shown, never chosen for the team.
 */
export function blockOptionsWithContext(ctx: ScanContext, q: BlockPickQuestion | BlockRankingQuestion): BlockOption[] {
  const placements = new Map(blockPlacements(ctx.instrument, ctx.response).map((p) => [p.blockId, p]));
  const suggestions = q.type === 'block-ranking' ? growthSuggestions(ctx, [...placements.values()], q.max) : highestStageSuggestions(ctx, [...placements.values()], q.max);
  return modelOf(ctx.instrument).blocks.map(({ block, cluster }) => {
    const placement = placements.get(block.id);
    const detail = placement ? placementText(ctx, placement) : '';
    const suggestion = suggestions.get(block.id);
    return {
      id: block.id,
      label: ctx.text(block.title),
      group: ctx.text(cluster.title),
      ...(detail ? { detail } : {}),
      ...(suggestion ? { suggestion } : {}),
    };
  });
}

/** "Planmatig → Geïntegreerd", "Geïntegreerd (aanhouden)", "Planmatig", or '' when nothing is answered. */
function placementText(ctx: ScanContext, p: BlockPlacement): string {
  const t = blockOptionStrings(ctx.uiLang);
  const label = (index: number | undefined) => (index === undefined ? '' : ctx.text(ctx.instrument.stages[index]?.label));
  const current = label(p.currentIndex);
  const ambition = label(p.ambitionIndex);
  if (current && p.keep) return format(t.keep, { current });
  if (current && ambition) return format(t.move, { current, ambition });
  if (ambition) return format(t.ambitionOnly, { ambition });
  return current;
}

function growthSuggestions(ctx: ScanContext, placements: BlockPlacement[], max: number): Map<string, string> {
  const t = blockOptionStrings(ctx.uiLang);
  const growing = placements.filter((p) => (p.gap ?? 0) >= 1);
  // A stable sort keeps the instrument's order among blocks with the same gap.
  growing.sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0));
  return new Map(growing.slice(0, Math.max(0, max)).map((p) => [p.blockId, p.gap === 1 ? t.growthOne : format(t.growthMany, { n: p.gap ?? 0 })]));
}

function highestStageSuggestions(ctx: ScanContext, placements: BlockPlacement[], max: number): Map<string, string> {
  const t = blockOptionStrings(ctx.uiLang);
  const highest = Math.max(-1, ...placements.map((p) => p.currentIndex ?? -1));
  if (highest < 1) return new Map();
  const atHighest = placements.filter((p) => p.currentIndex === highest);
  return new Map(atHighest.slice(0, Math.max(0, max)).map((p) => [p.blockId, t.highest]));
}
