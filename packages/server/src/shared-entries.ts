import { randomUUID } from 'node:crypto';
import type { Response } from './schema.js';
import type { ShareLevel } from './store/settings.js';
import type { StoredSummary } from './store/store.js';

type Answer = Response['context'][string];

/**
 * What the dashboard shows of a centre outside the reader's scope when the network shares (see
 * settings.ts): the placements only. Every free text goes (comments, "other" texts, text answers), and
 * so do the context questions (they describe the centre) and set-aside answers. Under `anonymous` the
 * centre is a neutral label, the scan's id is new and its times (date, createdAt, updatedAt, submittedAt)
 * are only the month (its first day, UTC): an exact time would tell which centre sent it.
 */
export function sharedEntries(
  entries: Array<{ summary: StoredSummary; json: string }>,
  level: Exclude<ShareLevel, 'nothing'>,
  neutralLabel: string,
): string[] {
  const shaped = entries.map(({ summary, json }) => {
    const anonymous = level === 'anonymous';
    const id = anonymous ? randomUUID() : summary.id;
    const time = anonymous ? monthOf : (iso: string) => iso;
    const response = placementsOnly(JSON.parse(json) as Response, id, time);
    return { id, name: summary.centre, date: time(summary.submittedAt), response };
  });
  // Anonymous entries in an order of their new random ids: an order by name would tell which is which.
  shaped.sort((a, b) => (level === 'anonymous' ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return shaped.map((entry, index) =>
    JSON.stringify({
      id: entry.id,
      label: level === 'anonymous' ? `${neutralLabel} ${index + 1}` : entry.name,
      date: entry.date,
      shared: true,
      response: entry.response,
    }),
  );
}

/** The first day of the time's month, UTC: all an anonymous entry tells of when it was sent. */
function monthOf(iso: string): string {
  const date = new Date(iso);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)).toISOString();
}

function placementsOnly(response: Response, id: string, time: (iso: string) => string): Response {
  const at = time(response.submittedAt ?? response.updatedAt);
  return {
    schemaVersion: response.schemaVersion,
    id,
    instrumentId: response.instrumentId,
    instrumentVersion: response.instrumentVersion,
    ...(response.lang ? { lang: response.lang } : {}),
    status: response.status,
    createdAt: at,
    updatedAt: at,
    ...(response.submittedAt ? { submittedAt: time(response.submittedAt) } : {}),
    context: {},
    blocks: Object.fromEntries(Object.entries(response.blocks).map(([block, answers]) => [block, withoutText(answers)])),
    final: withoutText(response.final),
  };
}

/** The choices of each answer, none of its text. */
function withoutText(answers: Record<string, Answer>): Record<string, Answer> {
  return Object.fromEntries(
    Object.entries(answers).map(([question, answer]) => [
      question,
      {
        ...(answer.choice !== undefined ? { choice: answer.choice } : {}),
        ...(answer.choices !== undefined ? { choices: answer.choices } : {}),
        ...(answer.blocks !== undefined ? { blocks: answer.blocks } : {}),
        ...(answer.none !== undefined ? { none: answer.none } : {}),
      },
    ]),
  );
}
