/** Shades of the default scale: the stages spread over it, from light to dark (readable in grey scale). */
const PALETTE_SIZE = 8;

/** `stage-N` (for `--poolster-stage-color-N`) and the shade of the default scale the stage gets. */
export function stageClasses(stageCount: number, index: number): string {
  const tone = stageCount <= 1 ? 1 : Math.round((index * (PALETTE_SIZE - 1)) / (stageCount - 1)) + 1;
  return `stage-${index + 1} tone-${tone}`;
}
