import type { RoundStore } from '../store/rounds.js';
import type { EventStream } from './event-stream.js';
import { participantRound, roundState } from './round-views.js';

/** What the hub logs when a state cannot be read (the database is down): the streams then wait for the next change. */
interface HubLog {
  warn(details: object, message: string): void;
}

interface FacilitatorWatch {
  stream: EventStream;
  centreId: string;
  /** The origin the stream's join link is built on. */
  base: string;
}

interface ParticipantWatch {
  stream: EventStream;
  tokenHash: string;
}

interface Watchers {
  facilitators: Set<FacilitatorWatch>;
  participants: Set<ParticipantWatch>;
}

/**
 * The live side of team rounds, one per server process: it keeps the open event streams of each round and,
 * after every change, reads the round again and pushes the whole state: to facilitators after any change
 * (a join, a placement, a reveal, a re-vote, closing), to participants only after a change of phase,
 * generation or status (never another person's placement).
 *
 * The work of one round runs in order, one piece at a time, reading the state when it runs: so a stream
 * never gets an older state after a newer one, and a stream that connects gets the current state first.
 *
 * One process only: with several server processes behind a load balancer, a change made in one would not
 * reach the streams held by another. The hub would then publish changes through PostgreSQL (LISTEN/NOTIFY
 * on a channel per round) instead of calling `changed` in process.
 */
export class RoundHub {
  private readonly watchers = new Map<string, Watchers>();
  private readonly queues = new Map<string, Promise<void>>();
  private closed = false;

  constructor(
    private readonly rounds: RoundStore,
    private readonly log: HubLog,
  ) {}

  /** A facilitator's stream of a round of their centre: the current state at once, then after every change. */
  watchRound(roundId: string, centreId: string, stream: EventStream, base: string): void {
    const watch = { stream, centreId, base };
    this.attach(roundId, stream, (w) => w.facilitators, watch, () => this.sendState(roundId, [watch]));
  }

  /** A participant's stream: their view at once, then after every change of phase, generation or status. */
  watchBallot(roundId: string, tokenHash: string, stream: EventStream): void {
    const watch = { stream, tokenHash };
    this.attach(roundId, stream, (w) => w.participants, watch, () => this.sendViews([watch]));
  }

  /**
   * Something changed in a round: `counts` (a join or a placement) reaches the facilitators; `phase` (a
   * reveal, a re-vote, closing) reaches the participants too. Resolves once the states are sent.
   */
  changed(roundId: string, what: 'counts' | 'phase'): Promise<void> {
    return this.enqueue(roundId, async () => {
      const watchers = this.watchers.get(roundId);
      if (!watchers) return;
      await this.sendState(roundId, [...watchers.facilitators]);
      if (what === 'phase') await this.sendViews([...watchers.participants]);
    });
  }

  /** How many streams are open (for tests and the log). */
  get streams(): number {
    let n = 0;
    for (const w of this.watchers.values()) n += w.facilitators.size + w.participants.size;
    return n;
  }

  /** Ends every stream and refuses new ones: the server is closing, and must not wait for streams that never end. */
  close(): void {
    this.closed = true;
    for (const w of this.watchers.values()) for (const watch of [...w.facilitators, ...w.participants]) watch.stream.end();
    this.watchers.clear();
  }

  private attach<T>(roundId: string, stream: EventStream, set: (w: Watchers) => Set<T>, watch: T, first: () => Promise<void>): void {
    if (this.closed) {
      stream.end();
      return;
    }
    void this.enqueue(roundId, async () => {
      if (!stream.open) return;
      try {
        await first();
      } catch (error) {
        // Without its first state the stream would stay silent: it is ended, and the client connects again.
        stream.end();
        throw error;
      }
      let watchers = this.watchers.get(roundId);
      if (!watchers) this.watchers.set(roundId, (watchers = { facilitators: new Set(), participants: new Set() }));
      set(watchers).add(watch);
      stream.onClose(() => {
        set(watchers).delete(watch);
        if (watchers.facilitators.size === 0 && watchers.participants.size === 0 && this.watchers.get(roundId) === watchers) this.watchers.delete(roundId);
      });
    });
  }

  private async sendState(roundId: string, watches: FacilitatorWatch[]): Promise<void> {
    const byCentre = new Map<string, FacilitatorWatch[]>();
    for (const watch of watches) byCentre.set(watch.centreId, [...(byCentre.get(watch.centreId) ?? []), watch]);
    for (const [centreId, group] of byCentre) {
      const round = await this.rounds.get(roundId, centreId);
      if (round) for (const { stream, base } of group) stream.send('round', roundState(round, base));
    }
  }

  private async sendViews(watches: ParticipantWatch[]): Promise<void> {
    for (const { stream, tokenHash } of watches) {
      const view = await this.rounds.participant(tokenHash);
      if (view) stream.send('round', participantRound(view));
    }
  }

  /** Runs `work` after the round's earlier work; a failure is logged and does not stop what comes after. */
  private enqueue(roundId: string, work: () => Promise<void>): Promise<void> {
    const previous = this.queues.get(roundId) ?? Promise.resolve();
    const next = previous.then(work).catch((error: unknown) => this.log.warn({ err: error, roundId }, 'round: live state not sent'));
    this.queues.set(roundId, next);
    void next.then(() => {
      if (this.queues.get(roundId) === next) this.queues.delete(roundId);
    });
    return next;
  }
}
