import type { Instrument, Response, TeamBlock } from '@poolster/schema';
import type { ReactiveController } from 'lit';
import { tagName } from '../shared/tags.js';

/** What the round reads from its scan and does through it (the public API of `<poolster-scan>`). */
export interface RoundScan extends HTMLElement {
  readonly loadedInstrument: Instrument | undefined;
  readonly currentBlockId: string | undefined;
  readonly value: Response | undefined;
  readonly presentation: boolean;
  lang: string;
  recordTeamRound(blockId: string, team: TeamBlock): boolean;
  requestUpdate(): void;
  addController(controller: ReactiveController): void;
  removeController(controller: ReactiveController): void;
}

/**
 * Gives `join` the scan a round sits in (undefined outside one). The scan's element may be defined after the
 * round's (a page that loads the round's drop-in before the scan's core has run): then once it is, if the round
 * is still in that scan.
 */
export function findScan(round: HTMLElement, join: (scan: RoundScan | undefined) => void): void {
  const scan = round.closest(tagName('scan'));
  if (!scan || 'addController' in scan) return join((scan as RoundScan | null) ?? undefined);
  void customElements.whenDefined(tagName('scan')).then(() => {
    if (round.isConnected && round.closest(tagName('scan')) === scan) join(scan as RoundScan);
  });
}
