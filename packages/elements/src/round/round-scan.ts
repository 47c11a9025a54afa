import type { Instrument, Response, TeamBlock } from '@poolster/schema';
import type { ReactiveController } from 'lit';

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
