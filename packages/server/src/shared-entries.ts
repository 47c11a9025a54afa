import { randomUUID } from 'node:crypto';
import type { Response } from './schema.js';
import type { ShareLevel } from './store/settings.js';
import type { CycleScan } from './store/dashboard.js';

type Answer = Response['context'][string];

/**
 * What the dashboard shows of a centre outside the reader's scope when the network shares (see
 * settings.ts): the placements only. Every free text goes (comments, "other" texts, text answers), and
 * so do the context questions (they describe the centre) and set-aside answers. Under `anonymous` the
 * centre is a neutral label and no school group, the scan's id is new and its times (date, createdAt,
 * updatedAt, submittedAt) are only the month (its first day, UTC): an exact time would tell which centre
 * sent it. The school years of one anonymous centre share a `centreId` made up for this answer alone, so
 * the comparison counts it once and can follow it from year to year; the next answer makes up another,
 * so nothing ties it to the centre across readings.
 */
export function sharedEntries(entries: CycleScan[], level: Exclude<ShareLevel, 'nothing'>, neutralLabel: string): string[] {
  const anonymous = level === 'anonymous';
  const pseudonyms = new Map<string, string>();
  const shaped = entries.map(({ summary, schoolGroup, json }) => {
    const id = anonymous ? randomUUID() : summary.id;
    const time = anonymous ? monthOf : (iso: string) => iso;
    const centre = summary.centreId ?? summary.centre;
    let centreId = anonymous ? pseudonyms.get(centre) : centre;
    if (centreId === undefined) {
      centreId = randomUUID();
      pseudonyms.set(centre, centreId);
    }
    const response = placementsOnly(JSON.parse(json) as Response, id, time);
    return { id, centreId, name: summary.centre, group: anonymous ? undefined : schoolGroup, date: time(summary.submittedAt), response };
  });
  // Anonymous centres in an order of their made-up ids (an order by name would tell which is which), a
  // centre's years oldest first; named centres by name.
  const key = (entry: (typeof shaped)[number]) => (anonymous ? entry.centreId : entry.name);
  shaped.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const numbers = new Map<string, number>();
  return shaped.map((entry) => {
    if (!numbers.has(entry.centreId)) numbers.set(entry.centreId, numbers.size + 1);
    return JSON.stringify({
      id: entry.id,
      label: anonymous ? `${neutralLabel} ${numbers.get(entry.centreId)}` : entry.name,
      centreId: entry.centreId,
      ...(entry.group !== undefined ? { group: entry.group } : {}),
      date: entry.date,
      shared: true,
      response: entry.response,
    });
  });
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
