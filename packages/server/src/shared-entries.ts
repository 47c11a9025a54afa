import { randomUUID } from 'node:crypto';
import type { Response } from './schema.js';
import type { ShareLevel } from './store/settings.js';
import type { StoredSummary } from './store/store.js';

type Answer = Response['context'][string];

/**
 * What the dashboard shows of a centre outside the reader's scope when the network shares (see
 * settings.ts): the placements only. Every free text goes (comments, "other" texts, text answers), and
 * so do the context questions (they describe the centre) and set-aside answers. Under `anonymous` the
 * centre is a neutral label, and the scan's id and times are new, so nothing leads back to it.
 */
export function sharedEntries(
  entries: Array<{ summary: StoredSummary; json: string }>,
  level: Exclude<ShareLevel, 'nothing'>,
  neutralLabel: string,
): string[] {
  const shaped = entries.map(({ summary, json }) => {
    const id = level === 'anonymous' ? randomUUID() : summary.id;
    const response = placementsOnly(JSON.parse(json) as Response, id);
    return { id, name: summary.centre, date: summary.submittedAt, response };
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

function placementsOnly(response: Response, id: string): Response {
  const at = response.submittedAt ?? response.updatedAt;
  return {
    schemaVersion: response.schemaVersion,
    id,
    instrumentId: response.instrumentId,
    instrumentVersion: response.instrumentVersion,
    ...(response.lang ? { lang: response.lang } : {}),
    status: response.status,
    createdAt: at,
    updatedAt: at,
    ...(response.submittedAt ? { submittedAt: response.submittedAt } : {}),
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
